/**
 * `npm start`: the HTTP API and the web page on one port.
 *
 * Environment: `PORT` (default 8080; 0 picks a free port), `HOST` (default 127.0.0.1),
 * `POE_PERMIT_DATA_DIR` (default ./.data), `DATABASE_URL` (use PostgreSQL instead of the embedded
 * store), `POE_PERMIT_API_KEY` (else generated once and kept in the data folder),
 * `POE_PERMIT_CORS_ORIGINS` (comma-separated origins such as https://app.example.org; CORS is off
 * without it), `POE_PERMIT_LOG=off`, `POE_PERMIT_ASSESS_THREAD=off` (assess on the main thread
 * instead of the assessment thread, assess-thread.ts), `POE_PERMIT_MAX_CONNECTIONS` (default
 * 1024, limits.ts), `POE_PERMIT_DURABILITY=relaxed` (the embedded
 * store's commits are then not fsynced: faster, but a power cut can lose the last ones).
 * Exit codes: 0 after a clean stop, 75 when another process holds the data folder, 1 otherwise.
 *
 * @example
 * ```sh
 * npm run build && PORT=3000 npm start
 * ```
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { serve } from "@hono/node-server";
import { realEngine } from "../engine/engine.js";
import { parseDurability } from "../store/durable-fs.js";
import { DataFolderLockedError, LOCKED_EXIT_CODE } from "../store/lock.js";
import { openStore } from "../store/open.js";
import { packageRoot } from "../store/package-root.js";
import { resolveApiKey } from "./api-key.js";
import { createApp } from "./app.js";
import { AssessThread } from "./assess-thread.js";
import { parseCorsOrigins } from "./cors.js";
import { KeyBook } from "./keys.js";
import { applyLimits, limitServerOptions, parseMaxConnections } from "./limits.js";
import { batchedLines } from "./log.js";

/** How long in-flight requests get to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT === undefined || env.PORT === "" ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0..65535, not ${env.PORT}`);
  const host = env.HOST || "127.0.0.1";
  const dataDir = resolve(env.POE_PERMIT_DATA_DIR || ".data");
  const databaseUrl = env.DATABASE_URL || undefined;

  const corsOrigins = parseCorsOrigins(env.POE_PERMIT_CORS_ORIGINS);
  const apiKey = await resolveApiKey(env.POE_PERMIT_API_KEY, dataDir);
  const durability = parseDurability(env.POE_PERMIT_DURABILITY);
  const store = await openStore({ databaseUrl, dataDir, durability });
  const thread = env.POE_PERMIT_ASSESS_THREAD === "off" ? undefined : await AssessThread.start();
  const logOff = env.POE_PERMIT_LOG === "off";
  const requestLines = batchedLines(process.stdout);
  process.on("exit", () => requestLines.flush());
  const app = createApp({
    engine: realEngine,
    store,
    apiKey: apiKey.key,
    keys: new KeyBook(dataDir, apiKey.key),
    webRoot: join(packageRoot(), "dist", "web"),
    corsOrigins,
    ...(thread ? { assessor: thread.assessor } : {}),
    ...(logOff ? {} : { log: (line) => requestLines.write(JSON.stringify(line)) }),
  });

  const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions: limitServerOptions });
  applyLimits(server as Server, { maxConnections: parseMaxConnections(env.POE_PERMIT_MAX_CONNECTIONS) });
  await new Promise<void>((ok, fail) => {
    server.once("listening", ok);
    server.once("error", fail);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const where =
    store.engine === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded, in ${join(dataDir, "pglite")}`;
  process.stdout.write(
    `poe-permit listening on http://${shownHost}:${address.port} (port ${address.port})\n`,
  );
  process.stdout.write(`store: ${where}\n`);
  if (store.engine === "pglite")
    process.stdout.write(
      `durability: ${durability} (${durability === "durable" ? "each commit is fsynced to disk" : "commits survive a killed process, not a power cut"}; POE_PERMIT_DURABILITY)\n`,
    );
  process.stdout.write(`CORS: ${corsOrigins.length ? `on for ${corsOrigins.join(", ")}` : "off"}\n`);
  process.stdout.write(
    `assessments: ${thread ? "on their own thread (POE_PERMIT_ASSESS_THREAD=off to keep them on this one)" : "on the main thread"}\n`,
  );
  // glibc reads it only at process start, so only a launcher can set it (bin/start-tuned.mjs, ADR 0027).
  if (!env.GLIBC_TUNABLES?.includes("glibc.malloc.mmap_threshold")) {
    process.stdout.write(
      "memory: GLIBC_TUNABLES has no malloc mmap_threshold; `npm run start:tuned` sets one (bin/start-tuned.mjs)\n",
    );
  }
  if (apiKey.source === "generated") {
    process.stdout.write(
      `API key generated and saved to ${apiKey.file} (shown only this once; set POE_PERMIT_API_KEY to choose your own):\n  ${apiKey.key}\n`,
    );
  } else {
    process.stdout.write(
      `API key: from ${apiKey.source === "environment" ? "POE_PERMIT_API_KEY" : apiKey.file}\n`,
    );
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    requestLines.flush();
    process.stdout.write(`${signal}: finishing in-flight requests, then closing the store\n`);
    const force = setTimeout(() => {
      process.stderr.write("shutdown: requests still running after the grace period; exiting\n");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // close() stops accepting connections, closes idle keep-alive ones and waits for the rest.
    server.close(async () => {
      await thread?.close();
      await store.close();
      process.stdout.write("stopped\n");
      process.exit(0);
    });
    // A connection whose request finishes after close() would otherwise linger in keep-alive until
    // its timeout: close such connections as soon as they fall idle.
    if ("closeIdleConnections" in server) {
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 50).unref();
    }
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error) => {
  process.stderr.write(
    `poe-permit server: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(error instanceof DataFolderLockedError ? LOCKED_EXIT_CODE : 1);
});
