/**
 * The arrival step, asked first by `runInterview` when the arrival was not given. It lives apart
 * from the planner so that the web page, which uses the planner, does not load the interview's
 * terminal messages.
 */
import { easternToday } from "../rulebook/time.js";
import { messages } from "./messages.js";
import { answerProblem, assessAnswers, type PlanOptions, type Step } from "./plan.js";
import { QUESTIONS } from "./questions.js";
import type { InterviewState } from "./state.js";
import { whyWeAsk } from "./why.js";

/**
 * The arrival date, asked first when it was not given: an empty answer (or "I don't know") is today
 * in Eastern Time, and the step says so.
 */
export function arrivalStep(state: InterviewState, options: PlanOptions): Extract<Step, { kind: "ask" }> {
  const assessment = assessAnswers(state.answers, options);
  const today = easternToday(options.now);
  const m = messages(options.lang);
  return {
    kind: "ask",
    field: "arrival",
    question: QUESTIONS.arrival,
    optional: false,
    why: whyWeAsk("arrival", state, assessment, options),
    assessment,
    defaultAnswer: { value: today, note: `${m.todayDefault}${m.colon}${today}` },
    check: (value) => answerProblem(state.answers, "arrival", value, options),
  };
}
