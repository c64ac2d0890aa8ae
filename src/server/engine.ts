/**
 * The real engine behind the `EngineApi` the HTTP layer uses. Only adapters here: no rule.
 *
 * @example
 * ```ts
 * const engine = realEngine();
 * engine.assess({ citizenships: ["FR"], permit: "pgwp" }, { lang: "fr" });
 * ```
 */
import * as z from "zod/mini";
import { assess, COVERAGE_START, RULEBOOK_VERSION, rulebook, rulesInForce } from "../engine/index.js";
import { profileSchema } from "../engine/validate.js";
import type { Rule } from "../rulebook/index.js";
import { referenceData } from "../rulebook/reference-data.js";
import type { EngineApi, RuleView } from "./engine-api.js";

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

type Dataset = { entries: readonly { iso2?: string; verified?: boolean }[] } & Record<string, unknown>;

function countryData(code?: string): unknown {
  const all = referenceData as unknown as Record<string, Dataset>;
  const datasets: Record<string, Dataset> = {};
  for (const [name, set] of Object.entries(all)) {
    datasets[name] =
      code === undefined ? set : { ...set, entries: set.entries.filter((e) => e.iso2 === code) };
  }
  const summary: Record<string, { entries: number; verified: number; unverified: number }> = {};
  for (const [name, set] of Object.entries(datasets)) {
    const verified = set.entries.filter((e) => e.verified === true).length;
    summary[name] = { entries: set.entries.length, verified, unverified: set.entries.length - verified };
  }
  return { rulebook: RULEBOOK_VERSION, summary, datasets };
}

export function realEngine(): EngineApi {
  const all = rulebook.map(ruleView);
  const profileJson = z.toJSONSchema(profileSchema, { io: "input" }) as Record<string, unknown>;
  const countries = countryData();
  const byCode = new Map<string, unknown>();
  return {
    version: RULEBOOK_VERSION,
    coverageStart: COVERAGE_START,
    assess: (input, options) => assess(input, options),
    rules: (asOf) => (asOf === undefined ? all : rulesInForce(asOf).map(ruleView)),
    profileJsonSchema: () => profileJson,
    countries: (code) => {
      if (code === undefined) return countries;
      let one = byCode.get(code);
      if (one === undefined) {
        one = { code, ...(countryData(code) as object) };
        byCode.set(code, one); // at most 26² entries: `code` is checked to be two capitals
      }
      return one;
    },
  };
}
