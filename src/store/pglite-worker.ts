/**
 * Entry of the embedded store's thread (pglite-thread.ts): PGlite runs here, so its queries (a
 * delete's table rewrite above all) never hold the main thread's event loop, where the HTTP
 * requests are served. Answers `{ id, method, args }` messages with the DrizzleStore's results.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { DrizzleStore } from "./drizzle-store.js";
import { type Durability, pgliteOptions } from "./durable-fs.js";
import { migrationsFolder } from "./package-root.js";
import { RecordKeys, sealedMark } from "./record-keys.js";

export interface StoreThreadSetup {
  dir: string;
  /** The record-keys folder (record-keys.ts, docs/adr/0036). */
  keysDir: string;
  durability: Durability;
  conf: string[];
}

export interface StoreCall {
  id: number;
  method: string;
  args: unknown[];
}

export type StoreAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string; recordId?: string } };

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs as a worker thread");
const setup = workerData as StoreThreadSetup;

async function open(): Promise<DrizzleStore> {
  const client = await PGlite.create(pgliteOptions(setup.dir, setup.durability, setup.conf));
  try {
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    const keys = new RecordKeys(setup.keysDir, setup.durability);
    const sealing = { keys, lookupKey: await keys.lookupKey() };
    const store = new DrizzleStore(db, "pglite", () => client.close(), { scrubWal: true, sealing });
    await store.warmUp();
    await store.sealClearRows(sealedMark(setup.keysDir, setup.durability));
    await store.resumeErasures();
    return store;
  } catch (error) {
    await client.close();
    throw error;
  }
}

open().then(
  (store) => {
    const methods = store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    port.on("message", async ({ id, method, args }: StoreCall) => {
      try {
        const fn = methods[method];
        if (typeof fn !== "function" || method === "constructor")
          throw new Error(`no store method ${method}`);
        const value = await fn.apply(store, args);
        port.postMessage({ id, ok: true, value } satisfies StoreAnswer);
        if (method === "close") port.close();
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        port.postMessage({
          id,
          ok: false,
          error: {
            name: error.name,
            message: error.message,
            ...(error.stack ? { stack: error.stack } : {}),
            ...("id" in error && typeof error.id === "string" ? { recordId: error.id } : {}),
          },
        } satisfies StoreAnswer);
      }
    });
    port.postMessage({ ready: true });
  },
  (error: unknown) => {
    port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
  },
);
