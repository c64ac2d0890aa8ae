/**
 * The meta-rules' conditions: advisories about the assessment itself (it leaned on unverified
 * reference data; the arrival is after the present, so the rules may change before it).
 */
import type { Lang } from "../contract/assessment.js";
import type { Profile } from "../contract/profile.js";
import { messages } from "../i18n/index.js";
import { metaRules, VERIFIED_THROUGH, VERIFIED_THROUGH_END } from "../rulebook/index.js";
import type { Rule } from "../rulebook/rule.js";
import { Probe, type State } from "./state.js";
import { type Listed, urls } from "./texts.js";

/** Adds the meta-rules' advisories that apply to an assessment of `state` (made at `state.now`). */
export function addMetaAdvisories(state: State, listed: Listed, profile: Profile, lang: Lang): void {
  const [dataUnverified, rulesMayChange] = metaRules as [Rule, Rule];
  const probe = new Probe(state);
  // R-META-DATA's second case is R-POE-10b's condition, already settled exactly for the listing.
  if (listed.advisoryCodes.has("biometrics-poe-unconfirmed") || dataUnverified.active(probe) === true)
    listed.addAdvisory(dataUnverified);
  if (rulesMayChange.active(probe) !== true) return;
  if (state.instants.some((t) => t >= VERIFIED_THROUGH_END)) {
    // After the date the rulebook was checked through: the advisory names that date.
    listed.advisories.push({
      code: "rules-may-change",
      text: messages(lang).advisories["rules-may-change"]({ profile, verifiedThrough: VERIFIED_THROUGH }),
      sources: urls(rulesMayChange),
      rule: rulesMayChange.id,
    });
    listed.markAdvisory("rules-may-change");
  } else listed.addAdvisory(rulesMayChange);
}
