/**
 * A DELETE does not stall the other clients: with 8,000 records in the embedded store, deletes
 * (each answered before the scrub that erases it, which runs on the store's thread) go on while
 * other clients keep calling a stateless endpoint and reading stored records; the longest wait
 * each sees stays within bounds, and the deleted records are unreadable at once. A store read
 * waits behind one step of the scrub at most (one partition's rewrite or one checkpoint), not
 * behind a rewrite of the whole table.
 */
import { rm } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { assess } from "../../src/engine/index.js";
import { pgliteOptions } from "../../src/store/durable-fs.js";
import { openStore, PGLITE_CONF, pgliteDir } from "../../src/store/open.js";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "stall-key";
const headers = { authorization: `Bearer ${KEY}` };
let dataDir = "";
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const ROWS = 8_000;
/** How much longer than the no-delete p99 a store read may wait while deletes are scrubbed, at least. */
const BOUND_MS = 100;

/**
 * What a store request waited behind before the table was partitioned, timed on this machine
 * now: an unpartitioned copy of the records rewritten whole, then the log segment closed and
 * checkpointed, as the scrub did then (the copy is dropped again).
 */
async function wholeTableScrubMs(dir: string): Promise<number> {
  const client = await PGlite.create(pgliteOptions(dir, "durable", PGLITE_CONF));
  try {
    await client.exec(`CREATE TABLE whole_copy AS SELECT * FROM assessments;
      ALTER TABLE whole_copy ADD PRIMARY KEY (id);
      CREATE INDEX ON whole_copy (created_at, id); CREATE INDEX ON whole_copy (client_ref);
      CREATE INDEX ON whole_copy (reassessment_of); CREATE INDEX ON whole_copy (tenant, created_at, id);
      DELETE FROM whole_copy WHERE id IN (SELECT id FROM whole_copy LIMIT 1); CHECKPOINT;`);
    const t = performance.now();
    await client.exec("VACUUM FULL whole_copy");
    await client.exec("SELECT pg_switch_wal()");
    await client.exec("CHECKPOINT");
    const ms = performance.now() - t;
    await client.exec("DROP TABLE whole_copy; CHECKPOINT;");
    return ms;
  } finally {
    await client.close();
  }
}

it(`deletes among ${ROWS} records never hold a concurrent request long`, async () => {
  dataDir = await freshDataDir();
  const store = await openStore({ dataDir, durability: "relaxed" });
  const profile = { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" };
  const result = assess(profile, { lang: "en", now: new Date("2025-09-01T00:00:00Z") });
  if (!result.ok) throw new Error("fixture profile refused");
  const ids: string[] = [];
  for (let i = 0; i < ROWS; i += 200) {
    const batch = await Promise.all(
      Array.from({ length: 200 }, (_, j) =>
        store.save({ clientRef: `stall-${i + j}`, lang: "en", profile, assessment: result.assessment }),
      ),
    );
    ids.push(...batch.map((r) => r.id));
  }
  await store.close();
  const wholeBefore = await wholeTableScrubMs(pgliteDir(dataDir));
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  const url = server.url;
  // Warm up the paths measured.
  for (let i = 0; i < 20; i++) await fetch(`${url}/api/v1/countries?code=FR`).then((r) => r.arrayBuffer());

  // The same probes for 3 s with no delete: what this machine gives anyway, printed beside.
  const probe = (n: number) =>
    n % 2 === 0
      ? fetch(`${url}/api/v1/countries?code=FR`)
      : fetch(`${url}/api/v1/assess`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(profile),
        });
  const kept = ids[ids.length - 1];
  const storeRead = async () => {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/assessments/${kept}`, { headers });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    return performance.now() - t;
  };
  const baseline: number[][] = [[], []];
  const baselineStore: number[] = [];
  let measuringBaseline = true;
  const baselineStoreReader = (async () => {
    while (measuringBaseline) baselineStore.push(await storeRead());
  })();
  for (let n = 0, end = performance.now() + 3_000; performance.now() < end; n++) {
    const t = performance.now();
    await (await probe(n)).arrayBuffer();
    baseline[n % 2]?.push(performance.now() - t);
  }
  measuringBaseline = false;
  await baselineStoreReader;

  let deleting = true;
  const waits: number[] = [];
  const assessWaits: number[] = [];
  const prober = (async () => {
    for (let n = 0; deleting; n++) {
      // Alternately a stateless GET and POST /assess, which the issue names.
      const t = performance.now();
      const res = await probe(n);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      (n % 2 === 0 ? waits : assessWaits).push(performance.now() - t);
    }
  })();
  // A store request queues behind the scrub step running (the embedded database has one
  // connection), and only behind that one (docs/api.md, "Deleting").
  const storeWaits: number[] = [];
  const storeProber = (async () => {
    while (deleting) storeWaits.push(await storeRead());
  })();
  const deleteMs: number[] = [];
  for (const id of ids.slice(0, 10)) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/assessments/${id}`, { method: "DELETE", headers });
    deleteMs.push(performance.now() - t);
    expect(res.status).toBe(204);
    expect((await fetch(`${url}/api/v1/assessments/${id}`, { headers })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 150)); // let a scrub run between deletes
  }
  // Until the last scrub is done.
  for (let i = 0; i < 500; i++) {
    const h = (await (await fetch(`${url}/api/v1/health`)).json()) as { store: { erasuresPending: number } };
    if (h.store.erasuresPending === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  deleting = false;
  await prober;
  await storeProber;
  const total = (
    (await (await fetch(`${url}/api/v1/assessments?limit=1`, { headers })).json()) as { total: number }
  ).total;
  expect(total).toBe(ROWS - 10);
  // The whole-table scrub timed again once the server is stopped: the run lies between the two.
  expect((await server.stop()).code).toBe(0);
  server = undefined;
  const wholeAfter = await wholeTableScrubMs(pgliteDir(dataDir));
  const wholeMs = Math.max(wholeBefore, wholeAfter);
  waits.sort((a, b) => a - b);
  assessWaits.sort((a, b) => a - b);
  for (const b of [...baseline, baselineStore, storeWaits]) b.sort((x, y) => x - y);
  const p = (q: number, of = waits) => of[Math.min(of.length - 1, Math.floor(q * of.length))]!;
  console.log(
    `delete-stall: ${waits.length} GET probes, p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${p(1).toFixed(1)} ms; ` +
      `${assessWaits.length} POST /assess probes, p50 ${p(0.5, assessWaits).toFixed(1)} ms, p99 ${p(0.99, assessWaits).toFixed(1)} ms, max ${p(1, assessWaits).toFixed(1)} ms; ` +
      `DELETE answered in ${Math.max(...deleteMs).toFixed(0)} ms at most; ` +
      `${storeWaits.length} store reads, p50 ${p(0.5, storeWaits).toFixed(1)} ms, p99 ${p(0.99, storeWaits).toFixed(1)} ms, max ${p(1, storeWaits).toFixed(1)} ms; ` +
      `no delete (3 s before): GET p99 ${p(0.99, baseline[0]).toFixed(1)} ms, POST /assess p99 ${p(0.99, baseline[1]).toFixed(1)} ms, ` +
      `${baselineStore.length} store reads p99 ${p(0.99, baselineStore).toFixed(1)} ms, max ${p(1, baselineStore).toFixed(1)} ms; ` +
      `a whole-table scrub, timed before and after: ${wholeBefore.toFixed(0)} and ${wholeAfter.toFixed(0)} ms`,
  );
  expect(waits.length).toBeGreaterThan(50);
  expect(assessWaits.length).toBeGreaterThan(50);
  // 20 ms is the goal on a quiet machine; the bound leaves room for a loaded test machine, while
  // a rewrite on the main thread (hundreds of ms at this size) still fails it.
  expect(p(0.99)).toBeLessThan(60);
  expect(p(0.99, assessWaits)).toBeLessThan(60);
  // A store read used to wait behind a rewrite of the whole table; now behind one scrub step, a
  // partition's rewrite or a checkpoint. The bound comes from this run, so that a busy machine,
  // which slows reads and scrub steps alike, does not fail it by itself: the no-delete p99 plus
  // a whole-table scrub timed around the run (or 100 ms, if more). At this size a step is mostly
  // fixed cost, a large share of the whole-table scrub on a busy machine, so a tighter bound
  // fails there without any regression (docs/adr/0034).
  expect(storeWaits.length).toBeGreaterThan(20);
  expect(p(1, storeWaits)).toBeLessThan(p(0.99, baselineStore) + Math.max(BOUND_MS, wholeMs));
}, 180_000);
