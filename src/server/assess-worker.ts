/**
 * Entry of the assessment thread (assess-thread.ts): answers batches of assess requests with
 * `assessReply` and the real engine, exactly as the main thread would, sending the answers back
 * in pieces as they are ready.
 */
import { parentPort } from "node:worker_threads";
import type { Lang } from "../contract/assessment.js";
import { realEngine as engine } from "../engine/engine.js";
import { type AssessReply, assessReply } from "./assess-reply.js";
import { describeFailure } from "./log.js";

/** One request: its id on the main thread, the body text, the language and "now" (epoch ms). */
export interface AssessJob {
  id: number;
  text: string;
  lang: Lang;
  now: number;
}

export type AssessJobReply = { id: number } & (AssessReply | { kind: "fault"; detail: string });

/**
 * A batch's answers go back as they are ready, about every millisecond, not all at its end: the
 * main thread writes them and takes new requests while this thread works on the rest. Holding a
 * whole batch left both threads and the load generator waiting on each other (ADR 0011).
 */
const SEND_EVERY_MS = 1;

parentPort!.on("message", (jobs: AssessJob[]) => {
  let replies: AssessJobReply[] = [];
  let since = performance.now();
  for (const job of jobs) {
    try {
      replies.push({ id: job.id, ...assessReply(job.text, job.lang, new Date(job.now), engine) });
    } catch (error) {
      // The main thread answers 500 for this request only. Names and stack frames only: an error's
      // message can quote the profile (log.ts).
      replies.push({ id: job.id, kind: "fault", detail: describeFailure(error) });
    }
    const t = performance.now();
    if (t - since >= SEND_EVERY_MS) {
      parentPort!.postMessage(replies);
      replies = [];
      since = t;
    }
  }
  if (replies.length > 0) parentPort!.postMessage(replies);
});
parentPort!.postMessage({ ready: true });
