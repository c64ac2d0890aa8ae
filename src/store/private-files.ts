/**
 * Makes a folder and everything in it private to its owner: folders 0700, files without any
 * group or other permission. The embedded database holds personal data; PGlite itself writes
 * its files mode 666 (durable-fs.ts keeps new files private; this fixes folders made before).
 *
 * @example
 * ```ts
 * await makePrivate(".data/pglite");
 * ```
 */
import { chmod, lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

export async function makePrivate(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) continue;
    const mode = (await lstat(path)).mode & 0o777;
    const wanted = entry.isDirectory() ? 0o700 : mode & 0o700;
    if (mode !== wanted) await chmod(path, wanted);
  }
}
