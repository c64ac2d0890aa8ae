/**
 * The law points of contract 1.1 (docs/contract.md §7) on generated profiles: Quebec's CAQ, IEC at
 * the border (invitation, Letter of Introduction), the St. Pierre and Miquelon eTA waiver, Canadian
 * citizens. Soundness (a settled answer holds for every completion with concrete values) and exact
 * `missing` (a law-point field is listed exactly when some answer to it changes `poe` or `route`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullProfile, instantIn } from "../../test/arbitraries.js";
import type { Profile } from "../contract/profile.js";
import { assessProfile } from "../engine/assess.js";
import { stateOf } from "../engine/shape.js";
import { decidesPoeOrRoute } from "../engine/testing/oracle.js";

const now = new Date("2026-11-28T12:00:00Z");
const runs = Number(process.env.PROPERTY_RUNS ?? 1_000);

/** The fields the law points read; each may be left unknown. */
const LAW_FIELDS = [
  "citizenships",
  "jobProvince",
  "jobDays",
  "jobUnpaid",
  "caqAttestation",
  "iecInvitation",
  "letterOfIntroduction",
  "countryOfResidence",
  "arrivingFrom",
  "travelMode",
  "usPermanentResident",
] as const;

const lawProfile = fc.record({
  permit: fc.constantFrom("lmia" as const, "iec" as const, "lmia-exempt" as const),
  citizenships: fc.constantFrom<string[]>(["FR"], ["US"], ["IE"], ["CA"], ["CA", "IN"], ["IN"]),
  jobProvince: fc.constantFrom("QC", "ON"),
  jobDays: fc.constantFrom(30, 31, 365),
  jobUnpaid: fc.boolean(),
  caqAttestation: fc.boolean(),
  iecInvitation: fc.boolean(),
  letterOfIntroduction: fc.boolean(),
  countryOfResidence: fc.constantFrom("PM", "FR", "US"),
  arrivingFrom: fc.constantFrom("PM", "US", "FR"),
  travelMode: fc.constantFrom("air" as const, "sea" as const, "land" as const),
  usPermanentResident: fc.boolean(),
  arrival: fc.constantFrom("2025-06-02", "2026-06-05", "2026-03-01"),
});

/** A full background profile with the law-point fields drawn at their edges, some left unknown. */
const partialLaw = fc
  .tuple(lawProfile, fullProfile, fc.subarray([...LAW_FIELDS]))
  .map(([law, full, unknown]) => {
    const p: Record<string, unknown> = { ...full, ...law, lmiaIssued: true, inCanadaWithStatus: false };
    for (const k of unknown) delete p[k];
    return p as Profile;
  });

describe("contract 1.1 law points on generated profiles (soundness and exact missing, docs/contract.md §3)", () => {
  it(`a settled poe or route holds for every completion with concrete values (${runs} profiles)`, () => {
    fc.assert(
      fc.property(
        partialLaw.chain((p) => fc.tuple(fc.constant(p), fullProfile, lawProfile, instantIn(p.arrival!))),
        ([partial, full, law, instant]) => {
          const a = assessProfile(partial, { now });
          const b = assessProfile({ ...full, ...law, ...partial, arrival: instant }, { now });
          if (a.poe !== "unknown") expect(b.poe).toBe(a.poe);
          if (a.route !== "unknown") expect(b.route).toBe(a.route);
          expect(a.missing.length === 0).toBe(a.poe !== "unknown" && a.route !== "unknown");
        },
      ),
      { numRuns: runs },
    );
  });

  it(`missing lists a law-point field exactly when some answer to it changes poe or route (${Math.min(runs, 300)} profiles)`, () => {
    fc.assert(
      fc.property(partialLaw, (partial) => {
        const a = assessProfile(partial, { now });
        const { state } = stateOf(partial, now);
        for (const f of LAW_FIELDS) {
          if (partial[f] !== undefined) continue;
          const matters = decidesPoeOrRoute(state, f);
          expect(a.missing.includes(f), f).toBe(matters);
        }
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });

  it("a Canadian citizen gets only canadian-citizen, route none, nothing to bring, whatever else is true", () => {
    fc.assert(
      fc.property(fullProfile, fc.constantFrom<string[]>(["CA"], ["CA", "IN"], ["US", "CA"]), (full, c) => {
        const a = assessProfile({ ...full, citizenships: c }, { now });
        expect(a.blockers.map((b) => b.code)).toEqual(["canadian-citizen"]);
        expect(a.route).toBe("none");
        expect(a.documents).toEqual([]);
        expect(a.advisories.map((x) => x.code).filter((x) => x !== "rules-may-change")).toEqual([
          "officer-decides",
        ]);
        expect(a.missing).toEqual([]);
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });

  it("a settled no says why, also while the citizenships are unknown", () => {
    // A citizen needs no permit, anyone else meets the bar: "no" either way, explained by the bar.
    const a = assessProfile(
      { permit: "lmia-exempt", jobOffer: true, complianceFeePaid: false, arrival: "2026-03-01" },
      { now },
    );
    expect(a.poe).toBe("no");
    expect(a.blockers.map((b) => b.code)).toEqual(["employer-offer-incomplete"]);
    // A "no" that rests on a choice between bars (an IEC applicant: iec-not-us unless a US
    // national, then iec-invitation-missing) names none of them until the choice is known; on a
    // complete profile a "no" always names its bar.
    fc.assert(
      fc.property(fullProfile, (full) => {
        const x = assessProfile(full, { now });
        if (x.poe === "no") expect(x.blockers.length, JSON.stringify(full)).toBeGreaterThan(0);
        if (x.poe === "yes") expect(x.blockers).toEqual([]);
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });
});
