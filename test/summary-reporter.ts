import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints the plain `N passed, N failed` closing line that CI reads. A file that fails outside its
 * tests (a `beforeAll` that throws, an import error) leaves its tests "skipped": it counts as one
 * failure, as does an error no test caught, so the line never says "0 failed" for a broken run.
 */
export default class SummaryLine implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let brokenFiles = 0;
    for (const m of modules) {
      let failedHere = 0;
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === "passed") passed++;
        else if (s === "failed") failedHere++;
        else skipped++;
      }
      if (failedHere === 0 && m.state() === "failed") brokenFiles++;
      failed += failedHere;
    }
    failed += brokenFiles + unhandledErrors.length;
    const why = [
      brokenFiles ? `${brokenFiles} file${brokenFiles === 1 ? "" : "s"} failed outside a test` : "",
      unhandledErrors.length
        ? `${unhandledErrors.length} unhandled error${unhandledErrors.length === 1 ? "" : "s"}`
        : "",
    ].filter(Boolean);
    process.stdout.write(
      `\nvitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}${why.length ? ` (${why.join("; ")})` : ""}\n`,
    );
  }
}
