/**
 * The worker threads that screen batches: a piscina pool (ADR 0034) of `size` threads running
 * worker.ts. `submit` returns a promise per batch; the caller awaits them in submission order,
 * which is how the output keeps the input's order however the workers finish, and caps how many
 * are in flight, which keeps memory flat (run.ts).
 *
 * @example
 * ```ts
 * const pool = await WorkerPool.start(2, { settings, assessModule });
 * const pending = [pool.submit(rowsA), pool.submit(rowsB)];
 * for (const p of pending) write((await p).text); // A then B, always
 * await pool.close();
 * ```
 */
import type { Piscina } from "piscina";
import { siblingPool } from "../runtime/sibling-worker.js";
import type { RawRow, Tallies } from "./screen.js";
import type { WorkerReply, WorkerSetup } from "./worker.js";

export interface BatchResult {
  text: string;
  tallies: Tallies;
}

/**
 * A bounded young generation per worker: each row's garbage is short-lived, and V8's default lets
 * every thread's nursery grow far before collecting, which breaks the batch's memory budget with
 * two workers. 16 MB keeps collections few while leaving headroom under the budget (ADR 0025;
 * the runs are in bench/RESULTS.md).
 */
const LIMITS = { maxYoungGenerationSizeMb: 16 };

/** The default engine module for workers: the real engine, next to this folder. */
export function defaultAssessModule(): string {
  const here = import.meta.url;
  return new URL(`../engine/index.${here.endsWith(".ts") ? "ts" : "js"}`, here).href;
}

/** A thread that died: piscina says "worker exited with code: N"; the batch has said this. */
function threadError(e: unknown): Error {
  const exited = /^worker exited with code: (-?\d+)$/.exec((e as Error)?.message ?? "");
  if (exited) return new Error(`a worker exited with code ${exited[1]}`);
  return e instanceof Error ? e : new Error(String(e));
}

export class WorkerPool {
  /** The first failure: later batches are refused with it. */
  private failure: Error | undefined;

  private constructor(
    private readonly pool: Piscina,
    readonly size: number,
  ) {
    // A thread that fails while holding no batch is reported here, not thrown.
    pool.on("error", (e: Error) => {
      this.failure ??= threadError(e);
    });
  }

  /** Starts `size` workers and waits until each has loaded the engine. */
  static async start(size: number, setup: WorkerSetup): Promise<WorkerPool> {
    const pool = siblingPool(import.meta.url, "worker", {
      data: setup,
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      // One batch per thread at a time; the rest wait in the pool's queue (at most run.ts's cap).
      concurrentTasksPerWorker: 1,
      // Plain messages: with piscina's default ("sync") an idle thread blocks in Atomics.wait and
      // runs its tasks without returning to its event loop, and the batch cost more CPU.
      atomics: "disabled",
      resourceLimits: LIMITS,
      recordTiming: false,
    });
    const workers = new WorkerPool(pool, size);
    try {
      // An empty batch per thread: each answers once its module (and the engine) has loaded.
      await Promise.all(Array.from({ length: size }, () => workers.submit([])));
    } catch (e) {
      await pool.destroy();
      throw e;
    }
    return workers;
  }

  /** Queues a batch; the promise settles with its output when a worker has screened it. */
  submit(rows: RawRow[]): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    return this.pool.run(rows).then(
      (reply: WorkerReply) => {
        if ("fault" in reply) throw new Error(`a worker failed: ${reply.fault}`);
        return reply;
      },
      (e: unknown) => {
        const error = threadError(e);
        this.failure ??= error;
        throw error;
      },
    );
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
