/**
 * The comparison peer: the core POE-eligibility rules of poe-permit written for json-rules-engine
 * 7.3.1 (see bench/README.md for exactly what is and is not encoded). Each rule's event is the
 * blocker code the engine would give; no event means the traveller may apply at the POE.
 */

import { Engine, type RuleProperties } from "json-rules-engine";
import type { Profile } from "../src/contract/profile.js";
import visaExemptJson from "../src/rulebook/data/visa-exempt.json" with { type: "json" };

/**
 * Citizenships that exempt from the visitor visa, read from the same data file as the engine, with
 * the same filter (citizenship bases of IRPR 190), undated entries only (the peer has no time
 * model for lists; the generated profiles avoid the dated ones, Mexico and Qatar).
 */
export const PEER_VISA_EXEMPT: string[] = [
  ...new Set(
    visaExemptJson.entries
      .filter(
        (e) =>
          /^[A-Z]{2}$/.test(e.iso2) &&
          ["190(1)(a)", "Schedule 1.1", "190(1)(b)(i)", "190(1)(b)(iii)", "190(1)(c)"].some((b) =>
            e.basis.includes(b),
          ) &&
          !e.effective_from &&
          !e.effective_to,
      )
      .map((e) => e.iso2),
  ),
];

/** FTA professional codes exempt from the flagpoling ban (dossier §4.3). */
const FTA_CODES = ["T36", "F22", "F32", "F42", "F12", "F52"];

const notUsNationalOrPr = [
  { fact: "citizenships", operator: "doesNotContain", value: "US" },
  { fact: "usPermanentResident", operator: "notEqual", value: true },
];

export const PEER_RULES: RuleProperties[] = [
  {
    name: "visa-required (IRPR 198(1): must be visa-exempt; US PRs are)",
    conditions: {
      all: [
        { fact: "citizenships", operator: "noneIn", value: PEER_VISA_EXEMPT },
        { fact: "usPermanentResident", operator: "notEqual", value: true },
      ],
    },
    event: { type: "visa-required" },
  },
  {
    name: "lmia-not-issued (IRPR 198(2)(a))",
    conditions: {
      all: [
        { fact: "permit", operator: "equal", value: "lmia" },
        { fact: "lmiaIssued", operator: "equal", value: false },
        ...notUsNationalOrPr,
        { fact: "countryOfResidence", operator: "notIn", value: ["GL", "PM"] },
      ],
    },
    event: { type: "lmia-not-issued" },
  },
  {
    name: "sawp (IRPR 198(2)(a)(i))",
    conditions: { all: [{ fact: "permit", operator: "equal", value: "sawp" }] },
    event: { type: "sawp" },
  },
  {
    name: "iec-not-us (IRPR 198(2)(c))",
    conditions: { all: [{ fact: "permit", operator: "equal", value: "iec" }, ...notUsNationalOrPr] },
    event: { type: "iec-not-us" },
  },
  {
    name: "pgwp (not at the POE from 2024-06-21)",
    conditions: {
      all: [
        { fact: "permit", operator: "equal", value: "pgwp" },
        { fact: "arrival", operator: "onOrAfter", value: "2024-06-21" },
      ],
    },
    event: { type: "pgwp" },
  },
  {
    name: "flagpoling (ended 2024-12-23 23:59 ET; date-only arrivals from 2024-12-24)",
    conditions: {
      all: [
        { fact: "inCanadaWithStatus", operator: "equal", value: true },
        { fact: "arrivingFrom", operator: "in", value: ["US", "PM"] },
        { fact: "arrival", operator: "onOrAfter", value: "2024-12-24" },
        ...notUsNationalOrPr,
        { fact: "lmiaExemptionCode", operator: "notIn", value: FTA_CODES },
        { fact: "truckDriverCrossBorder", operator: "notEqual", value: true },
        { fact: "cbsaAppointment", operator: "notEqual", value: true },
      ],
    },
    event: { type: "flagpoling" },
  },
];

/** A ready peer engine: rules and the three custom operators they use. */
export function peerEngine(): Engine {
  const engine = new Engine(PEER_RULES, { allowUndefinedFacts: true });
  engine.addOperator<string[], string[]>(
    "noneIn",
    (fact, value) => !(fact ?? []).some((c) => value.includes(c)),
  );
  engine.addOperator<string, string>(
    "onOrAfter",
    (fact, value) => typeof fact === "string" && fact.slice(0, 10) >= value,
  );
  return engine;
}

/** The peer's answer: `poe` and the blocker codes (its events). */
export async function peerAssess(
  engine: Engine,
  profile: Profile,
): Promise<{ poe: "yes" | "no"; blockers: string[] }> {
  const { events } = await engine.run(profile as Record<string, unknown>);
  return { poe: events.length === 0 ? "yes" : "no", blockers: events.map((e) => e.type) };
}
