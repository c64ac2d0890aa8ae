/**
 * The assessment thread: `POST /api/v1/assess` does its engine work (JSON parse, assessment,
 * `whatWouldChange`, JSON text) on one worker thread while the main thread keeps to HTTP, the
 * middleware and the store. On this 2-core machine that lets the server use the second core:
 * ADR 0010 has the measurements. The thread is a piscina pool of one (ADR 0034); each request is
 * one task, sent at once, and its answer comes back as soon as it is ready (ADR 0011).
 *
 * If the thread dies (a crash, or the memory limit), the requests it held fail with 500 and a new
 * thread takes the next ones.
 *
 * @example
 * ```ts
 * const thread = await AssessThread.start();
 * const app = createApp({ engine, store, apiKey, assessor: thread.assessor });
 * // … on shutdown, after the HTTP server has closed:
 * await thread.close();
 * ```
 */
import type { Piscina } from "piscina";
import type { Lang } from "../contract/assessment.js";
import { siblingPool } from "../runtime/sibling-worker.js";
import type { Assessor, AssessReply } from "./assess-reply.js";
import type { AssessJob, AssessJobReply } from "./assess-worker.js";
import { describeFailure } from "./log.js";

/** A failure on the assessment thread; its stack holds the thread's frames (no request data). */
export class AssessThreadError extends Error {
  override name = "AssessThreadError";
  constructor(what: string, detail = "") {
    super(what);
    if (detail) this.stack = `${this.name}: ${what}\n${detail}`;
  }
}

/**
 * The thread's young generation: its garbage is short-lived (one request's objects), and a small
 * nursery keeps the process's resident memory within the 250 MB (measured in ADR 0010).
 */
const YOUNG_GENERATION_MB = 8;
/** How long the thread may take to load the engine before the server gives up starting. */
const START_TIMEOUT_MS = 30_000;
/**
 * At most this many requests of one event-loop turn go to the thread as one task: the thread
 * answers a task when it has done it all, so a burst is cut into pieces whose answers come back
 * while the thread works on the next (ADR 0011's aim; a piece is a millisecond or two of work).
 */
const PIECE = 8;

/** A request waiting for its turn on the thread. */
type Waiting = { job: AssessJob; resolve: (r: AssessReply) => void; reject: (e: Error) => void };

export class AssessThread {
  private closed = false;
  private pending = 0;
  /** How many times a thread has been replaced after dying (for tests and the health of the process). */
  restarts = 0;

  private constructor(private readonly pool: Piscina) {
    // Piscina removes a dead thread (failing the requests it held) and starts a new one.
    pool.on("workerDestroy", () => {
      if (!this.closed) this.restarts++;
    });
    // A thread that fails while holding no request: nothing to answer; the next thread takes over.
    pool.on("error", () => {});
  }

  /** Starts the thread and waits until it has loaded the engine. */
  static async start(): Promise<AssessThread> {
    const pool = siblingPool(import.meta.url, "assess-worker", {
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      // Every request goes to the thread as it arrives; the thread answers them in turn.
      concurrentTasksPerWorker: Number.POSITIVE_INFINITY,
      // Each request a message event of its own on the thread, so each answer leaves when ready.
      // With atomics the thread takes every request waiting in one go and, since piscina's task
      // loop awaits between running and sending, sends all their answers at the end (ADR 0011).
      atomics: "disabled",
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      recordTiming: false,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      // An empty body: answered once the thread has loaded the engine.
      const first = pool.run([{ text: "", lang: "en", now: 0 } satisfies AssessJob]);
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new AssessThreadError("the assessment thread did not start in time")),
          START_TIMEOUT_MS,
        );
      });
      await Promise.race([first, late]);
    } catch (error) {
      await pool.destroy();
      throw error instanceof AssessThreadError
        ? error
        : new AssessThreadError("the assessment thread did not start", describeFailure(error));
    } finally {
      clearTimeout(timer);
    }
    return new AssessThread(pool);
  }

  private queue: Waiting[] = [];
  private flushing = false;

  private flush = (): void => {
    this.flushing = false;
    const queue = this.queue;
    this.queue = [];
    for (let i = 0; i < queue.length; i += PIECE) this.send(queue.slice(i, i + PIECE));
  };

  private send(batch: Waiting[]): void {
    this.pool.run(batch.map((b) => b.job)).then(
      (replies: AssessJobReply[]) => {
        replies.forEach((reply, n) => {
          const b = batch[n]!;
          this.pending--;
          if (reply.kind === "fault") b.reject(new AssessThreadError("an assessment failed", reply.detail));
          else b.resolve(reply);
        });
      },
      (error: unknown) => {
        for (const b of batch) {
          this.pending--;
          b.reject(new AssessThreadError("the assessment thread stopped", describeFailure(error)));
        }
      },
    );
  }

  /** Assesses one request body on the thread; same result as `assessReply` on this thread. */
  readonly assessor: Assessor = (text: string, lang: Lang, now: Date) => {
    if (this.closed) return Promise.reject(new AssessThreadError("the assessment thread is closed"));
    this.pending++;
    const reply = new Promise<AssessReply>((resolve, reject) =>
      this.queue.push({ job: { text, lang, now: now.getTime() }, resolve, reject }),
    );
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(this.flush);
    }
    return reply;
  };

  /** Requests still waiting for the thread. */
  get inFlight(): number {
    return this.pending;
  }

  /**
   * Stops the thread once the requests it holds are answered (at most `graceMs`; any still waiting
   * then fail). Call after the HTTP server has closed: a client that hung up leaves its request here.
   */
  async close(graceMs = 5_000): Promise<void> {
    const deadline = Date.now() + graceMs;
    while (this.pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    this.closed = true;
    await this.pool.destroy();
  }

  /** For tests: ends the current thread as a crash would. */
  async crashForTest(): Promise<void> {
    await this.pool.threads[0]?.terminate();
  }
}
