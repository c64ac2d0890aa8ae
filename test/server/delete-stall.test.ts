/**
 * A DELETE does not stall the other clients: with 8,000 records in the embedded store, deletes
 * (each answered before the table rewrite that scrubs it, which runs on the store's thread) go on
 * while another client keeps calling a stateless endpoint; the longest wait that client sees stays
 * within bounds, and the deleted records are unreadable at once.
 */
import { rm } from "node:fs/promises";
import { afterAll, expect, it } from "vitest";
import { assess } from "../../src/engine/index.js";
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
  const baseline: number[][] = [[], []];
  for (let n = 0, end = performance.now() + 3_000; performance.now() < end; n++) {
    const t = performance.now();
    await (await probe(n)).arrayBuffer();
    baseline[n % 2]?.push(performance.now() - t);
  }

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
  // A store request queues behind a running rewrite (the embedded database has one connection):
  // measured and printed, not bounded (docs/api.md, "Deleting").
  const storeWaits: number[] = [];
  const kept = ids[ids.length - 1];
  const storeProber = (async () => {
    while (deleting) {
      const t = performance.now();
      const res = await fetch(`${url}/api/v1/assessments/${kept}`, { headers });
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      storeWaits.push(performance.now() - t);
    }
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
  waits.sort((a, b) => a - b);
  assessWaits.sort((a, b) => a - b);
  for (const b of baseline) b.sort((x, y) => x - y);
  const p = (q: number, of = waits) => of[Math.min(of.length - 1, Math.floor(q * of.length))]!;
  console.log(
    `delete-stall: ${waits.length} GET probes, p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${p(1).toFixed(1)} ms; ` +
      `${assessWaits.length} POST /assess probes, p50 ${p(0.5, assessWaits).toFixed(1)} ms, p99 ${p(0.99, assessWaits).toFixed(1)} ms, max ${p(1, assessWaits).toFixed(1)} ms; ` +
      `DELETE answered in ${Math.max(...deleteMs).toFixed(0)} ms at most; ` +
      `${storeWaits.length} store reads, max ${Math.max(...storeWaits).toFixed(0)} ms; ` +
      `no delete (3 s before): GET p99 ${p(0.99, baseline[0]).toFixed(1)} ms, POST /assess p99 ${p(0.99, baseline[1]).toFixed(1)} ms`,
  );
  expect(waits.length).toBeGreaterThan(50);
  expect(assessWaits.length).toBeGreaterThan(50);
  // 20 ms is the goal on a quiet machine; the bound leaves room for a loaded test machine, while
  // a rewrite on the main thread (hundreds of ms at this size) still fails it.
  expect(p(0.99)).toBeLessThan(60);
  expect(p(0.99, assessWaits)).toBeLessThan(60);
  const total = (
    (await (await fetch(`${url}/api/v1/assessments?limit=1`, { headers })).json()) as { total: number }
  ).total;
  expect(total).toBe(ROWS - 10);
}, 180_000);
