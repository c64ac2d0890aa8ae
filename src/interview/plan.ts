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
import { inferredAnswers, relevantQuestion, withInferred } from "./relevance.js";
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
      /** The answer an empty reply stands for, and the words saying so (the arrival: today). */
      defaultAnswer?: { value: unknown; note: string };
      /** The engine's objection to an answer (e.g. a date outside the rulebook's coverage), if any. */
      check: (value: unknown) => string | undefined;
    }
  | {
      kind: "done";
      assessment: Assessment;
      /** The answers the assessment rests on: those given, and those inferred from them (`relevance.ts`). */
      answers: Profile;
      /** Fields answered "I don't know" that could still change `poe` or `route`. */
      uncertain: Field[];
      /** Fields answered "I don't know" (or skipped) that could still change documents or advice. */
      unrefined: Field[];
      /** Fields never asked because the interview stopped early (the input ended): not "I don't know". */
      unasked: Field[];
    };

/** A follow-up worth asking right after an "I don't know": a helper question that can settle it. */
export const FOLLOW_UPS: Readonly<Partial<Record<Field, Field>>> = {
  // Not sure whether a country was designated for the medical exam? Where you lived can tell.
  designatedCountryStay: "recentResidence",
};

function assessOnly(answers: Profile, options: PlanOptions): Assessment {
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

/**
 * The answers the interview assesses: those given, plus the inferred ones (`relevance.ts`) the
 * engine would otherwise ask for, and the assessment on them.
 */
export function effectiveAnswers(
  answers: Profile,
  options: PlanOptions,
): { answers: Profile; assessment: Assessment } {
  const first = assessOnly(answers, options);
  const inferred = inferredAnswers(answers);
  const wanted = (Object.keys(inferred) as Field[]).filter(
    (f) => first.missing.includes(f) || first.refine.includes(f),
  );
  if (wanted.length === 0) return { answers, assessment: first };
  const more: Profile = {};
  for (const f of wanted) (more as Record<string, unknown>)[f] = inferred[f];
  const all = { ...more, ...answers };
  return { answers: all, assessment: assessOnly(all, options) };
}

/** Assesses a partial profile (with what follows from it); a failure here is a bug in the interview. */
export function assessAnswers(answers: Profile, options: PlanOptions): Assessment {
  return effectiveAnswers(answers, options).assessment;
}

/** The engine's objection to answering `field` with `value` on top of `answers`, if any. */
export function answerProblem(
  answers: Profile,
  field: Field,
  value: unknown,
  options: PlanOptions,
): string | undefined {
  const result = options.engine.assess(
    { ...answers, [field]: value },
    { lang: options.lang, ...(options.now ? { now: options.now } : {}) },
  );
  return result.ok ? undefined : result.errors.map((e) => e.message).join(" ");
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

/** Fields still open: listed by the engine and neither answered, nor "I don't know", nor inferred. */
function open(list: readonly Field[], state: InterviewState): Field[] {
  const known = withInferred(state.answers);
  return list.filter((f) => !isSettled(state, f) && (f === "arrival" || known[f] === undefined));
}

/**
 * The follow-up promised after an "I don't know" (the question's help says so), when the field it
 * helps settle is still open for the engine and the follow-up itself has not been dealt with.
 */
function followUpOf(state: InterviewState, assessment: Assessment): Field | undefined {
  const last = state.history.at(-1);
  if (last === undefined || !state.unknown.includes(last)) return undefined;
  const follow = FOLLOW_UPS[last];
  if (follow === undefined || isSettled(state, follow)) return undefined;
  return [...assessment.missing, ...assessment.refine].includes(last) ? follow : undefined;
}

/** Expected number of open decisive questions after answering `field` (averaged over representative answers). */
function expectedOpen(state: InterviewState, field: Field, options: PlanOptions): number {
  const samples = sampleAnswers(field, arrivalDateOf(state.answers, options.now));
  let total = 0;
  let count = 0;
  for (const value of samples) {
    let assessment: Assessment;
    try {
      assessment = assessAnswers({ ...state.answers, [field]: value } as Profile, options);
    } catch {
      continue;
    }
    total += open(assessment.missing, state).filter((f) => f !== field).length;
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
  const { answers, assessment } = effectiveAnswers(state.answers, options);
  const decisive = open(assessment.missing, state);
  const refining = state.skipRefine ? [] : open(assessment.refine, state);
  const optional = decisive.length === 0;
  const candidates = optional ? refining : decisive;
  const followUp = followUpOf(state, assessment);
  if (candidates.length === 0 && followUp === undefined) {
    return {
      kind: "done",
      assessment,
      answers,
      uncertain: assessment.missing.filter((f) => state.unknown.includes(f)),
      unrefined: assessment.refine.filter((f) => state.unknown.includes(f) || state.skipRefine),
      unasked: [],
    };
  }
  const rankOf = rankIn(options.order);
  const field =
    followUp !== undefined
      ? followUp
      : optional
        ? [...candidates].sort((a, b) => rankOf(a) - rankOf(b))[0]!
        : rankCandidates(candidates, state, options, assessment.missing)[0]!;
  return {
    kind: "ask",
    field,
    question: relevantQuestion(QUESTIONS[field], state.answers),
    optional: field === followUp ? !assessment.missing.includes(state.history.at(-1)!) : optional,
    why: whyWeAsk(field === followUp ? state.history.at(-1)! : field, state, assessment, options),
    assessment,
    check: (value) => answerProblem(state.answers, field, value, options),
  };
}

/**
 * The interview's end when it stops before its last question (the input ended): the assessment on
 * the answers so far; what was answered "I don't know" is uncertain, what was never asked is `unasked`.
 */
export function stopHere(state: InterviewState, options: PlanOptions): Extract<Step, { kind: "done" }> {
  const { answers, assessment } = effectiveAnswers(state.answers, options);
  const unknown = (f: Field) => state.unknown.includes(f);
  return {
    kind: "done",
    assessment,
    answers,
    uncertain: assessment.missing.filter(unknown),
    unrefined: assessment.refine.filter(unknown),
    // The decisive ones first, each group in the declared order.
    unasked: [
      ...open(assessment.missing, state).sort((a, b) => rankIn(options.order)(a) - rankIn(options.order)(b)),
      ...open(assessment.refine, state).sort((a, b) => rankIn(options.order)(a) - rankIn(options.order)(b)),
    ],
  };
}
