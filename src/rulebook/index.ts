/**
 * The rulebook: every rule with its sources, effective window and last-verified date, the verdict
 * and route composed from them, and the reference data they read.
 */

import { datedParameters } from "./dated.js";
import { appliesAtBorder, blockerRules } from "./decision.js";
import { FLAGPOLING_BAN_FROM, SPM_VESSEL_ETA_FROM, US_PR_ETA_EXEMPTION_FROM } from "./facts.js";
import { forForeignNationals } from "./foreign-nationals.js";
import { conditionalEtaCountries, imeChangeInstants, visaExemptCitizenships } from "./reference-data.js";
import type { Rule } from "./rule.js";
import { biometricsPortUnconfirmed, biometricsRequiredAdvisory } from "./rules/biometrics.js";
import { documentRules as documentsToBring } from "./rules/documents.js";
import { employerRules } from "./rules/employer.js";
import { flagpolingRules } from "./rules/flagpoling.js";
import {
  dataUnverified,
  generalRules,
  officerDecides,
  rulesMayChange,
  verifiedThroughEnd,
} from "./rules/general.js";
import { medicalRules } from "./rules/medical.js";
import { openPermitRules } from "./rules/open-permits.js";
import { permitTypeRules } from "./rules/permit-types.js";
import { visaAndEtaRules } from "./rules/visa-and-eta.js";
import { type Instant, instantOf, isIsoDate, parseDateTime, startOfEasternDay } from "./time.js";

export { type Dated, type DatedPeriod, datedParameters } from "./dated.js";
export {
  blockerRules,
  type Decision,
  type Outcome,
  poeDecision,
  poeOutcome,
  routeDecision,
  routeOutcome,
} from "./decision.js";
export { type BorderFeeName, FEES, type FeeDue, type FeeName, feesAtBorder } from "./fees.js";
export { forForeignNational } from "./foreign-nationals.js";
export type { Conclusion, Rule, Source, Topic } from "./rule.js";

/** Identifies the rules and data used; bump when a rule or data entry changes. */
export const RULEBOOK_VERSION = "2026.12.03-3";

/** The rulebook covers arrivals from this instant (docs/contract.md §4). */
export const COVERAGE_START = "2022-01-01";
export const COVERAGE_START_INSTANT: Instant = instantOf(COVERAGE_START);

const advisoryOf = (rules: readonly Rule[]) => rules.filter((r) => r.concludes.kind === "advisory");

/** `officer-decides` speaks to everyone; every other advisory is about foreign nationals only. */
export const advisoryRules: readonly Rule[] = [
  officerDecides,
  ...[
    ...generalRules.filter((r) => r !== officerDecides),
    ...advisoryOf(visaAndEtaRules),
    ...advisoryOf(employerRules),
    ...advisoryOf(flagpolingRules),
    ...advisoryOf(medicalRules),
    biometricsRequiredAdvisory,
    biometricsPortUnconfirmed(appliesAtBorder),
    ...advisoryOf(permitTypeRules),
    ...advisoryOf(openPermitRules),
  ].map(forForeignNationals),
];

/** What to bring: documents are for foreign nationals (a citizen's route, `none`, lists none anyway). */
export const documentRules: readonly Rule[] = documentsToBring.map(forForeignNationals);

/** The rules that decide and inform: blockers, documents and advisories (not the engine's own notes). */
const lawRules: readonly Rule[] = [...blockerRules, ...documentRules, ...advisoryRules];

/**
 * The date through which the rulebook was checked against the law (docs/contract.md §2,
 * `verifiedThrough`): the oldest `lastVerified` of its rules, since an answer is only as current as
 * the least recently read provision it may rest on. Re-reading a provision updates its rule's
 * `lastVerified`; this date follows by itself.
 *
 * @example
 * ```ts
 * VERIFIED_THROUGH; // "2026-02-12" (the IRCC instructions were read from snapshots of that day)
 * ```
 */
export const VERIFIED_THROUGH: string = lawRules.map((r) => r.lastVerified).sort()[0]!;
/** An arrival from this instant (the day after `VERIFIED_THROUGH`, Eastern) gets `rules-may-change`. */
export const VERIFIED_THROUGH_END: Instant = verifiedThroughEnd(VERIFIED_THROUGH);

/** The engine's own notes: unverified data leaned on, and rules that may have changed since. */
export const metaRules: readonly Rule[] = [
  forForeignNationals(dataUnverified),
  rulesMayChange(VERIFIED_THROUGH),
];

/** Every rule, grouped by what it concludes. */
export const rulebook: readonly Rule[] = [...lawRules, ...metaRules];

/** Every instant at which some rule or data entry changes (the engine splits a day at these). */
export const CHANGE_INSTANTS: readonly Instant[] = [
  ...new Set(
    [
      ...rulebook.flatMap((r) => [r.window.from, r.window.to]),
      ...visaExemptCitizenships.changeInstants(),
      ...conditionalEtaCountries.changeInstants(),
      ...imeChangeInstants,
      ...datedParameters().flatMap((p) => p.changeInstants()),
      FLAGPOLING_BAN_FROM,
      SPM_VESSEL_ETA_FROM,
      US_PR_ETA_EXEMPTION_FROM,
    ].filter((t): t is number => t !== undefined && Number.isFinite(t)),
  ),
].sort((a, b) => a - b);

/**
 * The rules in force at an instant or on a date (a date alone: at the start of that day, Eastern).
 *
 * @example
 * ```ts
 * rulesInForce("2024-06-20").some((r) => r.id === "R-POE-07"); // false: PGWP rule not yet in force
 * ```
 */
export function rulesInForce(asOf: string | Date): Rule[] {
  let t: Instant;
  if (asOf instanceof Date) t = asOf.getTime();
  else if (isIsoDate(asOf)) t = startOfEasternDay(asOf);
  else {
    const parsed = parseDateTime(asOf);
    if (parsed === undefined) throw new RangeError(`not a date: ${asOf}`);
    t = parsed;
  }
  return rulebook.filter((r) => (r.window.from ?? -Infinity) <= t && t < (r.window.to ?? Infinity));
}
