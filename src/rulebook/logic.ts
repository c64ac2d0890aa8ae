/**
 * Three-valued (Kleene) logic over partial profiles. A `Fact` is a condition that reads profile
 * fields through a `View`; it answers `true`, `false` or `undefined` (not known yet). Facts carry
 * the set of fields they can ever read (`deps`), so the engine knows which unknowns could matter.
 *
 * @example
 * ```ts
 * const lmiaJob = is("permit", "lmia");
 * const waitingForLmia = all(lmiaJob, isFalse("lmiaIssued"));
 * waitingForLmia.deps; // Set { "permit", "lmiaIssued" }
 * ```
 */
import type { Field, Profile } from "../contract/profile.js";
import type { Instant } from "./time.js";

/** A three-valued truth value: `undefined` means unknown. */
export type K = boolean | undefined;

/** What a fact may look at. The engine implements it over a partial profile. */
export interface View {
  /** The field's value, or `undefined` when it is not known (the view records that it was needed). */
  get<F extends Field>(field: F): Profile[F] | undefined;
  /** The field's value without recording a need for it (for data that a direct answer overrides). */
  peek<F extends Field>(field: F): Profile[F] | undefined;
  /** Records that an unknown field would settle a derived fact (e.g. a direct answer overriding data). */
  need(field: Field): undefined;
  /**
   * Evaluates a dated predicate at the arrival instant. A date-only arrival is a whole Eastern-Time
   * day: when the predicate differs within it, the answer is unknown and `arrival` is needed.
   */
  at(predicate: (t: Instant) => boolean): K;
  /** The arrival's Eastern-Time calendar date (the same across one day's instants). */
  arrivalDate(): string;
  /** The moment the assessment is made (its "now"), for rules about arrivals still to come. */
  present(): Instant;
  /** Marks that the conclusion leaned on a data entry that is not verified. */
  leanOnUnverified(): void;
  /**
   * Optional per-view memory of facts already evaluated, by fact id (0 not yet, 1 false, 2 true,
   * 3 unknown). Only for a view whose answers cannot change while it is used; facts shared by many
   * rules are then evaluated once.
   */
  readonly memo?: Uint8Array;
}

/** How many facts exist (their ids are 0 … factCount − 1); sizes a view's `memo`. */
export const factTotal = (): number => factCount;

export interface Fact {
  (view: View): K;
  /** Every field this fact can read. */
  readonly deps: ReadonlySet<Field>;
  /** The same fields as a list (iterated on every assessment, where an array is cheaper than a set). */
  readonly depList: readonly Field[];
  /** A small number unique to this fact, so engines can index per-fact work by array position. */
  readonly id: number;
  /** For composite facts: the connective and its operands (the engine compiles these structurally). */
  readonly op?: "all" | "any" | "not";
  readonly args?: readonly Fact[];
}

let factCount = 0;

/** Builds a fact from a function and the fields it reads. */
export function fact(deps: Iterable<Field | Fact>, fn: (view: View) => K): Fact {
  const set = new Set<Field>();
  for (const d of deps) {
    if (typeof d === "function") for (const f of d.deps) set.add(f);
    else set.add(d);
  }
  const id = factCount++;
  const evaluate = (v: View): K => {
    const memo = v.memo;
    if (memo === undefined || id >= memo.length) return fn(v);
    const seen = memo[id]!;
    if (seen !== 0) return seen === 3 ? undefined : seen === 2;
    const x = fn(v);
    memo[id] = x === undefined ? 3 : x ? 2 : 1;
    return x;
  };
  return Object.assign(evaluate, { deps: set as ReadonlySet<Field>, depList: [...set], id });
}

function composite(op: "all" | "any" | "not", args: Fact[], fn: (view: View) => K): Fact {
  return Object.assign(fact(args, fn), { op, args });
}

/** Kleene AND, short-circuiting on the first `false`. */
export function all(...facts: Fact[]): Fact {
  return composite("all", facts, (v) => {
    let unknown = false;
    for (const f of facts) {
      const x = f(v);
      if (x === false) return false;
      if (x === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  });
}

/** Kleene OR, short-circuiting on the first `true`. */
export function any(...facts: Fact[]): Fact {
  return composite("any", facts, (v) => {
    let unknown = false;
    for (const f of facts) {
      const x = f(v);
      if (x === true) return true;
      if (x === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  });
}

export function not(f: Fact): Fact {
  return composite("not", [f], (v) => {
    const x = f(v);
    return x === undefined ? undefined : !x;
  });
}

type ValueOf<F extends Field> = NonNullable<Profile[F]> | (null extends Profile[F] ? null : never);

/** The field equals one of the values. */
export function is<F extends Field>(field: F, ...values: ValueOf<F>[]): Fact {
  return fact([field], (v) => {
    const x = v.get(field);
    return x === undefined ? undefined : (values as unknown[]).includes(x);
  });
}

export const isTrue = (field: Field): Fact => is(field as "jobOffer", true);
export const isFalse = (field: Field): Fact => is(field as "jobOffer", false);

/** A numeric field compared with a threshold. */
export function number<F extends Field>(field: F, test: (n: number) => boolean): Fact {
  return fact([field], (v) => {
    const x = v.get(field);
    return typeof x === "number" ? test(x) : undefined;
  });
}

/** True from the instant `from` (inclusive) to `to` (exclusive); reads `arrival`. */
export function during(window: { from?: Instant; to?: Instant }): Fact {
  const from = window.from ?? Number.NEGATIVE_INFINITY;
  const to = window.to ?? Number.POSITIVE_INFINITY;
  return fact(["arrival"], (v) => v.at((t) => t >= from && t < to));
}

/** Constant truth, for rules that always apply. */
export const always: Fact = fact([], () => true);

/**
 * Kleene if-then-else over values: when the condition is unknown, the answer is known only if both
 * branches agree.
 */
export function choose<T>(cond: K, then: () => T | undefined, otherwise: () => T | undefined): T | undefined {
  if (cond === true) return then();
  if (cond === false) return otherwise();
  const a = then();
  if (a === undefined) return undefined;
  const b = otherwise();
  return a === b ? a : undefined;
}
