/**
 * The API key end to end: without POE_PERMIT_API_KEY the first start generates a key, prints it
 * once and keeps it in the data folder; a restart uses it again without printing it.
 */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

let dataDir = "";
/** The start-up lines follow the "listening" line that startServer waits for. */
const startupPrinted = (s: RunningServer) =>
  vi.waitFor(() => expect(s.stdout()).toMatch(/API key[^\n]*\n/), { timeout: 5_000 });
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it("generated and printed on first start, kept, not printed again; required by the saved-assessment endpoints", async () => {
  dataDir = await freshDataDir();
  const env = { POE_PERMIT_DATA_DIR: dataDir, POE_PERMIT_API_KEY: "", POE_PERMIT_LOG: "off" };
  const first = await startServer(env);
  servers.push(first);
  await startupPrinted(first);
  await vi.waitFor(() => expect(first.stdout()).toMatch(/generated[^\n]*\n {2}\S+\n/), { timeout: 5_000 });
  const file = join(dataDir, "api-key");
  const key = (await readFile(file, "utf8")).trim();
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(first.stdout()).toContain(`API key generated and saved to ${file}`);
  expect(first.stdout()).toContain(`  ${key}\n`);

  const list = (server: RunningServer, headers: Record<string, string>) =>
    fetch(`${server.url}/api/v1/assessments`, { headers });
  expect((await list(first, {})).status).toBe(401);
  expect((await list(first, { authorization: `Bearer ${key}` })).status).toBe(200);
  expect((await first.stop()).code).toBe(0);

  const second = await startServer(env);
  servers.push(second);
  await startupPrinted(second);
  expect(second.stdout()).toContain(`API key: from ${file}`);
  expect(second.stdout()).not.toContain(key);
  expect((await list(second, { authorization: `Bearer ${key}` })).status).toBe(200);
  expect((await list(second, { authorization: "Bearer something-else" })).status).toBe(401);
  expect((await second.stop()).code).toBe(0);

  // The environment wins over the file, and is not printed either.
  const third = await startServer({ ...env, POE_PERMIT_API_KEY: "from-the-environment" });
  servers.push(third);
  await startupPrinted(third);
  expect(third.stdout()).toContain("API key: from POE_PERMIT_API_KEY");
  expect(third.stdout()).not.toContain("from-the-environment");
  expect((await list(third, { "x-api-key": "from-the-environment" })).status).toBe(200);
  expect((await list(third, { authorization: `Bearer ${key}` })).status).toBe(401);
});
