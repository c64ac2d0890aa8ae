/**
 * The batch of a revision (A) against the working tree (B), interleaved in one process, so the
 * ratio B/A holds while a shared machine's speed drifts. Both are compiled as shipped; A from
 * `git archive REV` (no worktree is added). One generated CSV roster (the columns both revisions
 * read, as `npm run bench` writes them) is screened in process (`runBatch`, `--workers 0`, CSV
 * out to a null sink), A and B in turn (A B B A …), `--passes` times each:
 *
 * - `pipeline`: the engine replaced by a constant answer (read, decode, parse, convert, carry the
 *   columns, format, write: what the column pass-through changes);
 * - `same-engine`: both batches with A's engine (the whole batch on one core, the batch's own
 *   changes alone: the engine's work is the same on both sides);
 * - `engine`: each revision's own engine (the whole batch on one core, engine changes included).
 *
 * `--workers N` screens on N worker threads instead (each side's own pool, `runBatch`'s `workers`),
 * the engine loaded in the workers: A's `engine/index.js` for `same-engine`, each side's own for
 * `engine`, and for `pipeline` a module that returns the same constant answer. Each pass then also
 * reports wall milliseconds, the figure a pool's dispatch shows in.
 *
 * Prints, per kind, each side's median CPU ms per pass and the median of the paired B/A ratios.
 *
 * @example
 * ```sh
 * npm run --silent bench:batch-ab -- --base 1c3398c --rows 20000 --passes 15
 * npm run --silent bench:batch-ab -- --base 1c3398c --against 4d50132   # one commit's change
 * npm run --silent bench:batch-ab -- --base main --rows 200000 --passes 3 --workers 2   # the pools
 * ```
 */
import { execSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, symlinkSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { compileInto, ROOT } from "./compiled.js";
import { completeProfile, partialProfile, rng } from "./profiles.js";

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const BASE = value("--base", "HEAD");
/** B: the working tree, or another revision (to measure one commit's change on its own). */
const AGAINST = value("--against", "");
const ROWS = Number(value("--rows", "20000"));
const PASSES = Number(value("--passes", "15"));
type Kind = "pipeline" | "same-engine" | "engine";
const KINDS = value("--kinds", "pipeline,same-engine,engine").split(",") as Kind[];
const WORKERS = Number(value("--workers", "0"));
const log = (s: string) => process.stderr.write(`${s}\n`);

type RunBatch = (o: Record<string, unknown>) => Promise<{ rows: number }>;
interface Side {
  name: string;
  runBatch: RunBatch;
  openRoster: (path: string) => Promise<{ stream: unknown; size: number }>;
  assess: (p: unknown, o: unknown) => unknown;
  /** The engine module's URL, for worker threads. */
  engineUrl: string;
  /** A module whose `assess` returns this side's constant answer (`pipeline` on workers). */
  constantUrl: string;
}

async function load(name: string, dist: { url: (rel: string) => string }): Promise<Side> {
  const { runBatch } = (await import(dist.url("batch/run.js"))) as { runBatch: RunBatch };
  const { openRoster } = (await import(dist.url("batch/io.js"))) as Pick<Side, "openRoster">;
  const engineUrl = dist.url("engine/index.js");
  const { assess } = (await import(engineUrl)) as Pick<Side, "assess">;
  const constant = dist.url("../constant-engine.mjs");
  const fixed = assess({ citizenships: ["FR"], arrival: "2025-03-01" }, {});
  writeFileSync(
    new URL(constant),
    `const fixed = ${JSON.stringify(fixed)};\nexport function assess() { return fixed; }\n`,
  );
  return { name, runBatch, openRoster, assess, engineUrl, constantUrl: constant };
}

function cell(v: unknown): string {
  if (v === undefined) return "";
  if (v === null) return "none";
  if (Array.isArray(v)) return v.length ? v.join(";") : "none";
  return String(v);
}

async function writeRoster(path: string, fields: readonly string[], rows: number): Promise<void> {
  const out = createWriteStream(path);
  const r = rng(42);
  out.write(`id,${fields.join(",")}\n`);
  for (let i = 0; i < rows; i++) {
    const roll = r();
    const p = (roll < 0.8 ? completeProfile(r) : partialProfile(r)) as Record<string, unknown>;
    if (roll > 0.99) p.age = "old";
    if (!out.write(`w${i},${fields.map((f) => cell(p[f])).join(",")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function pass(
  side: Side,
  roster: string,
  kind: Kind,
  engineOf: Side,
): Promise<{ cpu: number; wall: number }> {
  const fixed = side.assess({ citizenships: ["FR"], arrival: "2025-03-01" }, {});
  const r = await side.openRoster(roster);
  const assessModule =
    kind === "pipeline" ? side.constantUrl : kind === "same-engine" ? engineOf.engineUrl : side.engineUrl;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await side.runBatch({
    input: r.stream,
    inputFormat: "csv",
    inputSize: r.size,
    output: new Writable({ write: (_c, _e, cb) => cb() }),
    format: "csv",
    lang: "en",
    workers: WORKERS,
    now: "2026-01-15T12:00:00Z",
    assess: kind === "pipeline" ? () => fixed : kind === "same-engine" ? engineOf.assess : side.assess,
    ...(WORKERS > 0 ? { assessModule } : {}),
  });
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const work = await mkdtemp(join(tmpdir(), "poe-batch-ab-"));
try {
  const revision = execSync(`git -C ${ROOT} rev-parse --short ${BASE}`, { encoding: "utf8" }).trim();
  const baseSrc = join(work, "base-src");
  await mkdir(baseSrc);
  execSync(`git -C ${ROOT} archive ${revision} | tar -x -C ${baseSrc}`);
  symlinkSync(join(ROOT, "node_modules"), join(baseSrc, "node_modules"), "dir");
  let bSrc = ROOT;
  let bName = "working tree";
  if (AGAINST) {
    bName = execSync(`git -C ${ROOT} rev-parse --short ${AGAINST}`, { encoding: "utf8" }).trim();
    bSrc = join(work, "b-src");
    await mkdir(bSrc);
    execSync(`git -C ${ROOT} archive ${bName} | tar -x -C ${bSrc}`);
    symlinkSync(join(ROOT, "node_modules"), join(bSrc, "node_modules"), "dir");
  }
  log(`compiling A (${revision}) and B (${bName}) …`);
  const a = await load(`A (${revision})`, await compileInto(join(work, "A"), baseSrc));
  const b = await load(`B (${bName})`, await compileInto(join(work, "B"), bSrc));
  const { FIELDS } = (await import(join(work, "A/dist/contract/profile.js"))) as { FIELDS: string[] };
  const roster = join(work, "roster.csv");
  await writeRoster(roster, FIELDS, ROWS);
  log(`roster: ${ROWS} rows, ${FIELDS.length + 1} columns (the fields ${revision} reads, and id)`);
  log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}, Node ${process.version}`,
  );
  for (const kind of KINDS) {
    // One warm-up pass each, not counted.
    await pass(a, roster, kind, a);
    await pass(b, roster, kind, a);
    const ta: { cpu: number; wall: number }[] = [];
    const tb: { cpu: number; wall: number }[] = [];
    for (let i = 0; i < PASSES; i++) {
      const order = i % 2 === 0 ? [a, b] : [b, a];
      for (const side of order) (side === a ? ta : tb).push(await pass(side, roster, kind, a));
    }
    const line = (what: "cpu" | "wall") => {
      const xa = ta.map((t) => t[what]);
      const xb = tb.map((t) => t[what]);
      const ratios = xa.map((x, i) => xb[i]! / x);
      return `A ${median(xa).toFixed(0)} ms ${what === "cpu" ? "CPU" : "wall"}/pass, B ${median(xb).toFixed(0)} ms; B/A median ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}; pairs ${ratios.map((r) => r.toFixed(2)).join(" ")})`;
    };
    const on = WORKERS > 0 ? ` on ${WORKERS} workers` : "";
    process.stdout.write(`${kind}: ${line("cpu")}, ${PASSES} pairs of ${ROWS} rows${on}\n`);
    if (WORKERS > 0) process.stdout.write(`${kind}: ${line("wall")}\n`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
