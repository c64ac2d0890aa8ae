/**
 * The shared facts the rules are built from, at their edges: several citizenships (one exempting
 * is enough), and the IME designation read from the partial, unverified country list (a country
 * missing from the list is unknown, never "not designated"; a reading of the list is marked).
 */
import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { stateOf } from "../engine/shape.js";
import { Probe } from "../engine/state.js";
import {
  conditionalEtaNational,
  DOCUMENT_HOLDERS,
  designatedCountryStay,
  exemptTravelDocument,
  medicalExamExpired,
  medicalExamValid,
  visaExempt,
} from "./facts.js";

const now = new Date("2026-11-28T12:00:00Z");
const probe = (p: Profile) => new Probe(stateOf(p, now).state);

describe("several citizenships: one is enough", () => {
  it.each([
    [["IN"], false],
    [["FR"], true],
    [["IN", "FR"], true],
    [["FR", "IN"], true],
  ])("visa-exempt with %j: %s", (citizenships, want) => {
    expect(
      visaExempt(
        probe({ citizenships, passportKinds: [], usPermanentResident: false, arrival: "2025-06-01" }),
      ),
    ).toBe(want);
  });

  it.each([
    [["MX"], true],
    [["IN", "MX"], true],
    [["IN"], false],
  ])("conditional-eTA national with %j: %s", (citizenships, want) => {
    expect(conditionalEtaNational(probe({ citizenships, arrival: "2025-06-01" }))).toBe(want);
  });
});

describe("a stay in a designated country, read from the IME list", () => {
  it.each<[string, string[], boolean | undefined, boolean]>([
    // [arrival, recentResidence, designated stay, list leaned on]
    ["2025-06-01", ["IN"], true, true],
    ["2025-06-01", ["AR"], false, true], // listed, designated only from 2025-11-03
    ["2025-11-03", ["AR"], true, true],
    ["2025-06-01", ["FR"], undefined, false], // not on the partial list: unknown, the direct question is asked
    ["2025-06-01", ["AR", "FR"], undefined, false], // one country unknown: unknown
    ["2025-06-01", ["FR", "IN"], true, true], // one designated country is enough
    ["2025-06-01", ["CA"], false, true],
    ["2025-06-01", [], false, false], // no stay abroad: no list read
  ])("arriving %s after living in %j: %s (list read: %s)", (arrival, recentResidence, want, leaned) => {
    const v = probe({ arrival, recentResidence });
    expect(designatedCountryStay(v)).toBe(want);
    expect(v.leanedOnUnverified).toBe(leaned);
  });

  it("a direct answer wins over the list, and the list is not read", () => {
    const v = probe({ arrival: "2025-06-01", recentResidence: ["IN"], designatedCountryStay: false });
    expect(designatedCountryStay(v)).toBe(false);
    expect(v.leanedOnUnverified).toBe(false);
  });
});

describe("the medical exam's date (IRPR 30(3): within the 12 months before arrival)", () => {
  it.each<[string | null | undefined, boolean | undefined, boolean | undefined]>([
    // [exam date, valid, expired], arriving 2025-06-01
    [undefined, undefined, undefined], // not known: neither, never a guess
    [null, false, false], // no exam yet: not valid, and nothing to expire
    ["2025-05-01", true, false],
    ["2024-06-01", true, false], // exactly 12 months before
    ["2024-05-31", false, true],
    ["2025-06-02", false, false], // after the arrival
  ])("exam %s: valid %s, expired %s", (medicalExamDate, valid, expired) => {
    const p: Profile = {
      arrival: "2025-06-01",
      ...(medicalExamDate !== undefined ? { medicalExamDate } : {}),
    };
    expect(medicalExamValid(probe(p))).toBe(valid);
    expect(medicalExamExpired(probe(p))).toBe(expired);
  });
});

describe("a travel document that exempts (IRPR 190(1)(b)(ii), 190(2), 190(2.1))", () => {
  const at = { arrival: "2025-06-01" } as const;
  it.each([
    ["the Holy See's, whatever the citizenship", { citizenships: ["IN"], passportKinds: ["holy-see"] }, true],
    ["the Holy See's, the citizenship unknown", { passportKinds: ["holy-see"] }, true],
    [
      "Romania's e-passport held by a citizen of Romania",
      { citizenships: ["RO"], passportKinds: ["romania-e-passport"] },
      true,
    ],
    [
      "Romania's e-passport held by someone else (190(2.1) names the citizen)",
      { citizenships: ["IN"], passportKinds: ["romania-e-passport"] },
      false,
    ],
    ["Romania's e-passport, the citizenship unknown", { passportKinds: ["romania-e-passport"] }, undefined],
    [
      "Romania's and the Holy See's",
      { citizenships: ["IN"], passportKinds: ["romania-e-passport", "holy-see"] },
      true,
    ],
    ["none, the citizenship unknown: still no document", { passportKinds: [] }, false],
    ["the documents unknown", { citizenships: ["IN"] }, undefined],
  ] as const)("%s: %s", (_, profile, want) => {
    expect(exemptTravelDocument(probe({ ...profile, ...at } as unknown as Profile))).toBe(want);
  });
});

describe("who can hold each exempting document (the interview offers it to them)", () => {
  it.each([
    ["romania-e-passport", ["RO"]],
    ["israel-national-passport", ["IL"]],
    ["holy-see", ["*"]],
    ["british-national-overseas", ["*"]],
  ] as const)("%s: %j", (kind, holders) => {
    expect(DOCUMENT_HOLDERS[kind]).toEqual(holders);
  });
});
