import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's root folder (the one holding package.json), found from this file's location so
 * that runtime assets (migrations, reference data, the built web page) are found both from
 * `src/` (tsx, tests) and from `dist/` (after `npm run build`), whatever the working directory.
 *
 * @example
 * ```ts
 * join(packageRoot(), "src/store/migrations");
 * ```
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("poe-permit: cannot find the project root (package.json)");
    dir = parent;
  }
}

/** The one migrations folder, applied to both engines. */
export function migrationsFolder(): string {
  return join(packageRoot(), "src", "store", "migrations");
}
