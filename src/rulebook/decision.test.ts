/**
 * The verdict and route as three-valued functions of a partial profile (`poeOutcome`,
 * `routeOutcome`): known only when every branch that the unknown facts leave open agrees.
 */
import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { stateOf } from "../engine/shape.js";
import { Probe } from "../engine/state.js";
import { poeOutcome, routeOutcome } from "./decision.js";

const now = new Date("2026-11-28T12:00:00Z");
const at = (p: Profile) => new Probe(stateOf(p, now).state);

const french: Profile = {
  citizenships: ["FR"],
  passportKinds: [],
  usPermanentResident: false,
  countryOfResidence: "FR",
  arrivingFrom: "FR",
  travelMode: "air",
  inCanadaWithStatus: false,
  letterOfIntroduction: false,
  arrival: "2025-06-01",
};

describe("poeOutcome and routeOutcome", () => {
  it.each<[string, Profile, string | undefined, string | undefined]>([
    ["a Canadian: no, no route whatever else", { citizenships: ["CA"] }, "no", "none"],
    ["a PGWP from abroad: no, online first", { ...french, permit: "pgwp" }, "no", "apply-online-first"],
    [
      "a PGWP, in Canada with status: from inside",
      { ...french, permit: "pgwp", inCanadaWithStatus: true },
      "no",
      "apply-from-inside-canada",
    ],
    [
      "an LMIA job without the LMIA: no route",
      { ...french, permit: "lmia", lmiaIssued: false },
      "no",
      "none",
    ],
    ["nothing known: both open", {}, undefined, undefined],
    ["the permit unknown: both open", { ...french }, undefined, undefined],
  ])("%s", (_, profile, poe, route) => {
    expect(poeOutcome(at(profile))).toBe(poe);
    expect(routeOutcome(at(profile))).toBe(route);
  });

  it("reads the fields its branches read", () => {
    for (const f of ["citizenships", "permit", "letterOfIntroduction", "inCanadaWithStatus"] as const) {
      expect(poeOutcome.deps.has(f) || routeOutcome.deps.has(f), f).toBe(true);
    }
    expect(routeOutcome.deps.has("letterOfIntroduction")).toBe(true);
    expect(poeOutcome.deps.has("permit")).toBe(true);
  });
});
