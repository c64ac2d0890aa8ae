/**
 * Starts worker threads on a module that sits next to the caller's own file: one thread of its own
 * (`siblingWorker`, the embedded store's thread) or a piscina pool (`siblingPool`, the batch's
 * workers and the server's assessment thread; ADR 0034).
 *
 * When the caller runs from TypeScript sources (tsx, vitest) the worker gets the tsx loader first,
 * so it can load `.ts` files too; from the compiled `dist/` it loads the `.js` file directly.
 *
 * @example
 * ```ts
 * const worker = siblingWorker(import.meta.url, "pglite-worker", { workerData: setup });
 * const pool = siblingPool(import.meta.url, "worker", { data: setup, minThreads: 2, maxThreads: 2 });
 * // in the pool's worker module: const setup = poolData<Setup>();
 * ```
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions, workerData } from "node:worker_threads";
import { Piscina } from "piscina";

/** The URL of tsx's loader API, resolved from the caller's place. */
function tsxApi(callerUrl: string): string {
  const tsxDir = dirname(createRequire(callerUrl).resolve("tsx/package.json"));
  return pathToFileURL(join(tsxDir, "dist/esm/api/index.mjs")).href;
}

export function siblingWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (callerUrl.endsWith(".ts")) {
    const workerUrl = new URL(`./${name}.ts`, callerUrl).href;
    const boot = `import(${JSON.stringify(tsxApi(callerUrl))}).then((m) => m.register()).then(() => import(${JSON.stringify(workerUrl)}))`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL(`./${name}.js`, callerUrl), options);
}

type PoolOptions = NonNullable<ConstructorParameters<typeof Piscina>[0]>;

/** What a pool's worker receives as `workerData`: the caller's data, and under tsx what to load. */
interface PoolWorkerData {
  data: unknown;
  tsx?: string;
  module?: string;
}

/**
 * A piscina pool whose tasks run the default export of the sibling module `name`. Under tsx the
 * pool's file is `tsx-worker-boot.mjs` (next to this one), which registers tsx and re-exports that
 * module's default; piscina loads only files, not `eval` code or `data:` URLs. `data` reaches the
 * worker module through `poolData()`.
 */
export function siblingPool(
  callerUrl: string,
  name: string,
  options: Omit<PoolOptions, "filename" | "workerData"> & { data?: unknown } = {},
): Piscina {
  const { data, ...rest } = options;
  if (callerUrl.endsWith(".ts")) {
    const workerData: PoolWorkerData = {
      data,
      tsx: tsxApi(callerUrl),
      module: new URL(`./${name}.ts`, callerUrl).href,
    };
    const boot = fileURLToPath(new URL("./tsx-worker-boot.mjs", import.meta.url));
    return new Piscina({ ...rest, filename: boot, workerData });
  }
  const workerData: PoolWorkerData = { data };
  return new Piscina({ ...rest, filename: fileURLToPath(new URL(`./${name}.js`, callerUrl)), workerData });
}

/** In a pool's worker module: the `data` its pool was started with. */
export function poolData<T>(): T {
  return (workerData as PoolWorkerData).data as T;
}
