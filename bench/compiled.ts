/**
 * Compiles the project as shipped (`tsc -p tsconfig.build.json`) into a directory, so benchmarks
 * measure the JavaScript users run rather than TypeScript through a loader (tsx's esbuild
 * transform adds `__name` calls to every closure, which shows up in profiles).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Compiles into `dir/dist` and makes it runnable there (ESM, the project's node_modules).
 * `project` is the checkout to compile (default: this one; bench/ab.ts passes another revision's).
 */
export async function compileInto(
  dir: string,
  project: string = ROOT,
): Promise<{ dist: string; url: (rel: string) => string }> {
  const dist = join(dir, "dist");
  const tsc = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/typescript/bin/tsc"),
      "-p",
      join(project, "tsconfig.build.json"),
      "--outDir",
      dist,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let diag = "";
  tsc.stdout.on("data", (d) => {
    diag += d;
  });
  await once(tsc, "exit");
  if (!existsSync(join(dist, "cli/main.js")) || !existsSync(join(dist, "engine/index.js"))) {
    throw new Error(`the project did not compile:\n${diag}`);
  }
  writeFileSync(join(dir, "package.json"), '{"type":"module"}\n');
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return { dist, url: (rel) => pathToFileURL(join(dist, rel)).href };
}
