/**
 * The embedded store seen from the main thread: the same `AssessmentStore`, each call sent to the
 * store's own thread (pglite-worker.ts), so the database's work never holds the HTTP event loop.
 * Errors come back as the store's own classes (InvalidCursorError, UnknownRecordError) or as an
 * Error with the thread's name and stack.
 *
 * @example
 * ```ts
 * const store = await StoreThread.start({ dir, durability: "durable", conf: PGLITE_CONF });
 * await store.save(record);
 * await store.close();
 * ```
 */
import type { Worker } from "node:worker_threads";
import { siblingWorker } from "../runtime/sibling-worker.js";
import { exportInBatches, type RecordPosition } from "./drizzle-store.js";
import type { StoreAnswer, StoreCall, StoreThreadSetup } from "./pglite-worker.js";
import {
  type AccessEntry,
  type AccessLogLine,
  type AssessmentStore,
  InvalidCursorError,
  type ListQuery,
  type NewSavedAssessment,
  type Page,
  type SavedAssessment,
  UnknownRecordError,
} from "./types.js";

/** An error raised on the store's thread, with its name and stack. */
export class StoreThreadError extends Error {
  constructor(name: string, message: string, stack?: string) {
    super(message);
    this.name = name;
    if (stack) this.stack = stack;
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class StoreThread implements AssessmentStore {
  readonly engine = "pglite" as const;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private dead: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (answer: StoreAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.value);
      else waiting.reject(rebuild(answer.error));
    });
    const fail = (error: Error) => {
      this.dead = error;
      for (const w of this.pending.values()) w.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) =>
      fail(new StoreThreadError("StoreThreadError", `store thread exited (${code})`)),
    );
  }

  /** Starts the thread and waits until the database is open and migrated. */
  static async start(setup: StoreThreadSetup): Promise<StoreThread> {
    const worker = siblingWorker(import.meta.url, "pglite-worker", { workerData: setup });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: true; failed?: string }) => {
        if (m.ready) done();
        else if (m.failed !== undefined) done(new Error(m.failed));
      };
      const onError = (e: Error) => done(e);
      const onExit = (code: number) =>
        done(new Error(`the store thread exited with code ${code} while opening`));
      const done = (error?: Error) => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (error) {
          void worker.terminate();
          reject(error);
        } else resolve();
      };
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    });
    return new StoreThread(worker);
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } satisfies StoreCall);
    });
  }

  save(
    record: NewSavedAssessment,
    now?: Date,
    access?: Omit<AccessEntry, "tenant" | "recordId">,
  ): Promise<SavedAssessment> {
    return this.call("save", record, now, access);
  }
  get(id: string, tenant?: string): Promise<SavedAssessment | undefined> {
    return this.call("get", id, tenant);
  }
  list(query: ListQuery): Promise<Page> {
    return this.call("list", query);
  }
  delete(id: string, tenant?: string): Promise<boolean> {
    return this.call("delete", id, tenant);
  }
  logAccess(entry: AccessEntry, at?: Date): Promise<void> {
    return this.call("logAccess", entry, at);
  }
  accessLog(tenant: string, options: { after?: number; limit: number }): Promise<AccessLogLine[]> {
    return this.call("accessLog", tenant, options);
  }
  erasuresPending(): Promise<number> {
    return this.call("erasuresPending");
  }
  erasuresSettled(): Promise<void> {
    return this.call("erasuresSettled");
  }
  exportAll(tenant?: string): AsyncIterable<SavedAssessment> {
    return exportInBatches((after: RecordPosition | undefined) =>
      this.call("exportBatch", after, undefined, tenant),
    );
  }
  ping(): Promise<void> {
    return this.call("ping");
  }
  async close(): Promise<void> {
    if (this.dead) return;
    await this.call("close");
    await this.worker.terminate();
  }
}

function rebuild(e: { name: string; message: string; stack?: string; recordId?: string }): Error {
  if (e.name === "InvalidCursorError") return new InvalidCursorError();
  if (e.name === "UnknownRecordError" && e.recordId) return new UnknownRecordError(e.recordId);
  return new StoreThreadError(e.name, e.message, e.stack);
}
