/**
 * What the result page says about the trip itself, worked out from the engine's assessment and the
 * answers (pure, so it is tested without a browser): which date the rules were taken at and whether
 * that was today for want of an arrival date, when to check again, which advisories are things to do
 * before travelling, and which actions lift a blocker even while other answers are still open.
 *
 * @example
 * ```ts
 * const t = tripDates(assessment, state.answers, new Date());
 * t.usedToday; // true when no arrival date was given
 * t.checkAgain; // "far" | "unverified" | undefined
 * ```
 */
import type { Advisory, Assessment, Lang } from "../contract/assessment.js";
import type { AdvisoryCode } from "../contract/codes.js";
import type { Field, Profile } from "../contract/profile.js";
import { type FeeDue, feesAtBorder, rulebook } from "../engine/index.js";
import { ASK_ORDER } from "../interview/questions.js";
import { easternDateOf, easternToday } from "../rulebook/time.js";
import { STRINGS } from "./i18n/strings.js";

/** An arrival this many days or more ahead is "weeks away": the rules may change before it. */
export const CHECK_AGAIN_DAYS = 21;

/**
 * The date through which the rulebook was checked against the law: the assessment's
 * `verifiedThrough` (contract 1.1) when the engine gives it, else the latest `lastVerified` of the
 * rules (what a 1.0 engine knows).
 */
export function verifiedThroughOf(a: Assessment): string {
  const v = (a as { verifiedThrough?: unknown }).verifiedThrough;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return (
    rulebook
      .map((r) => r.lastVerified)
      .sort()
      .at(-1) ?? "0000-00-00"
  );
}

export interface TripDates {
  /** The calendar date the rules were taken at (Eastern Time). */
  rulesDate: string;
  /** No arrival date was given: the rules are today's. */
  usedToday: boolean;
  verifiedThrough: string;
  /** Why to check again before travelling: the trip is weeks away, or beyond what was verified. */
  checkAgain: "far" | "unverified" | undefined;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The dates the result page states, and whether to tell the traveller to check again. */
export function tripDates(a: Assessment, answers: Profile, now: Date): TripDates {
  const today = easternToday(now);
  // The arrival's own Eastern date (a date-time with an offset can fall on another day there).
  const rulesDate = easternDateOf(answers.arrival ?? a.asOf);
  const verifiedThrough = verifiedThroughOf(a);
  const checkAgain =
    rulesDate > verifiedThrough
      ? "unverified"
      : daysBetween(today, rulesDate) >= CHECK_AGAIN_DAYS
        ? "far"
        : undefined;
  return { rulesDate, usedToday: answers.arrival === undefined, verifiedThrough, checkAgain };
}

const ENTRY_ADVICE: ReadonlySet<AdvisoryCode> = new Set<AdvisoryCode>(["eta-required", "visa-required"]);

/** Advisories that are steps to take before the trip (the "before you travel" checklist). */
export const BEFORE_TRAVEL: ReadonlySet<AdvisoryCode> = new Set<AdvisoryCode>([
  "eta-required",
  "visa-required",
  "medical-exam-required",
  "medical-exam-expired",
  "biometrics-required",
  "biometrics-poe-unconfirmed",
  "compliance-fee-unpaid",
]);

/** Splits the advisories into steps before the trip and the rest, each in the engine's order. */
export function splitAdvisories(a: Assessment): { beforeTravel: Advisory[]; other: Advisory[] } {
  return {
    beforeTravel: a.advisories.filter((x) => BEFORE_TRAVEL.has(x.code)),
    other: a.advisories.filter((x) => !BEFORE_TRAVEL.has(x.code)),
  };
}

export { type LiftingAction, liftingActions } from "../interview/lifting-actions.js";

/**
 * The fields the eTA and visa advice reads (from the rulebook's own rules): asked before the page
 * offers the result early, so an early result never leaves out the eTA or visa a traveller needs.
 */
export const ENTRY_DOCUMENT_FIELDS: ReadonlySet<Field> = new Set(
  rulebook
    .filter((r) => r.concludes.kind === "advisory" && ENTRY_ADVICE.has(r.concludes.code as AdvisoryCode))
    .flatMap((r) => [...r.deps]),
);

/** The first of `refine` (in the declared order) that the eTA or visa advice still needs, if any. */
export function entryQuestion(refine: readonly Field[], settled: (f: Field) => boolean): Field | undefined {
  return ASK_ORDER.find((f) => refine.includes(f) && ENTRY_DOCUMENT_FIELDS.has(f) && !settled(f));
}

/** A fee paid at the border, in words with its sources (the rulebook's fee table, `feesAtBorder`). */
export interface BorderFee {
  fee: FeeDue["fee"];
  text: string;
  sources: FeeDue["sources"];
}

/** The fees a traveller who applies at the border pays there, at the assessment's instant. */
export function borderFees(a: Assessment, answers: Profile, lang: Lang): BorderFee[] {
  const words = STRINGS[lang].result.fee;
  return feesAtBorder(answers, a.route, Date.parse(a.asOf)).map((f) => ({
    fee: f.fee,
    text: words[f.fee](f.amount),
    sources: f.sources,
  }));
}
