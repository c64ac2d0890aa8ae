/**
 * The rulebook: every rule with its sources, effective window and last-verified date, the verdict
 * and route composed from them, and the reference data they read.
 */

import { datedParameters } from "./dated.js";
import { appliesAtBorder, blockerRules } from "./decision.js";
import { FLAGPOLING_BAN_FROM, SPM_VESSEL_ETA_FROM, US_PR_ETA_EXEMPTION_FROM } from "./facts.js";
import { conditionalEtaCountries, imeChangeInstants, visaExemptCitizenships } from "./reference-data.js";
import type { Rule } from "./rule.js";
import { biometricsPortUnconfirmed, biometricsRequiredAdvisory } from "./rules/biometrics.js";
import { documentRules } from "./rules/documents.js";
import { employerRules } from "./rules/employer.js";
import { flagpolingRules } from "./rules/flagpoling.js";
import { generalRules, metaRules } from "./rules/general.js";
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
export type { Conclusion, Rule, Source, Topic } from "./rule.js";

/** Identifies the rules and data used; bump when a rule or data entry changes. */
export const RULEBOOK_VERSION = "2026.12.02-1";

/** The rulebook covers arrivals from this instant (contract §4). */
export const COVERAGE_START = "2022-01-01";
export const COVERAGE_START_INSTANT: Instant = instantOf(COVERAGE_START);

const advisoryOf = (rules: readonly Rule[]) => rules.filter((r) => r.concludes.kind === "advisory");

export const advisoryRules: readonly Rule[] = [
  ...generalRules,
  ...advisoryOf(visaAndEtaRules),
  ...advisoryOf(employerRules),
  ...advisoryOf(flagpolingRules),
  ...advisoryOf(medicalRules),
  biometricsRequiredAdvisory,
  biometricsPortUnconfirmed(appliesAtBorder),
  ...advisoryOf(permitTypeRules),
  ...advisoryOf(openPermitRules),
];

export { documentRules, metaRules };

/** Every rule, grouped by what it concludes. */
export const rulebook: readonly Rule[] = [...blockerRules, ...documentRules, ...advisoryRules, ...metaRules];

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
