/**
 * How long store requests wait behind the scrub that erases deleted records (issue 17).
 *
 * Seeds `--rows` records (default 8,000) into a fresh embedded data folder, starts the real server
 * (through tsx, as the server tests do) on it, then measures three clients at once: one reading
 * live records (`GET /api/v1/assessments/:id`), one posting `POST /api/v1/assess`, and, in the
 * second phase only, one deleting `--deletes` records (default 50): the first half spaced
 * (`--gap` ms apart, default 400, so each delete's scrub runs on its own), the rest back to back.
 * The first phase, with no delete, is the baseline of the same run. The delete phase lasts until
 * the server reports no erasure pending, plus one second.
 *
 * ```sh
 * npx tsx bench/erase-stall.ts                 # table on stdout
 * npx tsx bench/erase-stall.ts --json          # one JSON object
 * npx tsx bench/erase-stall.ts --rows 20000 --deletes 100
 * npx tsx bench/erase-stall.ts --wal-segment-mb 16  # a folder made before 1 MB segments
 * ```
 *
 * Run it from another revision's worktree to compare (bench/README.md, "erase-stall").
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { assess } from "../src/engine/index.js";
import { openStore, PGLITE_CONF, pgliteDir } from "../src/store/open.js";
import { startServer } from "../test/server/server-process.js";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "8000" },
    deletes: { type: "string", default: "50" },
    gap: { type: "string", default: "400" },
    baseline: { type: "string", default: "4000" },
    json: { type: "boolean", default: false },
    "wal-segment-mb": { type: "string" },
  },
});
const ROWS = Number(args.rows);
const DELETES = Number(args.deletes);
const GAP_MS = Number(args.gap);
const BASELINE_MS = Number(args.baseline);
const KEY = "erase-stall-key";
const auth = { authorization: `Bearer ${KEY}` };
const log = (s: string) => process.stderr.write(`${s}\n`);

const load = loadavg().map((l) => l.toFixed(2));
const dataDir = await mkdtemp(join(tmpdir(), "poe-permit-erase-stall-"));
const profile = { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" };
const result = assess(profile, { lang: "en", now: new Date("2025-09-01T00:00:00Z") });
if (!result.ok) throw new Error("fixture profile refused");

if (args["wal-segment-mb"]) {
  // The store creates a missing database with its own segment size; one made here is kept.
  await mkdir(pgliteDir(dataDir), { recursive: true });
  const db = await PGlite.create({
    dataDir: pgliteDir(dataDir),
    postgresqlconf: PGLITE_CONF,
    initDbStartParams: [`--wal-segsize=${args["wal-segment-mb"]}`],
  });
  await db.close();
}
log(`seeding ${ROWS} records in ${dataDir}`);
const ids: string[] = [];
{
  const store = await openStore({ dataDir, durability: "relaxed" });
  for (let i = 0; i < ROWS; i += 200) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(200, ROWS - i) }, (_, j) =>
        store.save({ clientRef: `stall-${i + j}`, lang: "en", profile, assessment: result.assessment }),
      ),
    );
    ids.push(...batch.map((r) => r.id));
  }
  await store.close();
}
// Deleted: spread over the whole table (so over many pages, and partitions if there are any).
const doomed = new Set(
  Array.from({ length: DELETES }, (_, i) => ids[Math.floor((i * ids.length) / DELETES)]!),
);
const live = ids.filter((id) => !doomed.has(id));

const server = await startServer({
  POE_PERMIT_DATA_DIR: dataDir,
  POE_PERMIT_API_KEY: KEY,
  POE_PERMIT_LOG: "off",
});
const url = server.url;

const read = async (n: number) => {
  const t = performance.now();
  const res = await fetch(`${url}/api/v1/assessments/${live[(n * 7919) % live.length]}`, { headers: auth });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET answered ${res.status}`);
  return performance.now() - t;
};
const post = async () => {
  const t = performance.now();
  const res = await fetch(`${url}/api/v1/assess`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(profile),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`POST /assess answered ${res.status}`);
  return performance.now() - t;
};
const pending = async () =>
  ((await (await fetch(`${url}/api/v1/health`)).json()) as { store: { erasuresPending: number } }).store
    .erasuresPending;

/** Runs the store reader and the assess client until `until` resolves; their latencies. */
async function clients(until: Promise<unknown>) {
  let running = true;
  void until.finally(() => (running = false));
  const reads: number[] = [];
  const posts: number[] = [];
  await Promise.all([
    (async () => {
      for (let n = 0; running; n++) reads.push(await read(n));
    })(),
    (async () => {
      while (running) posts.push(await post());
    })(),
    until,
  ]);
  return { reads, posts };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
try {
  for (let i = 0; i < 50; i++) {
    await read(i);
    await post();
  }
  log(`baseline: ${BASELINE_MS} ms with no delete`);
  const base = await clients(sleep(BASELINE_MS));

  // A list reads every partition (no partition key in its filter): what partitioning costs it.
  const lists: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/assessments?limit=20`, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`list answered ${res.status}`);
    lists.push(performance.now() - t);
  }

  log(`deleting ${DELETES} records`);
  const deletes: number[] = [];
  let settledMs = 0;
  const deleting = (async () => {
    const order = [...doomed];
    const spaced = Math.ceil(order.length / 2);
    const started = performance.now();
    for (const [i, id] of order.entries()) {
      const t = performance.now();
      const res = await fetch(`${url}/api/v1/assessments/${id}`, { method: "DELETE", headers: auth });
      deletes.push(performance.now() - t);
      if (res.status !== 204) throw new Error(`DELETE answered ${res.status}`);
      if (i < spaced) await sleep(GAP_MS);
    }
    const lastDelete = performance.now();
    // A revision whose scrub leaves a delete that came during it to the next delete never gets
    // there: give up after 20 s and say so.
    let left = await pending();
    while (left > 0 && performance.now() - lastDelete < 20_000) {
      await sleep(10);
      left = await pending();
    }
    settledMs = left > 0 ? Number.NaN : performance.now() - lastDelete;
    log(
      `${left} erasures pending ${(performance.now() - lastDelete).toFixed(0)} ms after the last delete (${(lastDelete - started).toFixed(0)} ms of deletes)`,
    );
    await sleep(1_000);
  })();
  const during = await clients(deleting);
  for (const id of doomed) {
    const res = await fetch(`${url}/api/v1/assessments/${id}`, { headers: auth });
    if (res.status !== 404) throw new Error(`a deleted record answered ${res.status}`);
  }

  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p: number) => +(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN).toFixed(1);
    return { n: s.length, p50: q(0.5), p99: q(0.99), max: q(1) };
  };
  const report = {
    rows: ROWS,
    deletes: DELETES,
    gapMs: GAP_MS,
    load,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    baseline: { storeRead: stats(base.reads), assess: stats(base.posts), list: stats(lists) },
    deleting: { storeRead: stats(during.reads), assess: stats(during.posts), delete: stats(deletes) },
    scrubbedMsAfterLastDelete: Number.isNaN(settledMs) ? null : Math.round(settledMs),
  };
  if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    const line = (name: string, s: ReturnType<typeof stats>) =>
      `${name.padEnd(28)} ${String(s.n).padStart(6)} ${String(s.p50).padStart(8)} ${String(s.p99).padStart(8)} ${String(s.max).padStart(8)}`;
    process.stdout.write(
      [
        `erase-stall: ${ROWS} records, ${DELETES} deletes, load ${load.join(" ")}, ${report.machine}`,
        `${"ms".padEnd(28)} ${"n".padStart(6)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"max".padStart(8)}`,
        line("no delete: store read", report.baseline.storeRead),
        line("no delete: POST /assess", report.baseline.assess),
        line("no delete: list (alone)", report.baseline.list),
        line("deleting: store read", report.deleting.storeRead),
        line("deleting: POST /assess", report.deleting.assess),
        line("deleting: DELETE", report.deleting.delete),
        Number.isNaN(settledMs)
          ? "erasures still pending 20 s after the last delete"
          : `all scrubbed ${report.scrubbedMsAfterLastDelete} ms after the last delete`,
        "",
      ].join("\n"),
    );
  }
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
