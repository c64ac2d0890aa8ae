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
 * Prints, per kind, each side's median CPU ms per pass and the median of the paired B/A ratios.
 *
 * @example
 * ```sh
 * npm run --silent bench:batch-ab -- --base 1c3398c --rows 20000 --passes 15
 * npm run --silent bench:batch-ab -- --base 1c3398c --against 4d50132   # one commit's change
 * ```
 */
import { execSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, symlinkSync } from "node:fs";
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
const log = (s: string) => process.stderr.write(`${s}\n`);

type RunBatch = (o: Record<string, unknown>) => Promise<{ rows: number }>;
interface Side {
  name: string;
  runBatch: RunBatch;
  openRoster: (path: string) => Promise<{ stream: unknown; size: number }>;
  assess: (p: unknown, o: unknown) => unknown;
}

async function load(name: string, dist: { url: (rel: string) => string }): Promise<Side> {
  const { runBatch } = (await import(dist.url("batch/run.js"))) as { runBatch: RunBatch };
  const { openRoster } = (await import(dist.url("batch/io.js"))) as Pick<Side, "openRoster">;
  const { assess } = (await import(dist.url("engine/index.js"))) as Pick<Side, "assess">;
  return { name, runBatch, openRoster, assess };
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

async function pass(side: Side, roster: string, kind: Kind, engineOf: Side): Promise<number> {
  const fixed = side.assess({ citizenships: ["FR"], arrival: "2025-03-01" }, {});
  const r = await side.openRoster(roster);
  const cpu = process.cpuUsage();
  await side.runBatch({
    input: r.stream,
    inputFormat: "csv",
    inputSize: r.size,
    output: new Writable({ write: (_c, _e, cb) => cb() }),
    format: "csv",
    lang: "en",
    workers: 0,
    now: "2026-01-15T12:00:00Z",
    assess: kind === "pipeline" ? () => fixed : kind === "same-engine" ? engineOf.assess : side.assess,
  });
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
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
    const ta: number[] = [];
    const tb: number[] = [];
    for (let i = 0; i < PASSES; i++) {
      const order = i % 2 === 0 ? [a, b] : [b, a];
      for (const side of order) (side === a ? ta : tb).push(await pass(side, roster, kind, a));
    }
    const ratios = ta.map((x, i) => tb[i]! / x);
    process.stdout.write(
      `${kind}: A ${median(ta).toFixed(0)} ms CPU/pass, B ${median(tb).toFixed(0)} ms; B/A median ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}), ${PASSES} pairs of ${ROWS} rows\n`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
