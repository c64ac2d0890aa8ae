/**
 * The embedded data folder's lock (src/store/lock.ts), in process: a second open is refused while
 * the first holds the folder, a lock left by a dead process is taken over, the lock goes with
 * close. The two-real-processes test is test/server/data-folder.test.ts.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { DataFolderLockedError, lockDataFolder, lockFileOf } from "../../src/store/lock.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const folder = async () => {
  const d = await mkdtemp(join(tmpdir(), "poe-permit-lock-"));
  dirs.push(d);
  return d;
};

/** The PID of a process that has just exited (so certainly not running). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(r.stdout.toString());
}

it("holds the folder until released, then lets the next one in", async () => {
  const dir = await folder();
  const lock = await lockDataFolder(dir);
  expect(await readFile(lockFileOf(dir), "utf8")).toBe(`${process.pid} ${hostname()}\n`);
  await lock.release();
  expect(existsSync(lockFileOf(dir))).toBe(false);
  const again = await lockDataFolder(dir);
  await again.release();
});

it("refuses a folder whose lock names a live process", async () => {
  const dir = await folder();
  // PID 1 is always alive (and not ours).
  await writeFile(lockFileOf(dir), `1 ${hostname()}\n`);
  const refused = await lockDataFolder(dir).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DataFolderLockedError);
  expect((refused as DataFolderLockedError).pid).toBe(1);
  expect((refused as Error).message).toMatch(/in use by another poe-permit process \(PID 1/);
  // The live holder's lock is left alone.
  expect(await readFile(lockFileOf(dir), "utf8")).toBe(`1 ${hostname()}\n`);
});

it("takes over a stale lock left by a process that no longer runs", async () => {
  const dir = await folder();
  const pid = deadPid();
  await writeFile(lockFileOf(dir), `${pid} ${hostname()}\n`);
  const lock = await lockDataFolder(dir);
  expect(await readFile(lockFileOf(dir), "utf8")).toBe(`${process.pid} ${hostname()}\n`);
  await lock.release();
});

it("never judges a lock from another host stale", async () => {
  const dir = await folder();
  await writeFile(lockFileOf(dir), `${deadPid()} some-other-host.example\n`);
  await expect(lockDataFolder(dir)).rejects.toBeInstanceOf(DataFolderLockedError);
});
