/**
 * The embedded data folder through real server processes: a second server on the same folder is
 * refused (clear message, exit code 75) while the first keeps its records; a lock left by a
 * SIGKILLed server is recovered; the folder is private (0700, nothing group- or world-accessible);
 * commits are fsynced by default (POE_PERMIT_DURABILITY).
 */
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { LOCKED_EXIT_CODE } from "../../src/store/lock.js";
import { freshDataDir } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "data-folder-key";
const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
const dirs: string[] = [];
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const env = (dataDir: string) => ({
  POE_PERMIT_DATA_DIR: dataDir,
  POE_PERMIT_API_KEY: KEY,
  POE_PERMIT_LOG: "off",
});
const save = async (url: string, clientRef: string) => {
  const res = await fetch(`${url}/api/v1/assessments`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      clientRef,
      profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" },
    }),
  });
  expect(res.status).toBe(201);
};
const total = async (url: string) =>
  ((await (await fetch(`${url}/api/v1/assessments?limit=1`, { headers })).json()) as { total: number }).total;

it("a second server on the same data folder is refused with a clear message and exit code 75", async () => {
  const dataDir = await freshDataDir();
  dirs.push(dataDir);
  const first = await startServer(env(dataDir));
  servers.push(first);
  await save(first.url, "first-1");
  const second = await startServer(env(dataDir)).catch((e: unknown) => e as Error);
  expect(second).toBeInstanceOf(Error);
  expect((second as Error).message).toMatch(/exited before listening/);
  expect((second as Error).message).toContain(`in use by another poe-permit process (PID ${first.proc.pid}`);
  // The first server goes on, with every record.
  await save(first.url, "first-2");
  expect(await total(first.url)).toBe(2);
  // The refused process's exit code (read by a direct spawn).
  const { spawnSync } = await import("node:child_process");
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, ...env(dataDir), PORT: "0", DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(LOCKED_EXIT_CODE);
  expect(run.stderr).toMatch(/data folder is in use/);
  expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  expect((await first.stop()).code).toBe(0);
});

it("a lock left by a SIGKILLed server is recovered by the next start, with the records", async () => {
  const dataDir = await freshDataDir();
  dirs.push(dataDir);
  const first = await startServer(env(dataDir));
  await save(first.url, "before-kill");
  first.proc.kill("SIGKILL");
  await first.exited;
  expect((await readdir(dataDir)).includes("lock")).toBe(true);
  const next = await startServer(env(dataDir));
  servers.push(next);
  expect(await total(next.url)).toBe(1);
  expect((await next.stop()).code).toBe(0);
  expect((await readdir(dataDir)).includes("lock")).toBe(false);
});

it("the data folder is 0700 and no file in it is group- or world-accessible; commits are fsynced", async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const parent = await mkdtemp(join(tmpdir(), "poe-permit-perm-"));
  dirs.push(parent);
  const dataDir = join(parent, "new-folder"); // created by the server itself
  const server = await startServer(env(dataDir));
  servers.push(server);
  for (let i = 0; i < 3; i++) await save(server.url, `perm-${i}`);
  expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  const open: string[] = [];
  let files = 0;
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const mode = (await stat(path)).mode & 0o777;
    files++;
    if (mode & 0o077) open.push(`${path.slice(dataDir.length)} ${mode.toString(8)}`);
  }
  expect(files).toBeGreaterThan(100);
  expect(open).toEqual([]);
  expect(server.stdout()).toMatch(/durability: durable/);
  expect((await server.stop()).code).toBe(0);
});
