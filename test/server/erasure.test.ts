/**
 * DELETE /api/v1/assessments/:id really removes the personal data: a record holding unique
 * markers (client reference, a free-text profile field) and a re-check of it are saved through
 * the API on the embedded engine. The engine keeps them sealed with a key per record
 * (docs/adr/0036): no file holds a marker at any time, the sealed rows open with their key files
 * while stored, and after the DELETE both keys are gone, their bytes in no file of the data
 * folder, while the kept records still open after a restart.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { pgliteOptions } from "../../src/store/durable-fs.js";
import { PGLITE_CONF } from "../../src/store/open.js";
import { unseal } from "../../src/store/sealing.js";
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
async function filesContaining(dir: string, marker: string | Buffer): Promise<string[]> {
  const needle = typeof marker === "string" ? Buffer.from(marker, "utf8") : marker;
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

  // Sealed: never in the clear, not even while stored.
  expect(await filesContaining(dataDir, secretClient)).toEqual([]);
  expect(await filesContaining(dataDir, secretPort)).toEqual([]);
  // The control: the record's own key opens the sealed row the database's files hold.
  const keyFile = (id: string) => join(dataDir, "record-keys", id.slice(0, 2), id);
  const keys = await Promise.all([secret, recheckId].map((id) => readFile(keyFile(id))));
  expect(keys.map((k) => k.length)).toEqual([32, 32]);
  const sealedRow = await sealedRowInFiles(secret);
  expect(unseal(keys[0]!, secret, sealedRow)).toContain(secretPort);

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

  // Erased when answered: the keys are gone, and nothing is left to wait for.
  for (const id of [secret, recheckId]) expect(existsSync(keyFile(id))).toBe(false);
  for (const key of keys) expect(await filesContaining(dataDir, key)).toEqual([]);
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
  for (const key of keys) expect(await filesContaining(dataDir, key)).toEqual([]);

  const exit = await server.stop();
  expect(exit.code).toBe(0);
  // ... and after a clean stop (which checkpoints and writes the files one last time).
  expect(await filesContaining(dataDir, secretClient)).toEqual([]);
  expect(await filesContaining(dataDir, secretPort)).toEqual([]);
  for (const key of keys) expect(await filesContaining(dataDir, key)).toEqual([]);
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
  // The kept records open, their ports the same.
  const kept39 = (await (
    await fetch(`${server.url}/api/v1/assessments?clientRef=${keptClient}-39`, { headers })
  ).json()) as { items: { id: string }[] };
  const one = (await (
    await fetch(`${server.url}/api/v1/assessments/${kept39.items[0]!.id}`, { headers })
  ).json()) as { profile: { portOfEntry: string } };
  expect(one.profile.portOfEntry).toBe(`${keptPort}-39`);
});

/**
 * The sealed row of `id` as the data folder's files hold it, read by a second PGlite over a copy
 * of the folder (the server holds the folder itself).
 */
async function sealedRowInFiles(id: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "poe-permit-erasure-copy-"));
  try {
    await cp(join(dataDir, "pglite"), copy, { recursive: true });
    const client = await PGlite.create(pgliteOptions(copy, "relaxed", PGLITE_CONF));
    try {
      const row = await client.query<{ sealed_record: string }>(
        "SELECT sealed_record FROM assessments WHERE id = $1",
        [id],
      );
      return row.rows[0]!.sealed_record;
    } finally {
      await client.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
