/**
 * Runs every public scenario (test/fixtures/scenarios) through the engine in English and French,
 * at a pinned clock, and writes or checks one JSON snapshot of the answers: `assess`, `decide`,
 * `missingOf`, and `whatWouldChange` for a "no". A refactoring that keeps behaviour keeps the
 * file byte-identical.
 *
 * @example
 * ```sh
 * npx tsx scripts/scenario-snapshot.ts --write   # take the snapshot (before a change)
 * npx tsx scripts/scenario-snapshot.ts           # compare (after it): exit 1 on any difference
 * ```
 */
import { readFileSync, writeFileSync } from "node:fs";
import { snapshotText } from "../test/scenario-snapshot.js";

const file = new URL("../test/fixtures/scenario-snapshot.json", import.meta.url);
const text = snapshotText();
if (process.argv.includes("--write")) {
  writeFileSync(file, text);
  console.log(`wrote ${file.pathname} (${text.length} bytes)`);
} else {
  const before = readFileSync(file, "utf8");
  if (before === text) console.log(`byte-identical (${text.length} bytes)`);
  else {
    const a = before.split("\n");
    const b = text.split("\n");
    const i = a.findIndex((line, n) => line !== b[n]);
    console.error(`differs from the snapshot at line ${i + 1}:\n- ${a[i]}\n+ ${b[i]}`);
    process.exit(1);
  }
}
