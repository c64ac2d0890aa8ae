/**
 * Partial profiles as search states. A `State` is a profile whose absent fields are unknown;
 * `Probe` is the view facts read it through, noting which unknown fields they needed; `branches`
 * fixes a field to each of its classes (rulebook/classes.ts). The decision diagrams (mdd.ts) are
 * built from these. `possibleOutcomes` and `dependsOn` are a plain depth-first search over the same
 * classes, kept as the independent oracle the property tests compare the diagrams with.
 */
import type { Field, Profile } from "../contract/profile.js";
import { REPRESENTATIVES } from "../rulebook/classes.js";
import type { View } from "../rulebook/logic.js";
import type { Instant } from "../rulebook/time.js";

export interface State {
  readonly profile: Profile;
  /** The arrival instants still possible: one, or the start of each part of a day split by a rule change. */
  readonly instants: readonly Instant[];
  /** The arrival's Eastern-Time calendar date. */
  readonly arrivalDate: string;
}

export type Evaluate<T> = (view: View) => T | undefined;

export class Probe implements View {
  /** Unknown fields needed so far, in the order they were met. */
  readonly needed: Field[] = [];
  leanedOnUnverified = false;

  constructor(
    private readonly state: State,
    readonly memo?: Uint8Array,
  ) {}

  get<F extends Field>(field: F): Profile[F] | undefined {
    const value = this.state.profile[field];
    if (value === undefined) this.needed.push(field);
    return value;
  }

  peek<F extends Field>(field: F): Profile[F] | undefined {
    return this.state.profile[field];
  }

  need(field: Field): undefined {
    this.needed.push(field);
    return undefined;
  }

  at(predicate: (t: Instant) => boolean): boolean | undefined {
    const answer = sameAtEvery(this.state.instants, predicate);
    if (answer === undefined) this.needed.push("arrival");
    return answer;
  }

  arrivalDate(): string {
    return this.state.arrivalDate;
  }

  leanOnUnverified(): void {
    this.leanedOnUnverified = true;
  }
}

/** The predicate's answer when it is the same at every instant, else `undefined` (View.at). */
export function sameAtEvery(
  instants: readonly Instant[],
  predicate: (t: Instant) => boolean,
): boolean | undefined {
  const answer = predicate(instants[0]!);
  for (let i = 1; i < instants.length; i++) if (predicate(instants[i]!) !== answer) return undefined;
  return answer;
}

/** One value per class of `field` (for `arrival`: the instants still possible). */
export function domain(state: State, field: Field): readonly unknown[] {
  if (field === "arrival") return state.instants;
  return REPRESENTATIVES[field](state.arrivalDate) as readonly unknown[];
}

/** The states that fix `field` to each of its classes. */
export function branches(state: State, field: Field): State[] {
  if (field === "arrival") return state.instants.map((t) => ({ ...state, instants: [t] }));
  return domain(state, field).map((value) => ({ ...state, profile: { ...state.profile, [field]: value } }));
}

function evaluate<T>(fn: Evaluate<T>, state: State): { value: T | undefined; probe: Probe } {
  const probe = new Probe(state);
  return { value: fn(probe), probe };
}

/**
 * The distinct outcomes of `fn` over every completion of the state (stopping once `limit` are found).
 *
 * @example
 * ```ts
 * possibleOutcomes(poeOutcome, state, 2); // ["no"]: settled; ["yes", "no"]: not yet
 * ```
 */
export function possibleOutcomes<T>(fn: Evaluate<T>, state: State, limit = 2): T[] {
  const found: T[] = [];
  const visit = (s: State): void => {
    if (found.length >= limit) return;
    const { value, probe } = evaluate(fn, s);
    if (value !== undefined) {
      if (!found.includes(value)) found.push(value);
      return;
    }
    const field = probe.needed[0];
    if (field === undefined) throw new Error("an undetermined outcome must name a field it needs");
    for (const next of branches(s, field)) visit(next);
  };
  visit(state);
  return found;
}

/**
 * Whether some completion of the other unknown fields makes `fn` differ between two classes of
 * `field`: the exact test for listing `field` in `missing` or `refine`.
 */
export function dependsOn<T>(fn: Evaluate<T>, state: State, field: Field): boolean {
  const variants = branches(state, field);
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      if (pairDiffers(fn, variants[i]!, variants[j]!)) return true;
    }
  }
  return false;
}

function pairDiffers<T>(fn: Evaluate<T>, a: State, b: State): boolean {
  const ea = evaluate(fn, a);
  const eb = evaluate(fn, b);
  if (ea.value !== undefined && eb.value !== undefined) return ea.value !== eb.value;
  const field = (ea.value === undefined ? ea.probe : eb.probe).needed[0];
  if (field === undefined) throw new Error("an undetermined outcome must name a field it needs");
  const as = branches(a, field);
  const bs = branches(b, field);
  for (let k = 0; k < as.length; k++) if (pairDiffers(fn, as[k]!, bs[k]!)) return true;
  return false;
}
