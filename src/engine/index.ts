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
export { assess, assessProfile, type AssessOptions } from "./assess.js";
export { parseProfile } from "./validate.js";
export { RULEBOOK_VERSION, COVERAGE_START, rulebook, rulesInForce } from "../rulebook/index.js";
export type { Assessment, AssessResult, InputError, Lang } from "../contract/assessment.js";
export type { Profile, Field } from "../contract/profile.js";
