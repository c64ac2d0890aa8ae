/**
 * DELETE /api/v1/assessments/:id really removes the personal data: a record holding unique
 * markers (client reference, a free-text profile field) and a re-check of it are saved through
 * the API on the embedded engine; after the DELETE and a clean stop, no file anywhere in the data
 * folder (table and index files, write-ahead log, everything) holds a marker's bytes, while a
 * record that was kept is still found by the same search.
 */
import { randomBytes } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "erasure-key";
const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
let dataDir = "";
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Every file under `dir` whose raw bytes contain `marker`. */
async function filesContaining(dir: string, marker: string): Promise<string[]> {
  const needle = Buffer.from(marker, "utf8");
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => undefined); // a file removed meanwhile
    if (bytes?.includes(needle)) hits.push(path.slice(dir.length + 1));
  }
  return hits;
}

it("after DELETE and a stop, no file in the data folder holds the deleted record's personal data", async () => {
  dataDir = await freshDataDir();
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  const url = server.url;
  const tag = randomBytes(6).toString("hex");
  const secretClient = `Erase-Client-${tag}`;
  const secretPort = `Erase-Port-${tag}`;
  const keptClient = `Kept-Client-${tag}`;
  const keptPort = `Kept-Port-${tag}`;
  const profile = (port: string) => ({
    citizenships: ["FR"],
    permit: "pgwp",
    arrival: "2024-06-01",
    portOfEntry: port,
  });
  const save = async (clientRef: string, port: string) => {
    const res = await fetch(`${url}/api/v1/assessments`, {
      method: "POST",
      headers,
      body: JSON.stringify({ profile: profile(port), clientRef }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  // Records on both sides of the one to delete, so it sits among live rows in the table pages.
  for (let i = 0; i < 20; i++) await save(`${keptClient}-${i}`, `${keptPort}-${i}`);
  const secret = await save(secretClient, secretPort);
  for (let i = 20; i < 40; i++) await save(`${keptClient}-${i}`, `${keptPort}-${i}`);
  const recheck = await fetch(`${url}/api/v1/assessments/${secret}/reassess`, {
    method: "POST",
    headers,
    body: JSON.stringify({ arrival: "2024-07-01" }),
  });
  expect(recheck.status).toBe(201);
  const recheckId = ((await recheck.json()) as { saved: { id: string } }).saved.id;

  // The control: the search finds the markers while they are stored.
  expect(await filesContaining(dataDir, secretClient)).not.toEqual([]);
  expect(await filesContaining(dataDir, secretPort)).not.toEqual([]);

  const started = performance.now();
  const del = await fetch(`${url}/api/v1/assessments/${secret}`, { method: "DELETE", headers });
  const ms = performance.now() - started;
  expect(del.status).toBe(204);
  console.log(`erasure: DELETE over HTTP took ${ms.toFixed(0)} ms (42 records in the table)`);
  expect(ms).toBeLessThan(5_000);
  for (const id of [secret, recheckId])
    expect((await fetch(`${url}/api/v1/assessments/${id}`, { headers })).status).toBe(404);
  const kept = (await (await fetch(`${url}/api/v1/assessments?limit=1`, { headers })).json()) as {
    total: number;
  };
  expect(kept.total).toBe(40);

  // The DELETE answers before the table rewrite, which runs in the background: wait for it.
  const deadline = Date.now() + 10_000;
  let pending = -1;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${url}/api/v1/health`)).json()) as {
      store: { erasuresPending: number };
    };
    pending = health.store.erasuresPending;
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(pending).toBe(0);
  // Already gone while the server runs ...
  expect(await filesContaining(dataDir, secretClient)).toEqual([]);
  expect(await filesContaining(dataDir, secretPort)).toEqual([]);

  const exit = await server.stop();
  expect(exit.code).toBe(0);
  // ... and after a clean stop (which checkpoints and writes the files one last time).
  expect(await filesContaining(dataDir, secretClient)).toEqual([]);
  expect(await filesContaining(dataDir, secretPort)).toEqual([]);
  // The same search still finds the records that were kept, in the table files.
  for (const i of [0, 19, 20, 39]) {
    const hits = await filesContaining(dataDir, `${keptPort}-${i}"`);
    expect(
      hits.some((f) => f.startsWith(join("pglite", "base"))),
      `${i}: ${hits}`,
    ).toBe(true);
  }
  expect(server.stdout() + server.stderr()).not.toContain(tag);

  // And they are all there after a restart.
  server = await startServer({
    POE_PERMIT_DATA_DIR: dataDir,
    POE_PERMIT_API_KEY: KEY,
    POE_PERMIT_LOG: "off",
  });
  const page = (await (await fetch(`${server.url}/api/v1/assessments?limit=1`, { headers })).json()) as {
    total: number;
  };
  expect(page.total).toBe(40);
});
