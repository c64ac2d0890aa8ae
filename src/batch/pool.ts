/**
 * A small pool of worker threads that screen batches. `submit` returns a promise per batch; the
 * caller awaits them in submission order, which is how the output keeps the input's order however
 * the workers finish.
 *
 * @example
 * ```ts
 * const pool = await WorkerPool.start(2, { settings, assessModule });
 * const pending = [pool.submit(rowsA), pool.submit(rowsB)];
 * for (const p of pending) write((await p).text); // A then B, always
 * await pool.close();
 * ```
 */
import type { Worker } from "node:worker_threads";
import { siblingWorker } from "../runtime/sibling-worker.js";
import type { RawRow, Tallies } from "./screen.js";
import type { WorkerJob, WorkerSetup } from "./worker.js";

export interface BatchResult {
  text: string;
  tallies: Tallies;
}

type Reply =
  | { seq: number; text: string; tallies: Tallies }
  | { seq: number; fault: string }
  | { ready: true };

/**
 * A bounded young generation per worker: each row's garbage is short-lived, and V8's default lets
 * every thread's nursery grow far before collecting, which breaks the batch's memory budget with
 * two workers. 16 MB keeps collections few while leaving headroom under the budget (ADR 0025;
 * the runs are in bench/RESULTS.md).
 */
const LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Starts a worker on the sibling `worker` module (`.ts` under tsx and vitest, `.js` once built). */
function spawn(setup: WorkerSetup): Worker {
  return siblingWorker(import.meta.url, "worker", { workerData: setup, resourceLimits: LIMITS });
}

/** The default engine module for workers: the real engine, next to this folder. */
export function defaultAssessModule(): string {
  const here = import.meta.url;
  return new URL(`../engine/index.${here.endsWith(".ts") ? "ts" : "js"}`, here).href;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: WorkerJob[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: BatchResult) => void; reject: (e: Error) => void }
  >();
  private seq = 0;
  private failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {}

  /** Starts `size` workers and waits until each has loaded the engine. */
  static async start(size: number, setup: WorkerSetup): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => spawn(setup));
    const pool = new WorkerPool(workers);
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const onMessage = (m: Reply) => {
                if ("ready" in m) {
                  w.off("error", reject);
                  w.off("message", onMessage);
                  resolve();
                }
              };
              w.on("message", onMessage);
              w.once("error", reject);
              w.once("exit", (code) => reject(new Error(`worker exited with code ${code} while starting`)));
            }),
        ),
      );
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    for (const w of workers) pool.attach(w);
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  private attach(w: Worker): void {
    w.removeAllListeners("exit");
    w.on("message", (m: Reply) => {
      if ("ready" in m) return;
      const p = this.waiting.get(m.seq);
      this.waiting.delete(m.seq);
      if ("fault" in m) p?.reject(new Error(`a worker failed: ${m.fault}`));
      else p?.resolve({ text: m.text, tallies: m.tallies });
      this.dispatch(w);
    });
    w.on("error", (e) => this.fail(e));
    w.on("exit", (code) => {
      if (code !== 0) this.fail(new Error(`a worker exited with code ${code}`));
    });
    this.idle.push(w);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  private dispatch(w: Worker): void {
    const job = this.queue.shift();
    if (job) w.postMessage(job);
    else this.idle.push(w);
  }

  /** Queues a batch; the promise settles with its output when a worker has screened it. */
  submit(rows: RawRow[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    const result = new Promise<BatchResult>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    const w = this.idle.pop();
    if (w) w.postMessage({ seq, rows } satisfies WorkerJob);
    else this.queue.push({ seq, rows });
    return result;
  }

  async close(): Promise<void> {
    for (const w of this.workers) w.removeAllListeners("exit");
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
