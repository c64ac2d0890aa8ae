/**
 * Where `assess` spends its time: runs it over the benchmark profiles under the V8 CPU profiler
 * (node:inspector, no files written) and prints the functions with the most self time.
 *
 *   npx tsx bench/profile.ts [complete|partial] [--top N] [--tsx]
 *
 * By default it profiles the compiled JavaScript (bench/compiled.ts); `--tsx` profiles the
 * TypeScript sources as tsx runs them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AssessResult } from "../src/contract/assessment.js";
import { compileInto } from "./compiled.js";
import { profiles } from "./profiles.js";

const work = mkdtempSync(join(tmpdir(), "poe-profile-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const useTsx = process.argv.includes("--tsx");
const { assess } = (await import(
  useTsx ? "../src/engine/index.js" : (await compileInto(work)).url("engine/index.js")
)) as {
  assess: (input: unknown, options: object) => AssessResult;
};

const kind = process.argv.includes("partial") ? "partial" : "complete";
const topIdx = process.argv.indexOf("--top");
const TOP = topIdx >= 0 ? Number(process.argv[topIdx + 1]) : 20;
const set = profiles(kind, 2000, kind === "complete" ? 1 : 2);

for (const p of set) assess(p, {}); // warm up

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const t = performance.now();
for (let i = 0; i < 3; i++) for (const p of set) assess(p, {});
const ms = performance.now() - t;
const { profile } = await session.post("Profiler.stop");
session.disconnect();

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
const nodes = profile.nodes as Node[];
const total = nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
const byFn = new Map<string, number>();
for (const n of nodes) {
  const f = n.callFrame;
  const where = f.url
    ? `${f.url.replace(/^file:\/\/.*?\/(dist|src|node_modules)\//, "$1/")}:${f.lineNumber + 1}`
    : "(native)";
  const k = `${f.functionName || "(anonymous)"}  ${where}`;
  byFn.set(k, (byFn.get(k) ?? 0) + (n.hitCount ?? 0));
}
const byFile = new Map<string, number>();
for (const n of nodes) {
  const f = n.callFrame.url
    ? n.callFrame.url.replace(/^file:\/\/.*?\/(dist|src|node_modules)\//, "$1/")
    : `(${n.callFrame.functionName || "native"})`;
  byFile.set(f, (byFile.get(f) ?? 0) + (n.hitCount ?? 0));
}
const pctOf = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(
  `${kind} profiles: ${set.length * 3} assess calls in ${ms.toFixed(0)} ms (${Math.round((set.length * 3) / (ms / 1000))} ops/s under the profiler)\n\nself time by function:\n`,
);
for (const [k, n] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, TOP))
  process.stdout.write(`${pctOf(n)}  ${k}\n`);
process.stdout.write("\nself time by file:\n");
for (const [k, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12))
  process.stdout.write(`${pctOf(n)}  ${k}\n`);
