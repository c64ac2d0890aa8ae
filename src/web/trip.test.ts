import { describe, expect, it } from "vitest";
import type { Assessment } from "../contract/assessment.js";
import type { Profile } from "../contract/profile.js";
import { realEngine } from "../engine/engine.js";
import { assess } from "../engine/index.js";
import { answerProblem } from "./answer-input.js";
import { CHECK_AGAIN_DAYS, liftingActions, splitAdvisories, tripDates, verifiedThroughOf } from "./trip.js";

const base = (over: Partial<Assessment> = {}): Assessment => ({
  contract: 1,
  rulebook: "t",
  asOf: "2026-03-01T05:00:00.000Z",
  verifiedThrough: "2026-04-01",
  poe: "yes",
  route: "apply-at-poe",
  blockers: [],
  documents: [],
  advisories: [],
  missing: [],
  refine: [],
  ...over,
});

const NOW = new Date("2026-03-01T17:00:00Z");

describe("tripDates", () => {
  it.each([
    ["no arrival: today's rules, said so", {}, "2026-03-01", true, undefined],
    ["arrival just under the weeks-away line", { arrival: "2026-03-21" }, "2026-03-21", false, undefined],
    ["arrival at the weeks-away line", { arrival: "2026-03-22" }, "2026-03-22", false, "far"],
    ["past arrival", { arrival: "2025-06-01" }, "2025-06-01", false, undefined],
    ["beyond what was verified", { arrival: "2026-04-02" }, "2026-04-02", false, "unverified"],
    // 02:30 UTC on the 22nd is 22:30 EDT on the 21st: the Eastern date (time module), not the written one.
    [
      "a date-time arrival, by its Eastern date",
      { arrival: "2026-03-22T02:30:00Z" },
      "2026-03-21",
      false,
      undefined,
    ],
  ] as const)("%s", (_, answers, date, usedToday, checkAgain) => {
    const t = tripDates(base({ verifiedThrough: "2026-04-01" } as never), answers, NOW);
    expect(CHECK_AGAIN_DAYS).toBe(21);
    expect(t).toEqual({ rulesDate: date, usedToday, verifiedThrough: "2026-04-01", checkAgain });
  });

  it("reads verifiedThrough defensively: a 1.0 assessment falls back to the rules' last check", () => {
    expect(verifiedThroughOf(base({ verifiedThrough: "2026-05-05" } as never))).toBe("2026-05-05");
    expect(verifiedThroughOf(base({ verifiedThrough: 42 } as never))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { verifiedThrough: _, ...older } = base();
    expect(verifiedThroughOf(older as Assessment)).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
});

describe("splitAdvisories", () => {
  it("puts the eTA, visa, medical, biometrics and fee steps before travel", () => {
    const adv = (code: string) => ({ code, text: code, sources: [], rule: "R" }) as never;
    const a = base({
      advisories: [adv("officer-decides"), adv("eta-required"), adv("compliance-fee-unpaid")],
    });
    const { beforeTravel, other } = splitAdvisories(a);
    expect(beforeTravel.map((x) => x.code)).toEqual(["eta-required", "compliance-fee-unpaid"]);
    expect(other.map((x) => x.code)).toEqual(["officer-decides"]);
  });
});

describe("liftingActions (on what is known)", () => {
  it("the unpaid fee: paying it lifts the blocker even while other answers are open", () => {
    const profile = {
      permit: "lmia-exempt",
      jobOffer: true,
      complianceFeePaid: false,
      citizenships: ["FR"],
    } satisfies Profile;
    const r = assess(profile, { lang: "en" });
    if (!r.ok) throw new Error("refused");
    expect(r.assessment.poe).toBe("no");
    const lifts = liftingActions(profile, r.assessment, realEngine, "en");
    expect(lifts.map((l) => l.lifted.map((b) => b.code))).toContainEqual(["employer-offer-incomplete"]);
    expect(lifts.some((l) => l.action.includes("compliance fee"))).toBe(true);
  });

  it("nothing when there is no blocker", () => {
    const r = assess({ permit: "lmia-exempt" }, { lang: "en" });
    if (!r.ok) throw new Error("refused");
    expect(liftingActions({ permit: "lmia-exempt" }, r.assessment, realEngine, "en")).toEqual([]);
  });
});

describe("answerProblem", () => {
  it.each([
    ["medical exam tomorrow is refused", "medicalExamDate", "2026-03-02", { error: "future" }],
    ["medical exam today is accepted", "medicalExamDate", "2026-03-01", undefined],
    ["arrival in the covered period is accepted", "arrival", "2022-01-01", undefined],
  ] as const)("%s", (_, field, value, expected) => {
    expect(answerProblem(field, value, {}, realEngine, "en", NOW)).toEqual(expected);
  });

  it("an arrival before the covered period gets the engine's message", () => {
    const p = answerProblem("arrival", "2021-12-31", {}, realEngine, "fr", NOW);
    expect(p?.error).toBe("engine");
    expect(p && "message" in p ? p.message : "").toContain("2022");
  });
});
