#!/usr/bin/env node
/**
 * `npm run start:tuned`: the server (dist/server/main.js) with the glibc and V8 settings that were
 * measured to help under load (ADR 0027; figures in bench/RESULTS.md). `npm start` runs
 * the server without them. `bench:api` imports the settings from here, so the benchmark measures
 * the server as this launcher runs it.
 *
 * - `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=32768`: large buffers go straight to mmap and back
 *   to the system when freed, instead of staying in the malloc heap (lower resident memory).
 * - `--max-semi-space-size=8`: a larger young generation, so fewer scavenges per request.
 * - `--heap-growing-percent=15`: the old generation grows in smaller steps (lower peaks).
 * - `--single-threaded-gc`: garbage collection on the main thread only; on a small machine the
 *   helper threads competed with the server's own threads.
 *
 * @example
 * ```sh
 * npm run build && PORT=3000 npm run start:tuned
 * ```
 */
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The environment variables the tuned server runs with. */
export const TUNED_ENV = { GLIBC_TUNABLES: "glibc.malloc.mmap_threshold=32768" };

/** The Node options the tuned server runs with. */
export const TUNED_NODE_ARGS = ["--max-semi-space-size=8", "--heap-growing-percent=15", "--single-threaded-gc"];

/** The server's entry point. */
export const SERVER_ENTRY = fileURLToPath(new URL("../dist/server/main.js", import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const child = spawn(process.execPath, [...TUNED_NODE_ARGS, SERVER_ENTRY, ...process.argv.slice(2)], {
    env: { ...process.env, ...TUNED_ENV },
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
