/**
 * The assessment thread: `POST /api/v1/assess` does its engine work (JSON parse, assessment,
 * `whatWouldChange`, JSON text) on one worker thread while the main thread keeps to HTTP, the
 * middleware and the store. On this 2-core machine that lets the server use the second core:
 * ADR 0010 has the measurements. Requests that arrive in the same event-loop turn travel together
 * in one message; their answers come back in pieces, about one each millisecond of work (ADR 0011).
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
import type { Worker } from "node:worker_threads";
import type { Lang } from "../contract/assessment.js";
import { siblingWorker } from "../runtime/sibling-worker.js";
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

type Pending = { resolve: (r: AssessReply) => void; reject: (e: Error) => void };

export class AssessThread {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private queue: AssessJob[] = [];
  private flushing = false;
  private nextId = 0;
  private closed = false;
  /** A replacement thread being started; requests wait in `queue` meanwhile. */
  private starting: Promise<void> | undefined;
  /** Why no replacement could start: every later request fails with it. */
  private broken: Error | undefined;
  /** How many times a thread has been replaced after dying (for tests and the health of the process). */
  restarts = 0;

  private constructor(worker: Worker) {
    this.worker = worker;
    this.attach(worker);
  }

  /** Starts the thread and waits until it has loaded the engine. */
  static async start(): Promise<AssessThread> {
    return new AssessThread(await AssessThread.spawn());
  }

  private static async spawn(): Promise<Worker> {
    const worker = siblingWorker(import.meta.url, "assess-worker", {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let settle: (error?: Error) => void = () => {};
    const onReady = () => settle();
    const onError = (e: Error) => settle(e);
    const onExit = (code: number) =>
      settle(new AssessThreadError(`the assessment thread exited with code ${code} while starting`));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new AssessThreadError("the assessment thread did not start in time")),
          START_TIMEOUT_MS,
        );
        settle = (error) => {
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        worker.once("message", onReady).once("error", onError).once("exit", onExit);
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    } finally {
      // Only these: the worker's own listeners (which start and stop its message port) must stay.
      worker.off("message", onReady).off("error", onError).off("exit", onExit);
    }
    return worker;
  }

  private attach(worker: Worker): void {
    worker.on("message", (replies: AssessJobReply[]) => {
      for (const reply of replies) {
        const p = this.pending.get(reply.id);
        if (!p) continue;
        this.pending.delete(reply.id);
        const { id: _id, ...answer } = reply;
        if (answer.kind === "fault") p.reject(new AssessThreadError("an assessment failed", answer.detail));
        else p.resolve(answer);
      }
    });
    worker.on("error", (e) => this.lost(worker, e));
    worker.on("exit", (code) =>
      this.lost(worker, new AssessThreadError(`the assessment thread exited with code ${code}`)),
    );
    // The HTTP server keeps the process alive; this thread alone should not.
    worker.unref();
  }

  /** The thread died: its requests fail, and a new thread takes over (unless closing). */
  private lost(worker: Worker, error: Error): void {
    if (worker !== this.worker) return; // already replaced ("error" is followed by "exit")
    const failed = new AssessThreadError("the assessment thread stopped", describeFailure(error));
    for (const p of this.pending.values()) p.reject(failed);
    this.pending.clear();
    this.queue = [];
    if (this.closed) return;
    this.restarts++;
    const replacement = AssessThread.spawn();
    // Until the replacement is ready, new requests queue in its place (see `assessor`).
    this.starting = replacement.then(
      (w) => {
        this.worker = w;
        this.attach(w);
        this.starting = undefined;
        this.flush();
      },
      (e: Error) => {
        this.starting = undefined;
        this.broken = e;
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
        this.queue = [];
      },
    );
  }

  private flush = (): void => {
    this.flushing = false;
    if (this.starting || this.queue.length === 0) return;
    const jobs = this.queue;
    this.queue = [];
    this.worker.postMessage(jobs);
  };

  /** Assesses one request body on the thread; same result as `assessReply` on this thread. */
  readonly assessor: Assessor = (text: string, lang: Lang, now: Date) => {
    if (this.closed) return Promise.reject(new AssessThreadError("the assessment thread is closed"));
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const reply = new Promise<AssessReply>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, text, lang, now: now.getTime() });
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(this.flush); // after this turn's other requests have joined the batch
    }
    return reply;
  };

  /** Requests still waiting for the thread. */
  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Stops the thread once the requests it holds are answered (at most `graceMs`; any still waiting
   * then fail). Call after the HTTP server has closed: a client that hung up leaves its request here.
   */
  async close(graceMs = 5_000): Promise<void> {
    const deadline = Date.now() + graceMs;
    while (this.pending.size > 0 && !this.broken && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    this.closed = true;
    await this.starting;
    await this.worker.terminate();
  }

  /** For tests: ends the current thread as a crash would. */
  async crashForTest(): Promise<void> {
    await this.worker.terminate();
  }
}
