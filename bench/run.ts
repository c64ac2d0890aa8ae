/**
 * `npm run bench` — benchmarks, not tests: prints a table, or one JSON object with `--json`.
 *
 * 1. `assess` throughput on one core (this thread) for complete and partial profiles: the median
 *    of several timed passes, and per-call latency percentiles.
 * 2. The peer: the core POE rules in json-rules-engine (bench/peer.ts), same profiles, same
 *    process; the speed ratio, and how often the two agree on `poe` for complete profiles.
 * 3. A generated roster (1,000,000 rows by default) through the real `batch` command, CSV in and
 *    CSV out on disk under a temporary directory (removed afterwards): wall time, rows per second,
 *    peak memory (from /usr/bin/time -v, else the child's own report).
 *
 * Options: --json, --runs N (passes per measure, default 5), --profiles N (per set, default 2000),
 * --rows N (batch rows, default 1000000), --skip-batch, --skip-assess, --workers N|auto (batch, default auto),
 * --tsx (run the batch from the TypeScript sources through tsx instead of compiled JavaScript).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { AssessResult } from "../src/contract/assessment.js";
import { FIELDS, type Profile } from "../src/contract/profile.js";
import { compileInto, ROOT } from "./compiled.js";
import { peerAssess, peerEngine } from "./peer.js";
import { completeProfile, partialProfile, profiles, rng } from "./profiles.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const JSON_OUT = flag("--json");
const RUNS = Number(value("--runs", "5"));
const N_PROFILES = Number(value("--profiles", "2000"));
const BATCH_ROWS = Number(value("--rows", "1000000"));
const WORKERS = value("--workers", "auto");
const log = (s: string) => {
  if (!JSON_OUT) process.stderr.write(`${s}\n`);
};

// Everything on disk goes under one temporary directory, removed at exit.
const WORK = await mkdtemp(join(tmpdir(), "poe-bench-"));
process.on("exit", () => rmSync(WORK, { recursive: true, force: true }));
let compiled: Awaited<ReturnType<typeof compileInto>> | undefined;
if (!flag("--tsx")) {
  log(`compiling the project to ${WORK}/dist (tsc -p tsconfig.build.json) …`);
  compiled = await compileInto(WORK);
}
const engine = (await import(compiled ? compiled.url("engine/index.js") : "../src/engine/index.js")) as {
  assess: (input: unknown, options: object) => AssessResult;
  RULEBOOK_VERSION: string;
};
const { assess, RULEBOOK_VERSION } = engine;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

interface Throughput {
  opsPerSec: number;
  runs: number[];
  latencyUs: { p50: number; p90: number; p99: number; max: number };
}

/** Timed passes over the profiles (after one warm-up pass), then a pass timing each call. */
async function measure(call: (p: Profile) => unknown, set: Profile[], isAsync: boolean): Promise<Throughput> {
  const pass = async () => {
    const t = performance.now();
    if (isAsync) for (const p of set) await call(p);
    else for (const p of set) call(p);
    return set.length / ((performance.now() - t) / 1000);
  };
  await pass(); // warm-up: JIT, caches
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await pass());
  const lat: number[] = [];
  for (const p of set) {
    const t = process.hrtime.bigint();
    if (isAsync) await call(p);
    else call(p);
    lat.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  lat.sort((a, b) => a - b);
  return {
    opsPerSec: Math.round(median(runs)),
    runs: runs.map((r) => Math.round(r)),
    latencyUs: {
      p50: round(pct(lat, 50)),
      p90: round(pct(lat, 90)),
      p99: round(pct(lat, 99)),
      max: round(lat.at(-1)!),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 1 + 2. assess vs the json-rules-engine peer

async function engineVsPeer() {
  const sets = { complete: profiles("complete", N_PROFILES, 1), partial: profiles("partial", N_PROFILES, 2) };
  const peer = peerEngine();
  type Pair = { assess: Throughput; peer: Throughput; ratio: number };
  const out = {} as { complete: Pair; partial: Pair };
  for (const name of ["complete", "partial"] as const) {
    const set = sets[name];
    log(`measuring assess on ${set.length} ${name} profiles …`);
    const a = await measure((p) => assess(p, {}), set, false);
    log(`measuring the json-rules-engine peer on the same ${name} profiles …`);
    const b = await measure((p) => peerAssess(peer, p), set, true);
    out[name] = { assess: a, peer: b, ratio: round(a.opsPerSec / b.opsPerSec, 2) };
  }
  // Fairness check: on complete profiles both should reach the same `poe`.
  let agree = 0;
  const disagreements: Record<string, number> = {};
  for (const p of sets.complete) {
    const r = assess(p, {});
    const q = await peerAssess(peer, p);
    if (r.ok && r.assessment.poe === q.poe) agree++;
    else {
      const k = r.ok
        ? `engine ${r.assessment.poe} [${r.assessment.blockers.map((b) => b.code).join(",")}] vs peer ${q.poe} [${q.blockers.join(",")}]`
        : "engine error";
      disagreements[k] = (disagreements[k] ?? 0) + 1;
    }
  }
  return { ...out, agreementOnComplete: { agree, of: sets.complete.length, disagreements } };
}

// ---------------------------------------------------------------------------------------------
// 3. batch of generated rows through the CLI

const CSV_FIELDS = FIELDS;

function cell(v: unknown): string {
  if (v === undefined) return "";
  if (v === null) return "none";
  if (Array.isArray(v)) return v.length ? v.join(";") : "none";
  return String(v);
}

/** Writes a roster: 80% complete, ~19% partial, ~1% bad rows (an unreadable age). */
async function writeRoster(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const r = rng(42);
  out.write(`id,${CSV_FIELDS.join(",")}\n`);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const roll = r();
    const p = (roll < 0.8 ? completeProfile(r) : partialProfile(r)) as Record<string, unknown>;
    if (roll > 0.99) p.age = "old";
    chunk += `w${i},${CSV_FIELDS.map((f) => cell(p[f])).join(",")}\n`;
    if ((i + 1) % 5000 === 0) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const buf of createReadStream(path)) {
    for (let i = (buf as Buffer).indexOf(10); i !== -1; i = (buf as Buffer).indexOf(10, i + 1)) n++;
  }
  return n;
}

/** The CLI to run: the compiled project (default) or, with `--tsx`, the TypeScript sources. */
function cliCommand(): { argv: string[]; entry: string } {
  if (flag("--tsx") || !compiled) {
    const main = join(ROOT, "src/cli/main.ts");
    const entry = readFileSync(main, "utf8").includes("commands/batch")
      ? main
      : join(ROOT, "bench/batch-cli.ts");
    return { argv: [process.execPath, "--import", "tsx", entry], entry };
  }
  const entry = join(compiled.dist, "cli/main.js");
  return { argv: [process.execPath, entry], entry };
}

function parseTimeV(text: string): {
  wallSeconds?: number;
  maxRssKb?: number;
  cpuPercent?: number;
  cpuSeconds?: number;
} {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const cpu = /Percent of CPU this job got: (\d+)%/.exec(text);
  const user = /User time \(seconds\): ([\d.]+)/.exec(text);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(text);
  return {
    wallSeconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : undefined,
    maxRssKb: rss ? Number(rss[1]) : undefined,
    cpuPercent: cpu ? Number(cpu[1]) : undefined,
    cpuSeconds: user && sys ? Number(user[1]) + Number(sys[1]) : undefined,
  };
}

/**
 * The batch machinery alone (read, parse, convert, format, write; one core, in process), with the
 * engine replaced by a constant answer: what the pipeline costs without the engine.
 */
async function pipelineOnly(input: string) {
  const { runBatch } = (await import(
    compiled ? compiled.url("batch/run.js") : "../src/batch/run.js"
  )) as typeof import("../src/batch/run.js");
  const fixed = assess({ citizenships: ["FR"], arrival: "2025-03-01" }, {});
  const t = performance.now();
  const cpu = process.cpuUsage();
  const s = await runBatch({
    input: createReadStream(input),
    inputFormat: "csv",
    output: new Writable({ write: (_c, _e, cb) => cb() }),
    format: "csv",
    lang: "en",
    workers: 0,
    assess: () => fixed,
  });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - t) / 1000;
  return {
    rows: s.rows,
    wallSeconds: round(seconds, 2),
    cpuSeconds: round((used.user + used.system) / 1e6, 2),
    rowsPerSec: Math.round(s.rows / seconds),
  };
}

async function batchRun() {
  const dir = await mkdtemp(join(WORK, "batch-"));
  try {
    const input = join(dir, "roster.csv");
    const output = join(dir, "screened.csv");
    log(`writing a ${BATCH_ROWS.toLocaleString("en-US")}-row roster to ${input} …`);
    await writeRoster(input, BATCH_ROWS);
    const inputBytes = (await stat(input)).size;
    const cli = cliCommand();
    const entry = cli.entry;
    const node = [...cli.argv, "batch", input, "-o", output, "--workers", WORKERS, "--no-progress"];
    const useTime = existsSync("/usr/bin/time");
    const cmd = useTime ? ["/usr/bin/time", "-v", ...node] : node;
    log(`running: ${cmd.join(" ")}`);
    const t = performance.now();
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const [code] = (await once(child, "exit")) as [number];
    const measuredWall = (performance.now() - t) / 1000;
    const time = parseTimeV(stderr);
    const outLines = await countLines(output);
    const summary = stderr.split("\n").filter((l) => /rows:|poe:|route:/.test(l));
    const pipeline = await pipelineOnly(input);
    return {
      rows: BATCH_ROWS,
      command: cmd.join(" ").replaceAll(WORK, "$TMP"),
      cliEntry: entry.replace(WORK, "$TMP").replace(ROOT, "./"),
      exitCode: code,
      inputMB: round(inputBytes / 1e6),
      outputLines: outLines,
      wallSeconds: round(time.wallSeconds ?? measuredWall, 2),
      rowsPerSec: Math.round(BATCH_ROWS / (time.wallSeconds ?? measuredWall)),
      peakRssMB: time.maxRssKb ? round(time.maxRssKb / 1024) : undefined,
      cpuPercent: time.cpuPercent,
      cpuSeconds: time.cpuSeconds,
      summary,
      pipeline,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const result: Record<string, unknown> = {
  machine: {
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model,
    loadAvgAtStart: loadavg().map((x) => round(x, 2)),
  },
  rulebook: RULEBOOK_VERSION,
  code: compiled ? "compiled JavaScript (tsc -p tsconfig.build.json)" : "TypeScript sources through tsx",
  settings: { runs: RUNS, profilesPerSet: N_PROFILES },
};
if (!flag("--skip-assess")) result.assess = await engineVsPeer();
if (!flag("--skip-batch")) result.batch = await batchRun();

if (JSON_OUT) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const ev = result.assess as Awaited<ReturnType<typeof engineVsPeer>> | undefined;
  if (ev) {
    const rows: string[][] = [["measure", "complete profiles", "partial profiles"]];
    const both = (f: (x: { assess: Throughput; peer: Throughput; ratio: number }) => string) => [
      f(ev.complete!),
      f(ev.partial!),
    ];
    rows.push(["assess ops/s (median)", ...both((x) => x.assess.opsPerSec.toLocaleString("en-US"))]);
    rows.push(["assess p50/p90/p99/max µs", ...both((x) => Object.values(x.assess.latencyUs).join(" / "))]);
    rows.push(["peer ops/s (median)", ...both((x) => x.peer.opsPerSec.toLocaleString("en-US"))]);
    rows.push(["peer p50/p90/p99/max µs", ...both((x) => Object.values(x.peer.latencyUs).join(" / "))]);
    rows.push(["assess ÷ peer", ...both((x) => `${x.ratio}×`)]);
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join("  ");
    process.stdout.write(
      `\nrulebook ${RULEBOOK_VERSION}, node ${process.version}, ${availableParallelism()} cores, load average at start ${(result.machine as { loadAvgAtStart: number[] }).loadAvgAtStart.join(" ")}\n\n`,
    );
    process.stdout.write(`${rows.map(line).join("\n")}\n`);
    process.stdout.write(
      `\npoe agreement on complete profiles: ${ev.agreementOnComplete.agree} of ${ev.agreementOnComplete.of}\n`,
    );
    for (const [k, n] of Object.entries(ev.agreementOnComplete.disagreements))
      process.stdout.write(`  ${n} × ${k}\n`);
  }
  if (result.batch) {
    const b = result.batch as Awaited<ReturnType<typeof batchRun>>;
    process.stdout.write(
      `\nbatch: ${b.rows.toLocaleString("en-US")} rows (${b.inputMB} MB CSV) → ${b.outputLines.toLocaleString("en-US")} output lines, exit ${b.exitCode}\n` +
        `  wall ${b.wallSeconds} s, ${b.rowsPerSec.toLocaleString("en-US")} rows/s, peak RSS ${b.peakRssMB ?? "?"} MB, CPU ${b.cpuSeconds ?? "?"} s (${b.cpuPercent ?? "?"}%)\n` +
        `  command: ${b.command}\n${b.summary.map((s) => `  ${s}`).join("\n")}\n` +
        `  pipeline alone (engine replaced by a constant, 1 core, in process): ${b.pipeline.rowsPerSec.toLocaleString("en-US")} rows/s, ${b.pipeline.cpuSeconds} s CPU\n`,
    );
  }
}
