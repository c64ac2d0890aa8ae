import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullProfile, instantIn, partialProfile } from "../../test/arbitraries.js";
import { FIELDS, type Field, type Profile } from "../contract/profile.js";
import { advisoryRules, blockerRules, documentRules, poeOutcome, routeOutcome } from "../rulebook/index.js";
import { imeDesignation } from "../rulebook/reference-data.js";
import { easternDay, instantOf, isIsoDate } from "../rulebook/time.js";
import { assessProfile, decide, missingOf } from "./assess.js";
import { kleeneValues } from "./kleene.js";
import { settle, settleByDiagrams } from "./settle.js";
import { stateOf, uniformShape } from "./shape.js";
import type { State } from "./state.js";
import { decidesPoeOrRoute, possibleOutcomes } from "./testing/oracle.js";

const now = new Date("2026-11-28T12:00:00Z");
const runs = Number(process.env.PROPERTY_RUNS ?? 10_000);

/** What the (unverified) IME list says about a residence list at an instant, or undefined. */
function listSays(places: readonly string[], t: number): boolean | undefined {
  let unknown = false;
  for (const c of places) {
    const s = imeDesignation(c, t);
    if (s === undefined) unknown = true;
    else if (s.designated) return true;
  }
  return unknown ? undefined : false;
}

/**
 * Fills the unknown fields from a random full profile. `arrival` absent means "now" (not unknown);
 * a date-only arrival becomes an instant of that day; a traveller's direct answer on a designated
 * country agrees with the residence list when the list decides (the contract lets it override).
 */
const completion = (partial: Profile) =>
  fc
    .tuple(
      fullProfile,
      partial.arrival && isIsoDate(partial.arrival) ? instantIn(partial.arrival) : fc.constant(undefined),
    )
    .map(([full, instant]) => {
      const c: Profile = { ...full, ...partial };
      if (partial.arrival === undefined) delete c.arrival;
      if (instant) c.arrival = instant;
      if (partial.recentResidence && partial.designatedCountryStay === undefined) {
        const t = c.arrival
          ? isIsoDate(c.arrival)
            ? easternDay(c.arrival).start
            : instantOf(c.arrival)
          : now.getTime();
        const said = listSays(partial.recentResidence, t);
        if (said !== undefined) c.designatedCountryStay = said;
      }
      return c;
    });

describe("soundness (contract §3)", () => {
  it(`settled poe and route never change under completion (${runs} partial profiles)`, () => {
    let settledSeen = 0;
    fc.assert(
      fc.property(
        partialProfile().chain((p) =>
          fc.tuple(fc.constant(p), fc.array(completion(p), { minLength: 2, maxLength: 2 })),
        ),
        ([partial, completions]) => {
          const a = assessProfile(partial, { now });
          if (a.poe !== "unknown" || a.route !== "unknown") settledSeen++;
          for (const c of completions) {
            const b = assessProfile(c, { now });
            if (a.poe !== "unknown") expect(b.poe).toBe(a.poe);
            if (a.route !== "unknown") expect(b.route).toBe(a.route);
            for (const d of a.documents) expect(b.documents.map((x) => x.code)).toContain(d.code);
            for (const adv of a.advisories) {
              if (adv.code !== "data-unverified") expect(b.advisories.map((x) => x.code)).toContain(adv.code);
            }
          }
          // `missing` is empty exactly when both are settled.
          expect(a.missing.length === 0).toBe(a.poe !== "unknown" && a.route !== "unknown");
        },
      ),
      { numRuns: runs },
    );
    expect(settledSeen).toBeGreaterThan(runs / 10);
  });
});

/** A brute-force oracle: depth-first search over field classes, independent of the decision diagrams. */
function oracle(profile: Profile) {
  const { instants, arrivalDate } = (() => {
    if (!profile.arrival) return { instants: [now.getTime()], arrivalDate: "2026-11-28" };
    if (isIsoDate(profile.arrival)) {
      const { start, end } = easternDay(profile.arrival);
      return { instants: [start, start + 12 * 3_600_000, end - 60_000], arrivalDate: profile.arrival };
    }
    return { instants: [instantOf(profile.arrival)], arrivalDate: profile.arrival.slice(0, 10) };
  })();
  const state: State = { profile, instants, arrivalDate, now: now.getTime() };
  // ADR 0003: when the (unverified) residence list decides, the direct answer is not asked.
  const listDecides =
    profile.recentResidence !== undefined &&
    instants.every((t) => listSays(profile.recentResidence!, t) !== undefined);
  const unknown = FIELDS.filter(
    (f) =>
      profile[f] === undefined &&
      f !== "arrival" &&
      f !== "recentResidence" &&
      !(f === "designatedCountryStay" && listDecides),
  );
  if (instants.length > 1) unknown.unshift("arrival");
  const matters = (f: Field) => decidesPoeOrRoute(state, f);
  const poe = possibleOutcomes(poeOutcome, state, 2);
  const route = possibleOutcomes(routeOutcome, state, 2);
  return {
    poe: poe.length === 1 ? poe[0] : "unknown",
    route: route.length === 1 ? route[0] : "unknown",
    missing: new Set(unknown.filter(matters)),
  };
}

describe("exactness of missing", () => {
  it("matches a brute-force search on profiles with a few unknowns", () => {
    fc.assert(
      fc.property(partialProfile(0.85), (partial) => {
        const a = assessProfile(partial, { now });
        const o = oracle(partial);
        expect(a.poe).toBe(o.poe);
        expect(a.route).toBe(o.route);
        // A day split by a rule change is an unknown only when the change falls inside it.
        const missing = new Set(a.missing.filter((f) => f !== "arrival"));
        expect(missing).toEqual(new Set([...o.missing].filter((f) => f !== "arrival")));
      }),
      { numRuns: Math.min(runs, 400) },
    );
  });

  it("never lists a field that no completion could use to change poe or route", () => {
    const a = assessProfile({ arrival: "2026-03-01", citizenships: ["MX"] }, { now });
    for (const f of ["age", "travelMode", "portOfEntry", "biometricsWithin10Years"] as const) {
      expect(a.missing).not.toContain(f);
    }
    expect(a.missing).toContain("usPermanentResident");
  });
});

describe("Kleene values standing in for diagrams (ADR 0008)", () => {
  const agree = (p: Profile) => {
    const { state } = stateOf(p, now);
    const fast = settle(state);
    const exact = settleByDiagrams(state);
    expect([fast.poe, fast.route, fast.missing, fast.refine]).toEqual([
      exact.poe,
      exact.route,
      exact.missing,
      exact.refine,
    ]);
    for (const r of [...blockerRules, ...documentRules, ...advisoryRules])
      expect(fast.certain(r), r.id).toBe(exact.certain(r));
    // Without refine (decide's way: a blockers-only Kleene pass), the same decisions and the same
    // rules certain, documents and advisories included when asked for.
    const lean = settle(state, false);
    expect([lean.poe, lean.route, lean.missing, lean.refine]).toEqual([
      exact.poe,
      exact.route,
      exact.missing,
      [],
    ]);
    for (const r of [...blockerRules, ...documentRules, ...advisoryRules])
      expect(lean.certain(r), r.id).toBe(exact.certain(r));
  };

  it("give the same settlement as compiling everything, on partial profiles", () => {
    fc.assert(fc.property(partialProfile(0.5), agree), { numRuns: Math.min(runs, 2_000) });
  });

  it("give the same settlement on near-complete profiles, most of them with no diagram at all", () => {
    let direct = 0;
    const n = Math.min(runs, 2_000);
    fc.assert(
      fc.property(partialProfile(0.97), (p) => {
        if (kleeneValues(stateOf(p, now).state).complete) direct++;
        agree(p);
      }),
      { numRuns: n },
    );
    expect(direct).toBeGreaterThan(n / 10);
  });
});

describe("decide: the decisions without the texts", () => {
  const agree = (p: Profile) => {
    const a = assessProfile(p, { now });
    expect(decide(p, { now })).toEqual({
      poe: a.poe,
      route: a.route,
      missing: a.missing,
      blockerRules: a.blockers.map((b) => b.rule),
    });
  };
  it("equals the assessment's poe, route, missing and blockers' rules, on partial profiles", () => {
    fc.assert(fc.property(partialProfile(0.5), agree), { numRuns: Math.min(runs, 2_000) });
  });
  it("… and on near-complete ones", () => {
    fc.assert(fc.property(partialProfile(0.95), agree), { numRuns: Math.min(runs, 2_000) });
  });
});

describe("missingOf: the missing facts alone", () => {
  it("equals the assessment's missing, on partial and near-complete profiles", () => {
    for (const share of [0.2, 0.5, 0.95]) {
      fc.assert(
        fc.property(partialProfile(share), (p) => {
          expect(missingOf(p, { now })).toEqual(assessProfile(p, { now }).missing);
        }),
        { numRuns: Math.min(runs, 1_000) },
      );
    }
  });
});

describe("uniformShape", () => {
  it("has every contract field, in the contract's order, with the profile's values", () => {
    fc.assert(
      fc.property(partialProfile(0.5), (p) => {
        const shaped = uniformShape(p);
        expect(Object.keys(shaped)).toEqual([...FIELDS]);
        for (const f of FIELDS) expect(shaped[f]).toBe(p[f]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("robustness", () => {
  it("assesses any complete or partial profile without throwing", () => {
    fc.assert(
      fc.property(partialProfile(0.5), (p) => {
        const a = assessProfile(p, { now, lang: "fr" });
        expect(a.contract).toBe(1);
      }),
      { numRuns: 2_000 },
    );
  });
});
