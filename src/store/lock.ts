/**
 * One writer per embedded data folder. The embedded engine is a single-process database: two
 * processes on one folder each see only their own writes and overwrite each other's files. The
 * first process to open a folder creates `<dataDir>/lock` exclusively, holding its PID, and
 * removes it when it closes (or exits); a second process is refused. A lock whose process no
 * longer exists (the holder was killed) is stale: it is taken over.
 *
 * @example
 * ```ts
 * const lock = await lockDataFolder(".data"); // throws DataFolderLockedError if held
 * try { ... } finally { await lock.release(); }
 * ```
 */

import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

/** The exit code of a server refused because another process holds its data folder (EX_TEMPFAIL). */
export const LOCKED_EXIT_CODE = 75;

export class DataFolderLockedError extends Error {
  override name = "DataFolderLockedError";
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `the data folder is in use by another poe-permit process (PID ${pid}, lock file ${lockFile}). ` +
        "Stop that process first, or give this one another POE_PERMIT_DATA_DIR (or a DATABASE_URL, " +
        "which several servers may share).",
    );
  }
}

export interface DataLock {
  readonly file: string;
  release(): Promise<void>;
}

/** The lock file of a data folder. */
export function lockFileOf(dataDir: string): string {
  return join(resolve(dataDir), "lock");
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** True when a process with this PID exists (EPERM: it exists but belongs to someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === "EPERM";
  }
}

/** The PID a lock file names, or undefined when the file is not one this module writes. */
function holderOf(text: string): { pid: number; host: string } | undefined {
  const m = /^(\d+)\s+(\S*)/.exec(text);
  return m ? { pid: Number(m[1]), host: m[2] ?? "" } : undefined;
}

/**
 * Takes the folder's lock or throws DataFolderLockedError. A lock left by a dead process on this
 * host is removed and taken. A lock from another host (a folder on a network share) is never
 * judged stale: that process cannot be seen from here.
 */
export async function lockDataFolder(dataDir: string): Promise<DataLock> {
  const file = lockFileOf(dataDir);
  const me = `${process.pid} ${hostname()}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(file, "wx", 0o600);
      try {
        await handle.writeFile(me);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return held(file, me);
    } catch (error) {
      if (errno(error) !== "EEXIST") throw error;
    }
    const text = await readFile(file, "utf8").catch((e) =>
      errno(e) === "ENOENT" ? null : Promise.reject(e),
    );
    if (text === null) continue; // released meanwhile: try again
    const holder = holderOf(text);
    // A lock being written this very moment has no PID yet: give its writer time to finish.
    if (!holder) {
      await new Promise((r) => setTimeout(r, 50));
      const again = await readFile(file, "utf8").catch(() => "");
      if (!holderOf(again) && again === text) await unlink(file).catch(() => {});
      continue;
    }
    const sameHost = holder.host === "" || holder.host === hostname();
    if (holder.pid !== process.pid && (!sameHost || alive(holder.pid)))
      throw new DataFolderLockedError(file, holder.pid);
    // Stale (its process is gone) or our own from an earlier open that was never released.
    await unlink(file).catch((e) => (errno(e) === "ENOENT" ? undefined : Promise.reject(e)));
  }
  throw new Error(`could not take the lock ${file}`);
}

function held(file: string, content: string): DataLock {
  // Removes the lock only while it is still ours (a takeover after a stale lock writes another PID).
  const releaseSync = () => {
    try {
      if (readFileSync(file, "utf8") === content) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", releaseSync);
  let released = false;
  return {
    file,
    release: async () => {
      if (released) return;
      released = true;
      process.off("exit", releaseSync);
      releaseSync();
    },
  };
}
