/**
 * Starts a worker thread on a module that sits next to the caller's own file. Shared by the
 * surfaces that use threads (the batch pool, the server's assessment thread).
 *
 * When the caller runs from TypeScript sources (tsx, vitest) the worker gets the tsx loader first,
 * so it can load `.ts` files too; from the compiled `dist/` it loads the `.js` file directly.
 *
 * @example
 * ```ts
 * const worker = siblingWorker(import.meta.url, "worker", { workerData: setup });
 * ```
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

export function siblingWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (callerUrl.endsWith(".ts")) {
    const workerUrl = new URL(`./${name}.ts`, callerUrl).href;
    const tsxDir = dirname(createRequire(callerUrl).resolve("tsx/package.json"));
    const tsxApi = pathToFileURL(join(tsxDir, "dist/esm/api/index.mjs")).href;
    const boot = `import(${JSON.stringify(tsxApi)}).then((m) => m.register()).then(() => import(${JSON.stringify(workerUrl)}))`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL(`./${name}.js`, callerUrl), options);
}
