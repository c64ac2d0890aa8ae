/**
 * Partial profiles as search states. A `State` is a profile whose absent fields are unknown;
 * `Probe` is the view facts read it through, noting which unknown fields they needed; `domain`
 * lists a field's classes (rulebook/classes.ts). The decision diagrams (mdd.ts) are built from
 * these; the test oracle (testing/oracle.ts) searches the same classes depth-first.
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
  /** The moment the assessment is made. */
  readonly now: Instant;
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

  present(): Instant {
    return this.state.now;
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
