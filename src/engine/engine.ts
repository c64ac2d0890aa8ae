/**
 * The real engine behind the port (port.ts): the core engine (core-engine.ts) and what the HTTP API
 * publishes besides, the profile's JSON Schema and the reference data, both built on first use.
 *
 * @example
 * ```ts
 * import { realEngine } from "./engine.js";
 * realEngine.assess({ citizenships: ["FR"], permit: "pgwp" }, { lang: "fr" });
 * ```
 */
import * as z from "zod/mini";
import { RULEBOOK_VERSION } from "../rulebook/index.js";
import { referenceData } from "../rulebook/reference-data.js";
import { coreEngine } from "./core-engine.js";
import type { PublishingEngine } from "./port.js";
import { profileSchema } from "./validate.js";

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

let profileJson: Record<string, unknown> | undefined;
let allCountries: unknown;
const byCode = new Map<string, unknown>();

export const realEngine: PublishingEngine = {
  ...coreEngine,
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
