/**
 * What the HTTP layer needs from the engine, as an interface, so that the app can be tested
 * with a stand-in and wired to the real engine in `engine.ts`. The server holds no rule.
 *
 * @example
 * ```ts
 * const app = createApp({ engine: realEngine(), store, apiKey });
 * ```
 */
import type { AssessResult, Lang } from "../contract/assessment.js";

export interface RuleView {
  id: string;
  topic: string;
  title: { en: string; fr: string };
  concludes: { kind: string; code: string };
  sources: { url: string; provision: string }[];
  effective: { from?: string; to?: string; note?: string };
  lastVerified: string;
}

export interface EngineApi {
  /** The rulebook version id (also in every assessment's `rulebook`). */
  version: string;
  /** The first arrival instant the rulebook covers (ISO). */
  coverageStart: string;
  assess(input: unknown, options: { lang: Lang; now?: Date }): AssessResult;
  /** Every rule, or the rules in force at an instant. Throws RangeError on a bad instant. */
  rules(asOf?: string): RuleView[];
  /** JSON Schema (draft 2020-12) of the profile the engine validates with. */
  profileJsonSchema(): Record<string, unknown>;
  /** The reference data (per-country sets with their sources and `verified` flags), or one country's entries. */
  countries(code?: string): unknown;
}
