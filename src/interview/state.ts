/**
 * The interview's state, as immutable values: the answers so far (a partial profile), the fields
 * answered "I don't know" (never asked again), and the order of answers (for going back). Every
 * transition returns a new state; nothing is lost when an earlier answer changes.
 *
 * @example
 * ```ts
 * let s = startState({ arrival: "2025-09-15" });
 * s = answer(s, "permit", "lmia");
 * s = dontKnow(s, "lmiaIssued");
 * const { state, field, previous } = back(s); // field "lmiaIssued", previous undefined
 * ```
 */
import type { Field, Profile } from "../contract/profile.js";

export interface InterviewState {
  /** What the traveller has answered: a partial profile. */
  readonly answers: Readonly<Profile>;
  /** Fields answered "I don't know": they stay unknown and are not asked again. */
  readonly unknown: readonly Field[];
  /** Fields in the order they were answered, for back/undo. */
  readonly history: readonly Field[];
  /** The traveller chose to skip the remaining optional questions (those that refine documents and advice). */
  readonly skipRefine: boolean;
}

/** A new interview, optionally with facts already known (e.g. the arrival date chosen up front). */
export function startState(given: Profile = {}): InterviewState {
  return { answers: { ...given }, unknown: [], history: [], skipRefine: false };
}

function without<T>(list: readonly T[], item: T): T[] {
  return list.filter((x) => x !== item);
}

/** Records (or changes) an answer. A field answered again moves to the end of the history. */
export function answer<F extends Field>(state: InterviewState, field: F, value: Profile[F]): InterviewState {
  return {
    ...state,
    answers: { ...state.answers, [field]: value },
    unknown: without(state.unknown, field),
    history: [...without(state.history, field), field],
  };
}

/** Records "I don't know": the field stays unknown and is not asked again. */
export function dontKnow(state: InterviewState, field: Field): InterviewState {
  const answers = { ...state.answers };
  delete answers[field];
  return {
    ...state,
    answers,
    unknown: [...without(state.unknown, field), field],
    history: [...without(state.history, field), field],
  };
}

/** Skips the remaining optional questions. */
export function skipOptional(state: InterviewState): InterviewState {
  return { ...state, skipRefine: true };
}

export interface BackResult {
  state: InterviewState;
  /** The field un-answered, to ask again; `undefined` when there was nothing to undo. */
  field: Field | undefined;
  /** Its previous answer (`undefined` for "I don't know"), to offer as the default. */
  previous: unknown;
  /** Whether the previous answer was "I don't know". */
  wasUnknown: boolean;
}

/**
 * Undoes the last answer: that field becomes unasked again (the planner will re-plan, usually asking
 * it next). Every other answer is kept. Also re-opens skipped optional questions if the undone
 * answer came after the skip.
 */
export function back(state: InterviewState): BackResult {
  const field = state.history.at(-1);
  if (field === undefined) return { state, field: undefined, previous: undefined, wasUnknown: false };
  const answers = { ...state.answers };
  const previous = answers[field];
  delete answers[field];
  return {
    state: {
      answers,
      unknown: without(state.unknown, field),
      history: state.history.slice(0, -1),
      skipRefine: false,
    },
    field,
    previous,
    wasUnknown: state.unknown.includes(field),
  };
}

/**
 * Whether a field has been dealt with (answered, or "I don't know"). A date-only arrival given up
 * front is not settled once the engine needs the time of day: it may be asked once.
 */
export function isSettled(state: InterviewState, field: Field): boolean {
  if (state.unknown.includes(field) || state.history.includes(field)) return true;
  if (field === "arrival") return state.answers.arrival !== undefined && state.answers.arrival.length > 10;
  return field in state.answers;
}
