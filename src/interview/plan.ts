/**
 * The planner: given the answers so far, which question comes next? Only a field the engine lists in
 * `missing` (it could still change `poe` or `route`) is asked; once none is left, the fields in
 * `refine` (documents and advice only) follow, and the traveller may skip them. Among the candidates
 * the author-declared order (`ASK_ORDER`) decides, so the flow is stable. Two other strategies can be
 * chosen: `engine` (the engine's "most decisive first" order) and `lookahead` (fewest open questions
 * expected after the answer, over representative answers, ties by the declared order); on the public
 * scenarios both ask more questions than the declared order (`npm run bench:interview -- --strategy all`).
 *
 * @example
 * ```ts
 * const step = nextQuestion(startState({ arrival: "2025-09-15" }), { lang: "en", engine });
 * if (step.kind === "ask") console.log(step.field, step.question.prompt.en, step.why[0]?.title);
 * ```
 */
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Field, Profile } from "../contract/profile.js";
import type { Engine } from "../engine/port.js";
import { easternDateOf, easternToday } from "../rulebook/time.js";
import { ASK_ORDER, QUESTIONS, type Question } from "./questions.js";
import { sampleAnswers } from "./samples.js";
import { type InterviewState, isSettled } from "./state.js";
import { type WhyRule, whyWeAsk } from "./why.js";

/** The part of a rule the interview reads (the engine port's `RuleInfo`). */
export type { RuleInfo } from "../engine/port.js";

/**
 * How to choose among the candidates: `declared` (`ASK_ORDER`, the default), `engine` (the engine's own
 * "most decisive first" order), `lookahead` (fewest open questions expected after the answer).
 */
export type Strategy = "lookahead" | "engine" | "declared";

/** The default, chosen by `npm run bench:interview` on the public scenarios (see docs/adr/). */
export const DEFAULT_STRATEGY: Strategy = "declared";

export interface PlanOptions {
  lang: Lang;
  engine: Engine;
  strategy?: Strategy;
  /** The clock, for an unknown arrival (tests pin it). */
  now?: Date;
  /** Overrides the declared order (for experiments and tests). */
  order?: readonly Field[];
}

export type Step =
  | {
      kind: "ask";
      field: Field;
      question: Question;
      /** `true` for a refine question (documents/advice only): the traveller may skip the rest. */
      optional: boolean;
      why: WhyRule[];
      /** The assessment on the answers so far. */
      assessment: Assessment;
    }
  | {
      kind: "done";
      assessment: Assessment;
      /** Fields answered "I don't know" that could still change `poe` or `route`. */
      uncertain: Field[];
      /** Fields answered "I don't know" (or skipped) that could still change documents or advice. */
      unrefined: Field[];
    };

/** A follow-up worth asking right after an "I don't know": a helper question that can settle it. */
const FOLLOW_UPS: Partial<Record<Field, Field>> = {
  // Not sure whether a country was designated for the medical exam? Where you lived can tell.
  designatedCountryStay: "recentResidence",
};

/** Assesses a partial profile; a failure here is a bug in the interview (answers are validated first). */
export function assessAnswers(answers: Profile, options: PlanOptions): Assessment {
  const result = options.engine.assess(answers, {
    lang: options.lang,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!result.ok) {
    throw new Error(
      `interview: the engine refused the answers: ${result.errors.map((e) => e.message).join("; ")}`,
    );
  }
  return result.assessment;
}

/** The Eastern-Time calendar date of arrival (or of `now`). */
export function arrivalDateOf(answers: Profile, now: Date = new Date()): string {
  return answers.arrival ? easternDateOf(answers.arrival) : easternToday(now);
}

const declaredRank = new Map(ASK_ORDER.map((f, i) => [f, i]));
const rankIn = (order: readonly Field[] | undefined) => {
  if (!order) return (f: Field) => declaredRank.get(f) ?? ASK_ORDER.length;
  const m = new Map(order.map((f, i) => [f, i]));
  return (f: Field) => m.get(f) ?? order.length;
};

/** Fields still open: listed by the engine and neither answered nor "I don't know". */
function open(list: readonly Field[], state: InterviewState): Field[] {
  return list.filter((f) => !isSettled(state, f));
}

/** Expected number of open decisive questions after answering `field` (averaged over representative answers). */
function expectedOpen(state: InterviewState, field: Field, options: PlanOptions): number {
  const samples = sampleAnswers(field, arrivalDateOf(state.answers, options.now));
  let total = 0;
  let count = 0;
  for (const value of samples) {
    const result = options.engine.assess(
      { ...state.answers, [field]: value },
      { lang: options.lang, ...(options.now ? { now: options.now } : {}) },
    );
    if (!result.ok) continue;
    total += open(result.assessment.missing, state).filter((f) => f !== field).length;
    count++;
  }
  return count === 0 ? Number.POSITIVE_INFINITY : total / count;
}

/** Orders the candidates by the strategy; ties by the declared order. */
export function rankCandidates(
  candidates: Field[],
  state: InterviewState,
  options: PlanOptions,
  engineOrder: readonly Field[],
): Field[] {
  const strategy = options.strategy ?? DEFAULT_STRATEGY;
  const rankOf = rankIn(options.order);
  const byDeclared = (a: Field, b: Field) => rankOf(a) - rankOf(b);
  if (strategy === "declared") return [...candidates].sort(byDeclared);
  if (strategy === "engine") {
    return [...candidates].sort(
      (a, b) => engineOrder.indexOf(a) - engineOrder.indexOf(b) || byDeclared(a, b),
    );
  }
  const score = new Map(candidates.map((f) => [f, expectedOpen(state, f, options)]));
  return [...candidates].sort((a, b) => score.get(a)! - score.get(b)! || byDeclared(a, b));
}

/**
 * The next step of the interview: a question to ask, or the end with the assessment.
 */
export function nextQuestion(state: InterviewState, options: PlanOptions): Step {
  const assessment = assessAnswers(state.answers, options);
  const decisive = open(assessment.missing, state);
  const refining = state.skipRefine ? [] : open(assessment.refine, state);
  const optional = decisive.length === 0;
  const candidates = optional ? refining : decisive;
  if (candidates.length === 0) {
    return {
      kind: "done",
      assessment,
      uncertain: assessment.missing.filter((f) => state.unknown.includes(f)),
      unrefined: assessment.refine.filter((f) => state.unknown.includes(f) || state.skipRefine),
    };
  }
  const rankOf = rankIn(options.order);
  const last = state.history.at(-1);
  const followUp = last !== undefined && state.unknown.includes(last) ? FOLLOW_UPS[last] : undefined;
  const field =
    followUp !== undefined && candidates.includes(followUp)
      ? followUp
      : optional
        ? [...candidates].sort((a, b) => rankOf(a) - rankOf(b))[0]!
        : rankCandidates(candidates, state, options, assessment.missing)[0]!;
  return {
    kind: "ask",
    field,
    question: QUESTIONS[field],
    optional,
    why: whyWeAsk(field, state, assessment, options),
    assessment,
  };
}
