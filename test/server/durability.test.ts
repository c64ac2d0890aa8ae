/**
 * Durability: writes go on while the server is killed with SIGKILL; after a restart on the same
 * data folder, every write that had been acknowledged with 201 is there, intact.
 */
import { rm } from "node:fs/promises";
import { afterAll, expect, it } from "vitest";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "durability-key";
const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
let dataDir = "";
const servers: RunningServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it("every write acknowledged with 201 before a SIGKILL survives the restart", async () => {
  dataDir = await freshDataDir();
  const first = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  servers.push(first);

  const acked = new Map<string, unknown>();
  let attempted = 0;
  let failed = 0;
  let killed = false;
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      attempted++;
      const profile = {
        citizenships: ["FR"],
        permit: "lmia-exempt",
        arrival: "2025-09-15",
        portOfEntry: `W${w}-${i}`,
      };
      try {
        const res = await fetch(`${first.url}/api/v1/assessments`, {
          method: "POST",
          headers,
          body: JSON.stringify({ profile, clientRef: `writer-${w}`, lang: w % 2 ? "fr" : "en" }),
        });
        const body = (await res.json()) as { id: string };
        if (res.status === 201) acked.set(body.id, body);
      } catch {
        failed++; // cut off by the kill: never acknowledged, so nothing is promised about it
      }
    }
  };
  const writers = Array.from({ length: 8 }, (_, w) => writer(w));
  while (acked.size < 150) await new Promise((r) => setTimeout(r, 10));
  first.proc.kill("SIGKILL");
  const exit = await first.exited;
  killed = true;
  await Promise.all(writers);
  expect(exit.signal).toBe("SIGKILL");
  expect(acked.size).toBeGreaterThanOrEqual(150);

  const second = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  servers.push(second);
  let intact = 0;
  for (const [id, body] of acked) {
    const res = await fetch(`${second.url}/api/v1/assessments/${id}`, { headers });
    expect(res.status, id).toBe(200);
    expect(await res.json()).toEqual(body);
    intact++;
  }
  expect(intact).toBe(acked.size);
  const page = (await (await fetch(`${second.url}/api/v1/assessments?limit=1`, { headers })).json()) as {
    total: number;
  };
  expect(page.total).toBeGreaterThanOrEqual(acked.size);
  expect(page.total).toBeLessThanOrEqual(attempted);
  // And the store still takes writes after recovery.
  const again = await fetch(`${second.url}/api/v1/assessments`, {
    method: "POST",
    headers,
    body: JSON.stringify({ profile: { citizenships: ["FR"] } }),
  });
  expect(again.status).toBe(201);
  console.log(
    `durability: ${acked.size} acknowledged, ${attempted} attempted, ${failed} cut off by the kill, all acknowledged intact`,
  );
});
