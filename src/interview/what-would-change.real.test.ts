import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partialProfile } from "../../test/arbitraries.js";
import type { Assessment } from "../contract/assessment.js";
import type { Profile } from "../contract/profile.js";
import { realEngine } from "../engine/engine.js";
import type { Engine, EngineOptions } from "../engine/port.js";
import { whatWouldChange } from "./what-would-change.js";

const scenario = (name: string): Profile =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../test/fixtures/scenarios", `${name}.json`), "utf8"))
    .profile;
const wwc = (p: Profile, lang: "en" | "fr" = "en") => whatWouldChange(p, { lang, engine: realEngine });
const fields = (p: Profile) => wwc(p).map((o) => o.changes.map((c) => c.field));

describe("whatWouldChange on the real rulebook", () => {
  it.each([
    ["005-au-lmia-not-issued", "lmiaIssued", "R-POE-04"],
    ["010-gb-public-health-job-no-medical", "medicalExamDate", "R-POE-09"],
    ["013-ch-lmia-exempt-compliance-fee-unpaid", "complianceFeePaid", "R-POE-11"],
    ["009-de-flagpoling-lmia-exempt-2025", "cbsaAppointment", "R-POE-08"],
  ])("%s: %s lifts %s and makes poe yes", (name, field, rule) => {
    const out = wwc(scenario(name));
    expect(out).toHaveLength(1);
    expect(out[0]!.changes.map((c) => c.field)).toEqual([field]);
    expect(out[0]!.result).toEqual({ poe: "yes", route: "apply-at-poe" });
    expect(out[0]!.satisfies.map((r) => r.id)).toEqual([rule]);
    expect(out[0]!.satisfies[0]!.url).toMatch(/^https:\/\//);
  });

  it("finds a two-step remedy (job offer and fee) and never a one-step one that does not work", () => {
    const p = { ...scenario("013-ch-lmia-exempt-compliance-fee-unpaid"), jobOffer: false };
    expect(fields(p)).toEqual([["jobOffer", "complianceFeePaid"]]);
  });

  it("a better route counts when the border stays closed: visa required, LMIA not issued", () => {
    const p = { ...scenario("003-in-visa-required-lmia"), lmiaIssued: false };
    const out = wwc(p);
    expect(out.map((o) => o.changes.map((c) => c.field))).toEqual([["lmiaIssued"]]);
    expect(out[0]!.result).toEqual({ poe: "no", route: "apply-online-first" });
  });

  it.each([
    "003-in-visa-required-lmia",
    "004-br-eta-conditional-air-us-visa",
    "006-mx-sawp-2025",
    "008-fr-pgwp-new-arrival-2025",
    "011-nl-bridging-owp-in-canada",
    "012-jp-dependent-child-owp-2025",
    "023-ma-eta-conditional-land-fr",
  ])("%s: nothing actionable helps, so it is empty", (name) => {
    expect(wwc(scenario(name))).toEqual([]);
  });

  it("007-ie-iec-not-us: an approved online application (a Letter of Introduction) lifts IRPR 198(2)(c)", () => {
    const out = wwc(scenario("007-ie-iec-not-us"));
    expect(out.map((o) => o.changes.map((c) => c.field))).toEqual([["letterOfIntroduction"]]);
    expect(out[0]!.result).toEqual({ poe: "yes", route: "letter-of-introduction" });
    expect(out[0]!.satisfies.map((r) => r.id)).toEqual(["R-POE-06"]);
  });

  it("is empty when poe is yes, and never touches citizenship, age or where one arrives from", () => {
    expect(wwc(scenario("001-fr-lmia-exempt-air-yvr"))).toEqual([]);
    const forbidden = [
      "citizenships",
      "age",
      "arrivingFrom",
      "travelMode",
      "inCanadaWithStatus",
      "countryOfResidence",
    ];
    for (const name of [
      "005-au-lmia-not-issued",
      "009-de-flagpoling-lmia-exempt-2025",
      "003-in-visa-required-lmia",
    ]) {
      for (const o of wwc(scenario(name)))
        for (const c of o.changes) expect(forbidden).not.toContain(c.field);
    }
  });

  it("speaks French", () => {
    const out = wwc(scenario("010-gb-public-health-job-no-medical"), "fr");
    expect(out[0]!.changes[0]!.action).toMatch(/examen médical/);
  });
});

describe("pruning by the engine's `missing` (exact), variants decided without re-validation or texts", () => {
  it("gives the same options as trying every combination with full validation, on generated profiles", () => {
    // The reference: every combination, each variant validated and fully assessed (no `assessValid`, no `decide`).
    const validated = (p: Profile, o?: EngineOptions): Assessment => {
      const r = realEngine.assess(p, o);
      if (!r.ok) throw new Error("a variant of a valid profile was refused");
      return r.assessment;
    };
    const decidedBy =
      (full: (p: Profile, o?: EngineOptions) => Assessment) => (p: Profile, o?: EngineOptions) => {
        const a = full(p, o);
        return {
          poe: a.poe,
          route: a.route,
          missing: a.missing,
          blockerRules: a.blockers.map((b) => b.rule),
        };
      };
    const validating: Engine = {
      ...realEngine,
      assessValid: validated,
      decide: decidedBy(validated),
      missingOf: (p, o) => validated(p, o).missing,
    };
    // Pruned, with whole assessments of the variants instead of the engine's `decide`.
    const assessing: Engine = {
      ...realEngine,
      decide: decidedBy(realEngine.assessValid),
      missingOf: (p, o) => realEngine.assessValid(p, o).missing,
    };
    const now = new Date("2026-11-28T12:00:00Z");
    let refused = 0;
    fc.assert(
      fc.property(partialProfile(0.9), (p) => {
        const r = realEngine.assess(p, { now });
        if (!r.ok || r.assessment.poe !== "no") return;
        refused++;
        const pruned = whatWouldChange(p, { lang: "en", engine: realEngine, now });
        const every = whatWouldChange(p, { lang: "en", engine: validating, now, prune: false });
        expect(pruned).toEqual(every);
        expect(whatWouldChange(p, { lang: "en", engine: assessing, now })).toEqual(every);
      }),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(50);
  });
});
