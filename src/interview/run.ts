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
import type { Field, Profile } from "../contract/profile.js";
import { nextQuestion, type PlanOptions, type Step } from "./plan.js";
import { answer, back, dontKnow, type InterviewState, skipOptional } from "./state.js";

export type AskStep = Extract<Step, { kind: "ask" }>;
export type DoneStep = Extract<Step, { kind: "done" }>;

export type Reply =
  | { kind: "answer"; value: unknown }
  | { kind: "dont-know" }
  | { kind: "back" }
  | { kind: "skip-optional" }
  | { kind: "cancel" };

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
  | { kind: "done"; state: InterviewState; step: DoneStep; asked: Field[] }
  | { kind: "cancelled"; state: InterviewState; asked: Field[] };

/** Runs the interview to its end (or until the traveller cancels). */
export async function runInterview(
  initial: InterviewState,
  asker: Asker,
  options: PlanOptions & { onAsk?: (step: AskStep) => void; maxSteps?: number },
): Promise<Outcome> {
  let state = initial;
  const asked: Field[] = [];
  let previous: AskContext["previous"];
  let previousField: Field | undefined;
  const limit = options.maxSteps ?? 500;
  for (let i = 0; i < limit; i++) {
    const step = nextQuestion(state, options);
    if (step.kind === "done") return { kind: "done", state, step, asked };
    asked.push(step.field);
    options.onAsk?.(step);
    const context: AskContext = {
      canGoBack: state.history.length > 0,
      answered: state.history.length,
      answers: state.answers,
      ...(previous && previousField === step.field ? { previous } : {}),
    };
    previous = undefined;
    const reply = await asker.ask(step, context);
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
        return { kind: "cancelled", state, asked };
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
