/**
 * The real engine behind the port (port.ts): adapters over `assess`, `decide` and the rulebook,
 * no rule here. The JSON Schema and the reference-data summary are built on first use, so a
 * surface that never asks (the web page, the CLI) does not pay for them.
 *
 * @example
 * ```ts
 * import { realEngine } from "./engine.js";
 * realEngine.assess({ citizenships: ["FR"], permit: "pgwp" }, { lang: "fr" });
 * ```
 */
import * as z from "zod/mini";
import { COVERAGE_START, RULEBOOK_VERSION, type Rule, rulebook, rulesInForce } from "../rulebook/index.js";
import { referenceData } from "../rulebook/reference-data.js";
import { assess, assessProfile, decide, missingOf } from "./assess.js";
import type { Engine, RuleView } from "./port.js";
import { profileSchema } from "./validate.js";

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

let allRules: RuleView[] | undefined;
let profileJson: Record<string, unknown> | undefined;
let allCountries: unknown;
const byCode = new Map<string, unknown>();

export const realEngine: Engine = {
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
  profileJsonSchema: () => {
    profileJson ??= z.toJSONSchema(profileSchema, { io: "input" }) as Record<string, unknown>;
    return profileJson;
  },
  countries: (code) => {
    if (code === undefined) {
      allCountries ??= countryData();
      return allCountries;
    }
    let one = byCode.get(code);
    if (one === undefined) {
      one = { code, ...(countryData(code) as object) };
      byCode.set(code, one); // at most 26² entries: the server checks `code` is two capitals
    }
    return one;
  },
};
