/**
 * Entry of the assessment thread (assess-thread.ts): answers batches of assess requests with
 * `assessReply` and the real engine, exactly as the main thread would.
 */
import { parentPort } from "node:worker_threads";
import type { Lang } from "../contract/assessment.js";
import { assess } from "../engine/index.js";
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

/** Only `assess`: the thread needs none of the rule listings, schemas or reference views. */
const engine = { assess };

parentPort!.on("message", (jobs: AssessJob[]) => {
  const replies: AssessJobReply[] = [];
  for (const job of jobs) {
    try {
      replies.push({ id: job.id, ...assessReply(job.text, job.lang, new Date(job.now), engine) });
    } catch (error) {
      // The main thread answers 500 for this request only. Names and stack frames only: an error's
      // message can quote the profile (log.ts).
      replies.push({ id: job.id, kind: "fault", detail: describeFailure(error) });
    }
  }
  parentPort!.postMessage(replies);
});
parentPort!.postMessage({ ready: true });
