import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldArbitraries, partialProfile } from "../../test/arbitraries.js";
import type { Assessment } from "../contract/assessment.js";
import { type Field, PASSPORT_KINDS, type PassportKind, type Profile } from "../contract/profile.js";
import { assess, realEngine } from "../engine/index.js";
import { DOCUMENT_EXEMPTIONS } from "../rulebook/facts.js";
import { documentHolders, referenceData } from "../rulebook/reference-data.js";
import { allCountries } from "./countries.js";
import { effectiveAnswers, nextQuestion, type PlanOptions } from "./plan.js";
import { inferredAnswers, PASSPORT_KIND_HOLDERS, possiblePassportKinds } from "./relevance.js";
import { answer, dontKnow, type InterviewState, startState } from "./state.js";

const options: PlanOptions = { lang: "en", engine: realEngine };

/** Plays the interview with these answers ("I don't know" for the rest); the fields asked, in order. */
function play(
  state: InterviewState,
  table: Partial<Record<Field, unknown>>,
): { asked: Field[]; state: InterviewState; offered: string[] } {
  const asked: Field[] = [];
  let offered: string[] = [];
  for (let i = 0; i < 60; i++) {
    const step = nextQuestion(state, options);
    if (step.kind === "done") return { asked, state, offered };
    asked.push(step.field);
    if (step.field === "passportKinds" && step.question.kind === "several-of")
      offered = step.question.choices.map((c) => String(c.value));
    state =
      step.field in table
        ? answer(state, step.field, table[step.field] as never)
        : dontKnow(state, step.field);
  }
  throw new Error("no end");
}

const lmiaExemptIndian = {
  permit: "lmia-exempt",
  letterOfIntroduction: false,
  jobOffer: true,
  complianceFeePaid: true,
  citizenships: ["IN"],
  inCanadaWithStatus: false,
  usPermanentResident: false,
  publicHealthJob: false,
  stayMonths: 12,
  designatedCountryStay: false,
} as const;

/** IRPR 190(2)(b), (e), (e.1) and 190(1)(b)(ii): documents any citizenship can go with. */
const ANY_CITIZENSHIP: PassportKind[] = [
  "british-national-overseas",
  "british-subject-right-of-abode",
  "british-overseas-citizen-readmissible",
  "holy-see",
];

describe("the documents offered, per citizenship (IRPR 190(1)(b)(ii), 190(2), 190(2.1))", () => {
  it.each<[string[], PassportKind[], string]>([
    [["IN"], [], "an Indian may hold a Holy See, BN(O), British Subject or BOC document"],
    [["NP"], [], "a Nepali born in Hong Kong may be a BN(O) or a British overseas citizen"],
    [["MX"], [], "Mexico: no document of its own"],
    [["VA"], [], "190(2)(b): any holder of a Holy See document"],
    [["GB"], [], "the British documents are held with any citizenship, the United Kingdom's too"],
    [["IL"], ["israel-national-passport"], "190(2)(c)"],
    [["RO"], ["romania-e-passport"], "190(2.1): Romanian citizens only"],
    [["TW"], ["taiwan-passport-with-personal-id"], "190(2)(f)"],
    [["HK"], ["hong-kong-sar-passport"], "190(2)(d)"],
    [
      ["CN"],
      ["taiwan-passport-with-personal-id", "hong-kong-sar-passport"],
      "China as Hong Kong's or Taiwan's",
    ],
    [["IN", "RO"], ["romania-e-passport"], "a dual citizen: each citizenship's documents"],
  ])("%j: %j and the four any-citizenship documents (%s)", (citizenships, own, _why) => {
    const want = PASSPORT_KINDS.filter((k) => own.includes(k) || ANY_CITIZENSHIP.includes(k));
    expect(possiblePassportKinds(citizenships)).toEqual(want);
  });

  it.each<[PassportKind, string[]]>([
    ["israel-national-passport", ["IN", "US", "CN", "RO"]],
    ["romania-e-passport", ["MD", "BG", "IN"]],
    ["taiwan-passport-with-personal-id", ["IN", "HK"]],
    ["hong-kong-sar-passport", ["IN", "TW", "MO", "GB"]],
  ])("%s is not offered to %j", (kind, citizenships) => {
    for (const c of citizenships) expect(possiblePassportKinds([c]), c).not.toContain(kind);
  });

  it("infers no special passport for no citizenship: the question stays for every one of them", () => {
    expect(inferredAnswers({ inCanadaWithStatus: false, citizenships: ["IN"] })).toEqual({
      maintainedStatus: false,
    });
    for (const { code } of allCountries("en"))
      expect(inferredAnswers({ citizenships: [code] }).passportKinds, code).toBeUndefined();
    // A given answer is never overridden.
    expect(inferredAnswers({ inCanadaWithStatus: false, maintainedStatus: true })).toEqual({});
  });

  it("comes from the rulebook's reference data: every document has its entry, and its issuing state holds it", () => {
    for (const kind of PASSPORT_KINDS) {
      const provision = DOCUMENT_EXEMPTIONS[kind].replace(/^IRPR /, "");
      expect(documentHolders.get(provision), kind).toBe(PASSPORT_KIND_HOLDERS[kind]);
      const entries = referenceData.visaExempt.entries.filter((e) => e.provision === provision);
      expect(entries, kind).toHaveLength(1);
      const { iso2, holders, holders_basis, holders_source, holders_verified } = entries[0]!;
      expect(holders?.includes(iso2) || holders?.includes("*"), kind).toBe(true);
      expect(holders_basis && holders_source, kind).toBeTruthy();
      expect(typeof holders_verified, kind).toBe("boolean");
    }
  });
});

describe("what the interview asks, with the engine deciding where the answer matters", () => {
  it.each<[string, boolean, Partial<Profile>]>([
    ["an Indian citizen (a Holy See document exempts, 190(2)(b))", true, {}],
    ["an Indian US permanent resident (190(1)(c) exempts already)", false, { usPermanentResident: true }],
    ["a French citizen (Schedule 1.1)", false, { citizenships: ["FR"] }],
    ["a Chinese citizen", true, { citizenships: ["CN"] }],
    [
      "a Mexican before 2024-02-29 23:30 ET (Schedule 1.1)",
      false,
      { citizenships: ["MX"], arrival: "2024-02-01" },
    ],
    ["a Mexican after it (IRPR 7.01)", true, { citizenships: ["MX"], arrival: "2024-03-15" }],
    [
      "a Qatari the day before 2025-11-25 (not yet in Schedule 1.1)",
      true,
      { citizenships: ["QA"], arrival: "2025-11-24" },
    ],
    ["a Qatari after it", false, { citizenships: ["QA"], arrival: "2025-11-26" }],
  ])("%s: asked %s", (_who, asked, change) => {
    const { arrival = "2025-09-15", ...rest } = change;
    const played = play(startState({ arrival }), { ...lmiaExemptIndian, ...rest });
    expect(played.asked.includes("passportKinds")).toBe(asked);
  });

  it("asks an Indian citizen with only the documents an Indian could hold; a Holy See one lifts the visa bar", () => {
    const none = play(startState({ arrival: "2025-09-15" }), { ...lmiaExemptIndian, passportKinds: [] });
    expect(none.offered).toEqual(PASSPORT_KINDS.filter((k) => ANY_CITIZENSHIP.includes(k)));
    expect(none.asked).not.toContain("maintainedStatus");
    const noneEnd = nextQuestion(none.state, options);
    expect(noneEnd.kind === "done" && noneEnd.assessment.blockers.map((b) => b.code)).toContain(
      "visa-required",
    );

    const holySee = play(startState({ arrival: "2025-09-15" }), {
      ...lmiaExemptIndian,
      passportKinds: ["holy-see"],
    });
    const end = nextQuestion(holySee.state, options);
    expect(end.kind === "done" && end.assessment.blockers.map((b) => b.code)).not.toContain("visa-required");
  });

  it("offers a Chinese citizen the Hong Kong SAR and Taiwan passports, not the Israeli or Romanian ones", () => {
    const { offered } = play(startState({ arrival: "2025-09-15" }), {
      ...lmiaExemptIndian,
      citizenships: ["CN"],
    });
    expect(offered).toContain("hong-kong-sar-passport");
    expect(offered).toContain("taiwan-passport-with-personal-id");
    expect(offered).not.toContain("israel-national-passport");
    expect(offered).not.toContain("romania-e-passport");
  });

  it("asks where you lived after an I don't know on the designated-country stay, as its help promises", () => {
    const { designatedCountryStay: _, ...answers } = lmiaExemptIndian;
    const { asked } = play(startState({ arrival: "2025-09-15" }), { ...answers, recentResidence: ["IN"] });
    const i = asked.indexOf("designatedCountryStay");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(asked[i + 1]).toBe("recentResidence");
  });
});

describe("the special-passport question is left out only where its answer cannot change the assessment", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const plan: PlanOptions = { ...options, now };
  const assessed = (p: Profile) => {
    const r = assess(p, { lang: "en", now });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("; "));
    return r.assessment;
  };
  const decision = (a: Assessment) => ({ poe: a.poe, route: a.route, missing: a.missing });

  it("random profiles: when it is not asked, no answer to it changes the assessment", () => {
    let notNeeded = 0;
    fc.assert(
      fc.property(partialProfile(0.85), fieldArbitraries.passportKinds, (profile, kinds) => {
        const { passportKinds: _, ...given } = profile;
        const { answers, assessment } = effectiveAnswers(given, plan);
        if ([...assessment.missing, ...assessment.refine].includes("passportKinds")) return;
        const other = assessed({ ...answers, passportKinds: kinds });
        if (answers.passportKinds !== undefined) {
          // The relevance table inferred it: the assessment stands on that answer, so it must be
          // the same whatever the traveller holds.
          expect(other).toEqual(assessment);
        } else {
          // The engine did not need it: the decision and what is still missing stay the same.
          notNeeded++;
          expect(decision(other)).toEqual(decision(assessment));
        }
      }),
      { numRuns: 400 },
    );
    expect(notNeeded).toBeGreaterThan(40);
  });
});
