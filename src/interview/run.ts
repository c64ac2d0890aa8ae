/**
 * The interview loop, shared by every surface: ask the planner for the next step, hand the question
 * to an `Asker` (a terminal prompt, a line reader, a saved profile, a web form), apply the reply,
 * repeat. The loop itself does no I/O.
 *
 * @example
 * ```ts
 * const outcome = await runInterview(startState({ arrival: "2025-09-15" }), profileAsker(profile), { lang: "en", engine });
 * if (outcome.kind === "done") console.log(outcome.asked, outcome.step.assessment.poe);
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import type { Field, Profile } from "../contract/profile.js";
import { arrivalStep } from "./arrival.js";
import { nextQuestion, type PlanOptions, type Step, stopHere } from "./plan.js";
import { answer, back, dontKnow, type InterviewState, skipOptional, startState } from "./state.js";

export type AskStep = Extract<Step, { kind: "ask" }>;
export type DoneStep = Extract<Step, { kind: "done" }>;

export type Reply =
  | { kind: "answer"; value: unknown }
  | { kind: "dont-know" }
  | { kind: "back" }
  | { kind: "skip-optional" }
  | { kind: "cancel" }
  /** The answers ran out (the end of piped input): stop asking and assess what was answered. */
  | { kind: "end" }
  /** Ask the same question again in another language; the rest of the interview follows it. */
  | { kind: "language"; lang: Lang };

export interface AskContext {
  /** Whether there is an earlier answer to go back to. */
  canGoBack: boolean;
  /** The answer given before going back to this question, to offer as the default. */
  previous?: { value: unknown } | { unknown: true };
  /** How many questions have been answered so far. */
  answered: number;
  /** The answers so far. */
  answers: Readonly<Profile>;
}

export interface Asker {
  ask(step: AskStep, context: AskContext): Promise<Reply>;
}

export type Outcome =
  | {
      kind: "done";
      state: InterviewState;
      step: DoneStep;
      asked: Field[];
      /** The language at the end (the traveller may have switched). */
      lang: Lang;
      /** Whether the answers ran out before the last question. */
      ended: boolean;
    }
  | { kind: "cancelled"; state: InterviewState; asked: Field[]; lang: Lang };

export interface RunOptions extends PlanOptions {
  onAsk?: (step: AskStep) => void;
  maxSteps?: number;
  /**
   * Ask the arrival date first (the initial state has none): an empty answer is today in Eastern
   * Time. Going back from the first question asks it again.
   */
  askArrival?: boolean;
}

/** Runs the interview to its end (or until the traveller cancels). */
export async function runInterview(
  initial: InterviewState,
  asker: Asker,
  options: RunOptions,
): Promise<Outcome> {
  let state = initial;
  let lang = options.lang;
  const asked: Field[] = [];
  let previous: AskContext["previous"];
  let previousField: Field | undefined;
  let needArrival = options.askArrival === true && initial.answers.arrival === undefined;
  const limit = options.maxSteps ?? 500;
  for (let i = 0; i < limit; i++) {
    const plan = { ...options, lang };
    if (needArrival) {
      const step = arrivalStep(state, plan);
      const reply = await asker.ask(step, {
        canGoBack: false,
        answered: 0,
        answers: state.answers,
        ...(state.answers.arrival !== undefined ? { previous: { value: state.answers.arrival } } : {}),
      });
      if (reply.kind === "cancel") return { kind: "cancelled", state, asked, lang };
      if (reply.kind === "language") {
        lang = reply.lang;
        continue;
      }
      if (reply.kind === "end")
        return { kind: "done", state, step: stopHere(state, plan), asked, lang, ended: true };
      if (reply.kind === "back") continue;
      asked.push(step.field);
      options.onAsk?.(step);
      const arrival = reply.kind === "answer" ? reply.value : step.defaultAnswer?.value;
      state = startState({ ...initial.answers, arrival: arrival as string });
      needArrival = false;
      continue;
    }
    const step = nextQuestion(state, plan);
    if (step.kind === "done") return { kind: "done", state, step, asked, lang, ended: false };
    const arrivalFirst = options.askArrival === true && state.history.length === 0;
    const context: AskContext = {
      canGoBack: state.history.length > 0 || arrivalFirst,
      answered: state.history.length,
      answers: state.answers,
      ...(previous && previousField === step.field ? { previous } : {}),
    };
    previous = undefined;
    const reply = await asker.ask(step, context);
    // A question counts as asked once answered in some way: not when the answers ran out first, and
    // once only when it is asked again in the other language.
    if (reply.kind !== "end" && reply.kind !== "language") {
      asked.push(step.field);
      options.onAsk?.(step);
    }
    if (reply.kind === "back" && state.history.length === 0 && arrivalFirst) {
      needArrival = true;
      continue;
    }
    switch (reply.kind) {
      case "answer":
        state = answer(state, step.field, reply.value as Profile[Field]);
        break;
      case "dont-know":
        state = dontKnow(state, step.field);
        break;
      case "skip-optional":
        state = step.optional ? skipOptional(state) : dontKnow(state, step.field);
        break;
      case "back": {
        const undone = back(state);
        state = undone.state;
        if (undone.field !== undefined) {
          previousField = undone.field;
          previous = undone.wasUnknown ? { unknown: true } : { value: undone.previous };
        }
        break;
      }
      case "cancel":
        return { kind: "cancelled", state, asked, lang };
      case "end":
        return { kind: "done", state, step: stopHere(state, plan), asked, lang, ended: true };
      case "language":
        // The same question again, in the other language: nothing answered.
        lang = reply.lang;
        if (context.previous) {
          previous = context.previous;
          previousField = step.field;
        }
        break;
    }
  }
  throw new Error(`interview: no end after ${limit} steps`);
}

/**
 * Answers from a saved profile: a field in the profile is answered with its value, any other is
 * "I don't know". This is what `--answers FILE` uses.
 */
export function profileAsker(profile: Profile): Asker {
  return {
    async ask(step) {
      return step.field in profile && profile[step.field] !== undefined
        ? { kind: "answer", value: profile[step.field] }
        : { kind: "dont-know" };
    },
  };
}
