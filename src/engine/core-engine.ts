/**
 * The engine behind the port (port.ts) without what only the HTTP API publishes: adapters over
 * `assess`, `decide` and the rulebook, no rule here. The web page takes this one, so that its
 * bundle holds no JSON Schema builder; the server takes `realEngine` (engine.ts), which adds it.
 *
 * @example
 * ```ts
 * import { coreEngine } from "./core-engine.js";
 * coreEngine.assess({ citizenships: ["FR"], permit: "pgwp" }, { lang: "fr" });
 * ```
 */
import { COVERAGE_START, RULEBOOK_VERSION, type Rule, rulebook, rulesInForce } from "../rulebook/index.js";
import { assess, assessProfile, decide, missingOf } from "./assess.js";
import type { Engine, RuleView } from "./port.js";

/** The public face of a rule: what it concludes, its sources and window, never its condition code. */
export function ruleView(r: Rule): RuleView {
  return {
    id: r.id,
    topic: r.topic,
    title: r.title,
    concludes: r.concludes,
    sources: r.sources,
    effective: r.effective,
    lastVerified: r.lastVerified,
  };
}

let allRules: RuleView[] | undefined;

export const coreEngine: Engine = {
  version: RULEBOOK_VERSION,
  coverageStart: COVERAGE_START,
  assess,
  assessValid: assessProfile,
  decide,
  missingOf,
  rulesInForce,
  rules: (asOf) => {
    if (asOf !== undefined) return rulesInForce(asOf).map(ruleView);
    allRules ??= rulebook.map(ruleView);
    return allRules;
  },
};
