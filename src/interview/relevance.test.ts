import { describe, expect, it } from "vitest";
import type { Field } from "../contract/profile.js";
import { realEngine } from "../engine/engine.js";
import { nextQuestion, type PlanOptions } from "./plan.js";
import { inferredAnswers, possiblePassportKinds } from "./relevance.js";
import { answer, dontKnow, type InterviewState, startState } from "./state.js";

const options: PlanOptions = { lang: "en", engine: realEngine };

/** Plays the interview with these answers ("I don't know" for the rest); the fields asked, in order. */
function play(
  state: InterviewState,
  table: Partial<Record<Field, unknown>>,
): { asked: Field[]; state: InterviewState } {
  const asked: Field[] = [];
  for (let i = 0; i < 60; i++) {
    const step = nextQuestion(state, options);
    if (step.kind === "done") return { asked, state };
    asked.push(step.field);
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
} as const;

describe("what the interview infers instead of asking", () => {
  it("infers no maintained status out of Canada, and no special passport for citizenships without one", () => {
    expect(inferredAnswers({ inCanadaWithStatus: false, citizenships: ["IN"] })).toEqual({
      maintainedStatus: false,
      passportKinds: [],
    });
    expect(inferredAnswers({ inCanadaWithStatus: true, citizenships: ["IN", "RO"] })).toEqual({});
    expect(inferredAnswers({ citizenships: ["CN"] })).toEqual({});
    expect(possiblePassportKinds(["CN"])).toEqual(["hong-kong-sar-passport", "british-national-overseas"]);
    // A given answer is never overridden.
    expect(inferredAnswers({ inCanadaWithStatus: false, maintainedStatus: true })).toEqual({});
  });

  it("does not ask the special-passport question of an Indian citizen, nor maintained status out of Canada", () => {
    const { asked, state } = play(startState({ arrival: "2025-09-15" }), {
      ...lmiaExemptIndian,
      designatedCountryStay: false,
    });
    expect(asked).toContain("citizenships");
    expect(asked).not.toContain("passportKinds");
    expect(asked).not.toContain("maintainedStatus");
    const done = nextQuestion(state, options);
    expect(done.kind === "done" && done.answers).toMatchObject({
      passportKinds: [],
      maintainedStatus: false,
    });
  });

  it("still asks it of a Chinese citizen (a Hong Kong SAR or BN(O) passport)", () => {
    const { asked } = play(startState({ arrival: "2025-09-15" }), {
      ...lmiaExemptIndian,
      citizenships: ["CN"],
    });
    expect(asked).toContain("passportKinds");
  });

  it("asks where you lived after an I don't know on the designated-country stay, as its help promises", () => {
    const { asked } = play(startState({ arrival: "2025-09-15" }), {
      ...lmiaExemptIndian,
      recentResidence: ["IN"],
    });
    const i = asked.indexOf("designatedCountryStay");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(asked[i + 1]).toBe("recentResidence");
  });
});
