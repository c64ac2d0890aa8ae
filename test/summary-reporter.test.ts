/**
 * The closing line CI reads counts every kind of failure: a file whose `beforeAll` throws leaves
 * its tests "skipped", and must still count as failed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "poe-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (): string => {
  try {
    return execFileSync(
      "npx",
      [
        "vitest",
        "run",
        "--root",
        dir,
        "--reporter=default",
        `--reporter=${join(import.meta.dirname, "summary-reporter.ts")}`,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? "");
  }
};
const lastLine = (out: string) => out.trim().split("\n").at(-1);

it("counts a file that fails outside its tests as a failure", () => {
  writeFileSync(
    join(dir, "broken.test.ts"),
    'import { beforeAll, it } from "vitest";\nbeforeAll(() => { throw new Error("x"); });\nit("a", () => {});\nit("b", () => {});\n',
  );
  writeFileSync(join(dir, "fine.test.ts"), 'import { it } from "vitest";\nit("c", () => {});\n');
  expect(lastLine(run())).toBe("vitest: 1 passed, 1 failed, 2 skipped (1 file failed outside a test)");
});

it("says plainly when all pass", () => {
  rmSync(join(dir, "broken.test.ts"));
  expect(lastLine(run())).toBe("vitest: 1 passed, 0 failed");
});
