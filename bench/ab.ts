/**
 * `npm run bench:ab`: the engine of another revision (A, default HEAD) against the working tree
 * (B), in one process, with interleaved passes. On a machine whose speed drifts from minute to
 * minute, two benchmark runs taken apart say little about a small change; alternating A and B
 * pass by pass exposes both to the same drift, and the minimum of many passes is the steadiest
 * figure. Both answers are first checked to be identical on every profile (a speed-up that changes
 * an answer is a bug).
 *
 *   npm run bench:ab -- [--base REV] [--kind partial|complete|both] [--passes N] [--profiles N]
 *
 * A is compiled from a temporary `git worktree` of REV, B from the working tree; both with
 * `tsc -p tsconfig.build.json` (bench/compiled.ts). Everything temporary is removed at exit.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AssessResult } from "../src/contract/assessment.js";
import type { Profile } from "../src/contract/profile.js";
import { compileInto, ROOT } from "./compiled.js";
import { profiles } from "./profiles.js";

const args = process.argv.slice(2);
const value = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const BASE = value("--base", "HEAD");
const KIND = value("--kind", "both");
const PASSES = Number(value("--passes", "15"));
const N_PROFILES = Number(value("--profiles", "2000"));
if (!["partial", "complete", "both"].includes(KIND) || !(PASSES >= 1) || !(N_PROFILES >= 1)) {
  console.error(
    "usage: npm run bench:ab -- [--base REV] [--kind partial|complete|both] [--passes N] [--profiles N]",
  );
  process.exit(2);
}

type Assess = (input: unknown, options: object) => AssessResult;

const work = mkdtempSync(join(tmpdir(), "poe-ab-"));
const worktree = join(work, "base");
const cleanUp = () => {
  try {
    execFileSync("git", ["-C", ROOT, "worktree", "remove", "--force", worktree], { stdio: "ignore" });
  } catch {
    // not created, or already gone
  }
  rmSync(work, { recursive: true, force: true });
};
process.on("exit", cleanUp);
process.on("SIGINT", () => process.exit(130));

execFileSync("git", ["-C", ROOT, "worktree", "add", "--detach", worktree, BASE], { stdio: "ignore" });
const revision = execFileSync("git", ["-C", worktree, "rev-parse", "--short", "HEAD"], {
  encoding: "utf8",
}).trim();
process.stderr.write(`compiling A (${BASE} = ${revision}) and B (working tree) …\n`);
const a = await compileInto(join(work, "A"), worktree);
const b = await compileInto(join(work, "B"));
const assessA = ((await import(a.url("engine/index.js"))) as { assess: Assess }).assess;
const assessB = ((await import(b.url("engine/index.js"))) as { assess: Assess }).assess;

const now = new Date("2026-11-28T12:00:00Z");
const microsPerCall = (assess: Assess, set: readonly Profile[]) => {
  const t = performance.now();
  for (const p of set) assess(p, { now });
  return ((performance.now() - t) * 1000) / set.length;
};
const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);

for (const kind of KIND === "both" ? (["complete", "partial"] as const) : [KIND as "complete" | "partial"]) {
  const set = profiles(kind, N_PROFILES, kind === "complete" ? 1 : 2);
  for (const p of set) {
    const ra = JSON.stringify(assessA(p, { now }));
    const rb = JSON.stringify(assessB(p, { now }));
    if (ra !== rb) {
      console.error(`A and B answer differently for ${JSON.stringify(p)}:\nA ${ra}\nB ${rb}`);
      process.exit(1);
    }
  }
  for (let i = 0; i < 3; i++) {
    microsPerCall(assessA, set);
    microsPerCall(assessB, set);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    ta.push(microsPerCall(assessA, set));
    tb.push(microsPerCall(assessB, set));
  }
  const [sa, sb] = [sorted(ta), sorted(tb)];
  const med = (s: number[]) => s[s.length >> 1]!;
  console.log(
    `${kind.padEnd(8)} A ${revision}: min ${sa[0]!.toFixed(1)} µs, median ${med(sa).toFixed(1)} µs | ` +
      `B: min ${sb[0]!.toFixed(1)} µs, median ${med(sb).toFixed(1)} µs | B/A: min ${(sb[0]! / sa[0]!).toFixed(3)}, ` +
      `median ${(med(sb) / med(sa)).toFixed(3)} (${PASSES} interleaved passes of ${set.length} profiles; same answers)`,
  );
}
