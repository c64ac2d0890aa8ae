/**
 * The engine's public API: pure, no I/O, runs in Node and in the browser.
 *
 * @example
 * ```ts
 * import { assess } from "./engine/index.js";
 * const result = assess({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }, { lang: "fr" });
 * if (result.ok) console.log(result.assessment.poe); // "no"
 * ```
 */

export type { Assessment, AssessResult, InputError, Lang } from "../contract/assessment.js";
export type { Field, Profile } from "../contract/profile.js";
export {
  COVERAGE_START,
  COVERAGE_START_INSTANT,
  type FeeDue,
  feesAtBorder,
  RULEBOOK_VERSION,
  rulebook,
  rulesInForce,
} from "../rulebook/index.js";
export { type AssessOptions, assess, assessProfile, type Decided, decide, missingOf } from "./assess.js";
export { coreEngine, ruleView } from "./core-engine.js";
export { realEngine } from "./engine.js";
export type { Engine, EngineOptions, PublishingEngine, RuleInfo, RuleView } from "./port.js";
export { parseProfile } from "./validate.js";
