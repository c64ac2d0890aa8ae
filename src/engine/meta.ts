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

/** Adds the meta-rules' advisories that apply to an assessment of `state` made at `now`. */
export function addMetaAdvisories(
  state: State,
  now: Date,
  listed: Listed,
  profile: Profile,
  lang: Lang,
): void {
  const [dataUnverified, rulesMayChange] = metaRules as [Rule, Rule];
  if (
    listed.advisoryCodes.has("biometrics-poe-unconfirmed") ||
    dataUnverified.active(new Probe(state)) === true
  )
    listed.addAdvisory(dataUnverified);
  // docs/contract.md §2, §4: an arrival after the rulebook's verifiedThrough date, or in the future.
  if (state.instants.some((t) => t >= VERIFIED_THROUGH_END)) {
    listed.advisories.push({
      code: "rules-may-change",
      text: messages(lang).advisories["rules-may-change"]({ profile, verifiedThrough: VERIFIED_THROUGH }),
      sources: urls(rulesMayChange),
      rule: rulesMayChange.id,
    });
    listed.markAdvisory("rules-may-change");
  } else if (state.instants.some((t) => t > now.getTime())) listed.addAdvisory(rulesMayChange);
}
