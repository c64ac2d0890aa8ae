/**
 * The assessment thread's task (assess-thread.ts runs it on a one-thread piscina pool): answers
 * one assess request with `assessReply` and the real engine, exactly as the main thread would.
 * Each request is its own task and its answer goes back as soon as it is ready (ADR 0011, 0034).
 */
import type { Lang } from "../contract/assessment.js";
import { realEngine as engine } from "../engine/engine.js";
import { type AssessReply, assessReply } from "./assess-reply.js";
import { describeFailure } from "./log.js";

/** One request: the body text, the language and "now" (epoch ms). */
export interface AssessJob {
  text: string;
  lang: Lang;
  now: number;
}

export type AssessJobReply = AssessReply | { kind: "fault"; detail: string };

function assessJob(job: AssessJob): AssessJobReply {
  try {
    return assessReply(job.text, job.lang, new Date(job.now), engine);
  } catch (error) {
    // The main thread answers 500 for this request only. Names and stack frames only: an error's
    // message can quote the profile (log.ts).
    return { kind: "fault", detail: describeFailure(error) };
  }
}

export default function assessJobs(jobs: AssessJob[]): AssessJobReply[] {
  return jobs.map(assessJob);
}
