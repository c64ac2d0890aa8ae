/**
 * A DELETE does not stall the other clients: with 8,000 records in the embedded store, deletes go
 * on while other clients keep calling a stateless endpoint and reading stored records; the longest
 * wait each sees stays within bounds of the same run's no-delete baseline, and the deleted records
 * are unreadable at once. Erasing destroys the record's key (docs/adr/0036): a store read waits
 * behind one short delete or one partition's plain VACUUM at most, never behind a rewrite.
 */
import { rm } from "node:fs/promises";
import { afterAll, expect, it } from "vitest";
import { assess } from "../../src/engine/index.js";
import { ERASE_BATCH_MS } from "../../src/store/drizzle-store.js";
import { openStore } from "../../src/store/open.js";
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
/**
 * How much longer than with no delete a store read may wait while records are deleted: the
 * issue's 20 ms. Compared with the same run's baseline, so that a busy machine, which slows every
 * read alike, does not fail it by itself; a rewrite of the table (hundreds of ms) does.
 */
const STALL_MS = 20;

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
  // A store request queues behind the delete or VACUUM running (the embedded database has one
  // connection), and only behind that one (docs/api.md, "Deleting").
  const storeWaits: number[] = [];
  const storeProber = (async () => {
    while (deleting) storeWaits.push(await storeRead());
  })();
  const deleteMs: number[] = [];
  // Ten spaced, so that each delete's VACUUM runs on its own, then ten back to back.
  for (const [n, id] of ids.slice(0, 20).entries()) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/assessments/${id}`, { method: "DELETE", headers });
    deleteMs.push(performance.now() - t);
    expect(res.status).toBe(204);
    expect((await fetch(`${url}/api/v1/assessments/${id}`, { headers })).status).toBe(404);
    if (n < 10) await new Promise((r) => setTimeout(r, 150));
  }
  // The last VACUUM runs ERASE_BATCH_MS after the last delete: the probes go on past it.
  await new Promise((r) => setTimeout(r, 3 * ERASE_BATCH_MS + 200));
  deleting = false;
  await prober;
  await storeProber;
  const total = (
    (await (await fetch(`${url}/api/v1/assessments?limit=1`, { headers })).json()) as { total: number }
  ).total;
  expect(total).toBe(ROWS - 20);
  expect((await server.stop()).code).toBe(0);
  server = undefined;
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
      `${baselineStore.length} store reads p99 ${p(0.99, baselineStore).toFixed(1)} ms, max ${p(1, baselineStore).toFixed(1)} ms`,
  );
  expect(waits.length).toBeGreaterThan(50);
  expect(assessWaits.length).toBeGreaterThan(50);
  // 20 ms is the goal on a quiet machine; the bound leaves room for a loaded test machine, while
  // a rewrite on the main thread (hundreds of ms at this size) still fails it.
  expect(p(0.99)).toBeLessThan(60);
  expect(p(0.99, assessWaits)).toBeLessThan(60);
  // A store read queues behind whatever holds the store's one connection: now one delete's
  // transaction or one partition's VACUUM, a few milliseconds each (docs/api.md, "Deleting").
  expect(storeWaits.length).toBeGreaterThan(20);
  expect(p(0.99, storeWaits)).toBeLessThan(p(0.99, baselineStore) + STALL_MS);
  expect(p(1, storeWaits)).toBeLessThan(p(1, baselineStore) + STALL_MS);
  // The deleter's own answer also waits for the key's removal to reach the disk (two fsyncs).
  expect(Math.max(...deleteMs)).toBeLessThan(p(1, baselineStore) + 5 * STALL_MS);
}, 180_000);
