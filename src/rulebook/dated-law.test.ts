/**
 * Dated law as data: the dated() helper, one notation for the rulebook's instants, and the examples
 * of the open-permit, flagpoling and medical rules run through the engine.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANGE_DAYS, fullProfile, instantIn } from "../../test/arbitraries.js";
import type { Profile } from "../contract/profile.js";
import { assessProfile } from "../engine/assess.js";
import { stateOf } from "../engine/shape.js";
import { Probe } from "../engine/state.js";
import { decidesPoeOrRoute } from "../engine/testing/oracle.js";
import { dated } from "./dated.js";
import { studentSpousePrograms, workerFamilyRules } from "./family-permits.js";
import { CHANGE_INSTANTS, datedParameters, rulebook } from "./index.js";
import { is } from "./logic.js";
import {
  imeChangeInstants,
  imeDesignation,
  referenceData,
  visaExemptCitizenships,
} from "./reference-data.js";
import { SRC } from "./rule.js";
import { instantOf, parseDateTime, startOfEasternDay } from "./time.js";

const now = new Date("2026-11-28T12:00:00Z");
const src = [SRC.c42Pdi("test", "essai")];

describe("dated(): the value in force at an instant", () => {
  const p = dated("test.months", [
    { to: "2025-01-21T00:00:00-05:00", value: 6, sources: src },
    { from: "2025-01-21T00:00:00-05:00", value: 16, sources: src },
  ]);

  it("gives each period's value, the change instant belonging to the later period", () => {
    expect(p.at(instantOf("2025-01-20T23:59:59-05:00"))).toBe(6);
    expect(p.at(instantOf("2025-01-21T00:00:00-05:00"))).toBe(16);
    expect(p.changeInstants()).toEqual([instantOf("2025-01-21T00:00:00-05:00")]);
  });

  it("outside every window, no value is in force and the fact is false", () => {
    const late = dated("test.late", [{ from: "2025-01-21T00:00:00-05:00", value: true, sources: src }]);
    expect(late.at(instantOf("2025-01-20T12:00:00-05:00"))).toBe(undefined);
    const f = late.when(() => is("permit", "open"));
    const state = (arrival: string) => stateOf({ permit: "open", arrival }, now).state;
    expect(f(new Probe(state("2025-01-20")))).toBe(false);
    expect(f(new Probe(state("2025-01-21")))).toBe(true);
  });

  it("refuses windows with a gap, an overlap, or a bare date", () => {
    expect(() =>
      dated("gap", [
        { to: "2025-01-21T00:00:00-05:00", value: 1, sources: src },
        { from: "2025-01-22T00:00:00-05:00", value: 2, sources: src },
      ]),
    ).toThrow(/must end where/);
    expect(() => dated("bare", [{ from: "2025-01-21", value: 1, sources: src }])).toThrow(/offset/);
  });

  it("is three-valued on a date-only arrival that straddles a change inside the day", () => {
    const mid = dated("test.mid-day", [
      { to: "2025-03-01T12:00:00-05:00", value: ["a"], sources: src },
      { from: "2025-03-01T12:00:00-05:00", value: ["b"], sources: src },
    ]);
    const f = mid.when((values) => is("lmiaExemptionCode", ...(values as never[])));
    const probe = (arrival: string) => {
      const state = {
        profile: { lmiaExemptionCode: "C10" },
        instants: [instantOf(`${arrival}T00:00:00-05:00`), instantOf("2025-03-01T12:00:00-05:00")],
        arrivalDate: arrival,
        now: instantOf("2026-11-28T12:00:00Z"),
      };
      return new Probe(state);
    };
    const v = probe("2025-03-01");
    // Both values reject C10: the answer is false on either side of the change.
    expect(f(v)).toBe(false);
    const g = mid.when((values) =>
      is("lmiaExemptionCode", ...((values[0] === "a" ? ["C10"] : []) as never[])),
    );
    const w = probe("2025-03-01");
    expect(g(w)).toBe(undefined);
    expect(w.needed).toContain("arrival");
  });
});

describe("one notation for the rulebook's instants (ISO 8601 with offset)", () => {
  const written = [
    ...rulebook.flatMap((r) => [r.effective.from, r.effective.to]),
    ...datedParameters().flatMap((p) => p.periods.flatMap((q) => [q.from, q.to])),
    ...[
      ...referenceData.visaExempt.entries,
      ...referenceData.conditionalEta.entries,
      ...referenceData.conditionalEta.historical_entries,
    ].flatMap((e) => [e.effective_from, e.effective_to]),
    ...referenceData.imeDesignated.revisions.map((r) => r.effective_from),
  ].filter((x): x is string => typeof x === "string");

  it.each(written)(
    "%s has an offset, and a midnight one is the start of that day in Eastern Time",
    (text) => {
      expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      if (text.slice(11, 19) === "00:00:00")
        expect(parseDateTime(text)).toBe(startOfEasternDay(text.slice(0, 10)));
    },
  );

  it("the engine splits an arrival day at every dated parameter's change", () => {
    for (const p of [workerFamilyRules, studentSpousePrograms])
      for (const t of p.changeInstants()) expect(CHANGE_INSTANTS).toContain(t);
  });

  it("every period of the family-permit data carries a source", () => {
    for (const p of [workerFamilyRules, studentSpousePrograms])
      for (const q of p.periods) expect(q.sources.length).toBeGreaterThan(0);
  });
});

describe("reference data filtered on structured codes, with dated revisions", () => {
  const t = (s: string) => instantOf(s);

  it("visa-exempt citizenships come from the entries' IRPR provision, not the words of their basis", () => {
    for (const e of referenceData.visaExempt.entries)
      expect(e.provision).toMatch(/^190\(\d+(\.\d)?\)(\([a-z.0-9]+\))?(\([ivx]+\))?$/);
    expect(visaExemptCitizenships.has("GB", t("2025-06-01"))).toBe(true);
    expect(visaExemptCitizenships.has("BM", t("2025-06-01"))).toBe(true);
    expect(visaExemptCitizenships.has("US", t("2025-06-01"))).toBe(true);
    // Document-based entries (Holy See, Israel, Hong Kong, Taiwan, Romania) are not citizenships here.
    for (const code of ["VA", "IL", "HK", "TW", "RO"])
      expect(visaExemptCitizenships.has(code, t("2025-06-01"))).toBe(false);
    expect(visaExemptCitizenships.has("MX", t("2024-02-29T23:29:00-05:00"))).toBe(true);
    expect(visaExemptCitizenships.has("MX", t("2024-02-29T23:30:00-05:00"))).toBe(false);
  });

  it("the 2025-11-03 IME revision is data: added and removed countries swap status on that day", () => {
    const before = t("2025-11-02T23:59:00-05:00");
    const after = t("2025-11-03T00:00:00-05:00");
    for (const code of ["AR", "CO", "UY", "VE"]) {
      expect(imeDesignation(code, before)?.designated, code).toBe(false);
      expect(imeDesignation(code, after)?.designated, code).toBe(true);
    }
    for (const code of ["AM", "BA", "IQ", "LV", "LT", "TW"]) {
      expect(imeDesignation(code, before)?.designated, code).toBe(true);
      expect(imeDesignation(code, after)?.designated, code).toBe(false);
    }
    expect(imeDesignation("IN", before)?.designated).toBe(true);
    expect(imeDesignation("IN", after)?.designated).toBe(true);
    expect(imeChangeInstants).toEqual([after]);
  });
});

describe("family open permits on generated profiles (soundness and exact missing, contract §3)", () => {
  const family = fc.record({
    permit: fc.constant("open" as const),
    openPermitCategory: fc.constantFrom(
      "spouse-of-worker",
      "dependent-child",
      "spouse-of-student",
      "fta-spouse",
    ),
    arrival: fc.constantFrom(...CHANGE_DAYS, "2022-06-01", "2023-05-01", "2024-10-01", "2026-03-02"),
  });
  const known = [
    "principalTeer",
    "principalEligibleTeer23",
    "principalProgram",
    "principalStream",
    "principalTransitioningToPr",
    "principalPermitMonthsLeft",
    "principalLmiaExemptionCode",
  ] as const;
  const partialFamily = fc
    .tuple(family, fullProfile, fc.subarray([...known]), fc.boolean())
    .map(([f, full, keep, rest]) => {
      const p: Profile = { ...f, citizenships: ["FR"], letterOfIntroduction: false };
      for (const k of keep) (p as Record<string, unknown>)[k] = full[k];
      if (rest)
        Object.assign(p, { inCanadaWithStatus: full.inCanadaWithStatus, arrivingFrom: full.arrivingFrom });
      return p;
    });
  const runs = Number(process.env.PROPERTY_RUNS ?? 1_000);

  it(`a settled poe or route holds for every completion with concrete values (${runs} profiles)`, () => {
    fc.assert(
      fc.property(
        partialFamily.chain((p) => fc.tuple(fc.constant(p), fullProfile, instantIn(p.arrival!))),
        ([partial, full, instant]) => {
          const a = assessProfile(partial, { now });
          const c: Profile = { ...full, ...partial, arrival: instant };
          const b = assessProfile(c, { now });
          if (a.poe !== "unknown") expect(b.poe).toBe(a.poe);
          if (a.route !== "unknown") expect(b.route).toBe(a.route);
          expect(a.missing.length === 0).toBe(a.poe !== "unknown" && a.route !== "unknown");
        },
      ),
      { numRuns: runs },
    );
  });

  it(`missing lists a principal's field exactly when some answer to it changes poe or route (${Math.min(runs, 300)} profiles)`, () => {
    fc.assert(
      fc.property(partialFamily, (partial) => {
        const a = assessProfile(partial, { now });
        const { state } = stateOf(partial, now);
        for (const f of known) {
          if (partial[f] !== undefined) continue;
          const matters = decidesPoeOrRoute(state, f);
          expect(a.missing.includes(f), f).toBe(matters);
        }
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });
});
