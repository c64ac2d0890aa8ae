/**
 * The real engine, in the shape the interview needs. Kept apart from the core so the core can be
 * tested with a stand-in and so a surface can pass its own (e.g. a pinned clock).
 *
 * @example
 * ```ts
 * import { realEngine } from "./engine.js";
 * nextQuestion(startState(), { lang: "en", engine: realEngine });
 * ```
 */
import { assess, assessProfile, decide, missingOf, rulesInForce } from "../engine/index.js";
import type { InterviewEngine } from "./plan.js";

export const realEngine: InterviewEngine = {
  assess,
  assessValid: assessProfile,
  decide,
  missingOf,
  rulesInForce,
};
