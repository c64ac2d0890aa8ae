/**
 * The engine port: the one interface through which the surfaces (the interview, the server, the
 * batch, the web page) use the engine. One real implementation (`realEngine`, engine.ts) and one
 * test double (`fakeEngine`, testing/fake-engine.ts); a surface takes an `Engine` as a parameter so
 * it can be tested with the double or given a pinned clock.
 *
 * @example
 * ```ts
 * import { realEngine } from "./engine.js";
 * const r = realEngine.assess({ citizenships: ["FR"], permit: "pgwp", arrival: "2026-03-01" }, { lang: "fr" });
 * if (r.ok) console.log(r.assessment.poe); // "no"
 * ```
 */
import type { Assessment, AssessResult, Lang } from "../contract/assessment.js";
import type { Field, Profile } from "../contract/profile.js";

/** The options every assessment takes: the language of the texts and the present instant. */
export interface EngineOptions {
  lang?: Lang;
  /** The present instant (default: the clock). */
  now?: Date;
}

/** What `decide` gives: an assessment's decisions, without its texts, documents or advisories. */
export interface Decided {
  poe: Assessment["poe"];
  route: Assessment["route"];
  /** The assessment's `missing`, exactly. */
  missing: Field[];
  /** The ids of the rules behind the assessment's blockers, in the same order (`blockers[].rule`). */
  blockerRules: string[];
}

/** The public face of a rule: what it concludes, its sources and window, never its condition. */
export interface RuleView {
  id: string;
  topic: string;
  title: { en: string; fr: string };
  concludes: { kind: string; code: string };
  /** Each source, with its French version where the rulebook records one. */
  sources: { url: string; provision: string; fr?: { url: string; provision: string } }[];
  effective: { from?: string; to?: string; note?: string };
  lastVerified: string;
}

/** A rule as the interview reads it: its public face and the profile fields its condition reads. */
export interface RuleInfo {
  id: string;
  title: Record<Lang, string>;
  concludes: { kind: string; code: string };
  sources: readonly { url: string; provision: string }[];
  deps: ReadonlySet<Field>;
}

export interface Engine {
  /** The rulebook version id (also in every assessment's `rulebook`). */
  readonly version: string;
  /** The first arrival instant the rulebook covers (ISO). */
  readonly coverageStart: string;
  /** Validates and assesses any input; never throws on bad input (docs/contract.md §5). */
  assess(input: unknown, options?: EngineOptions): AssessResult;
  /** Assesses a profile already known to be valid, skipping validation. */
  assessValid(profile: Profile, options?: EngineOptions): Assessment;
  /** The decisions alone of a valid profile, equal to `assessValid`'s, without any text. */
  decide(profile: Profile, options?: Pick<EngineOptions, "now">): Decided;
  /** `decide`'s `missing` alone, cheaper where the profile is open. */
  missingOf(profile: Profile, options?: Pick<EngineOptions, "now">): Field[];
  /** The rules in force at an instant, with the fields each reads (the interview's "why we ask"). */
  rulesInForce(asOf: string | Date): readonly RuleInfo[];
  /** Every rule, or the rules in force at an instant, as the API shows them. Throws RangeError on a bad instant. */
  rules(asOf?: string): RuleView[];
}

/**
 * The engine with what the HTTP API publishes besides assessments: the profile's JSON Schema and
 * the reference data. Kept apart from `Engine` so that a surface that never publishes them (the web
 * page, which runs the engine in the browser) does not load the code that builds them.
 */
export interface PublishingEngine extends Engine {
  /** JSON Schema (draft 2020-12) of the profile the engine validates with. */
  profileJsonSchema(): Record<string, unknown>;
  /** The reference data (per-country sets with their sources and `verified` flags), or one country's entries. */
  countries(code?: string): unknown;
}
