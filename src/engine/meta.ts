/**
 * The meta-rules' conditions: advisories about the assessment itself (it leaned on unverified
 * reference data; the arrival is after the present, so the rules may change before it).
 */
import { medicalExamRequired } from "../rulebook/facts.js";
import { metaRules } from "../rulebook/index.js";
import type { Rule } from "../rulebook/rule.js";
import { Probe, type State } from "./state.js";
import type { Listed } from "./texts.js";

/** Adds the meta-rules' advisories that apply to an assessment of `state` made at `now`. */
export function addMetaAdvisories(state: State, now: Date, listed: Listed): void {
  const [dataUnverified, rulesMayChange] = metaRules as [Rule, Rule];
  if (leansOnUnverifiedData(state) || listed.advisoryCodes.has("biometrics-poe-unconfirmed"))
    listed.addAdvisory(dataUnverified);
  if (state.instants.some((t) => t > now.getTime())) listed.addAdvisory(rulesMayChange);
}

/** The medical requirement was decided from the partial, unverified IME country list. */
function leansOnUnverifiedData(state: State): boolean {
  const probe = new Probe(state);
  const required = medicalExamRequired(probe);
  return (
    probe.leanedOnUnverified && required !== undefined && state.profile.designatedCountryStay === undefined
  );
}
