/**
 * Dated parameters: a value of the law that changes over time, written once with each value's
 * effective window and source (the way OpenFisca dates a parameter), instead of one copy of a rule
 * per period. A rule reads the value in force at the arrival instant through `dated.when`, which
 * stays three-valued: when the arrival day straddles a change and the answer differs on either
 * side, it is unknown and `arrival` is needed (docs/contract.md §4).
 */
import { all, any, during, type Fact } from "./logic.js";
import { lawInstant, type Source } from "./rule.js";
import type { Instant } from "./time.js";

/** One value of a parameter and the window it is in force: `[from, to)`, open ends omitted. */
export interface DatedValue<T> {
  /** ISO 8601 date-time with offset (as in rule windows); omitted = since before the coverage. */
  from?: string;
  /** Exclusive end; omitted = still in force. */
  to?: string;
  value: T;
  /** Where the law says so. */
  sources: readonly Source[];
  note?: string;
}

export interface DatedPeriod<T> extends DatedValue<T> {
  window: { from?: Instant; to?: Instant };
}

export interface Dated<T> {
  /** A name for listings, e.g. `family-open-permits.worker`. */
  readonly name: string;
  /** The values in time order; their windows meet end to start. */
  readonly periods: readonly DatedPeriod<T>[];
  /** The value in force at an instant (undefined before the first window or after the last). */
  at(t: Instant): T | undefined;
  /** The period in force at an instant, with its sources (undefined outside every window). */
  periodAt(t: Instant): DatedPeriod<T> | undefined;
  /**
   * A fact that holds when `test` holds for the value in force at the arrival instant: the union,
   * over the periods, of "arrival in that period, and `test` of its value".
   */
  when(test: (value: T) => Fact): Fact;
  /** Every instant at which the value changes (the engine splits an arrival day at these). */
  changeInstants(): Instant[];
}

const registry: Dated<unknown>[] = [];

/**
 * Declares a dated parameter. The windows must follow each other without gap or overlap, so
 * exactly one value is in force at any instant they cover.
 *
 * @example
 * ```ts
 * const months = dated("principal-months-left", [
 *   { to: "2025-01-21T00:00:00-05:00", value: 6, sources: [SRC.c41Pdi("Eligibility", "Recevabilité")] },
 *   { from: "2025-01-21T00:00:00-05:00", value: 16, sources: [SRC.familyUpdate2025()] },
 * ]);
 * months.at(Date.parse("2025-06-01T12:00:00Z")); // 16
 * const longEnough = months.when((min) => number("principalPermitMonthsLeft", (n) => n >= min));
 * ```
 */
export function dated<T>(name: string, values: readonly DatedValue<T>[]): Dated<T> {
  const periods: DatedPeriod<T>[] = values.map((v) => ({
    ...v,
    window: {
      ...(v.from ? { from: lawInstant(v.from) } : {}),
      ...(v.to ? { to: lawInstant(v.to) } : {}),
    },
  }));
  periods.forEach((p, i) => {
    const next = periods[i + 1];
    if (next && (p.to === undefined || next.from === undefined || lawInstant(p.to) !== lawInstant(next.from)))
      throw new Error(`${name}: period ${i} must end where period ${i + 1} starts`);
    if (i > 0 && p.from === undefined)
      throw new Error(`${name}: only the first period may have an open start`);
  });
  const inForce = (p: DatedPeriod<T>, t: Instant) =>
    (p.window.from ?? Number.NEGATIVE_INFINITY) <= t && t < (p.window.to ?? Number.POSITIVE_INFINITY);
  const param: Dated<T> = {
    name,
    periods,
    at: (t) => periods.find((p) => inForce(p, t))?.value,
    periodAt: (t) => periods.find((p) => inForce(p, t)),
    when: (test) => {
      const only = periods.length === 1 ? periods[0]! : undefined;
      if (only && only.from === undefined && only.to === undefined) return test(only.value);
      return any(...periods.map((p) => all(during(p.window), test(p.value))));
    },
    changeInstants: () => [
      ...new Set(
        periods.flatMap((p) => [p.window.from, p.window.to]).filter((t): t is Instant => t !== undefined),
      ),
    ],
  };
  registry.push(param as Dated<unknown>);
  return param;
}

/** Every dated parameter declared so far (for listings and the engine's change instants). */
export function datedParameters(): readonly Dated<unknown>[] {
  return registry;
}
