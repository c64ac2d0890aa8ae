import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { fakeAssess, fakeEngine } from "../engine/testing/fake-engine.js";
import { arrivalDateOf, nextQuestion, type PlanOptions } from "./plan.js";
import { profileAsker, runInterview } from "./run.js";
import { answer, back, dontKnow, skipOptional, startState } from "./state.js";

const options: PlanOptions = { lang: "en", engine: fakeEngine };

describe("nextQuestion (on a stand-in engine)", () => {
  it("asks only fields the engine lists as missing, then refine ones as optional", async () => {
    const profile: Profile = {
      citizenships: ["FR"],
      permit: "lmia",
      lmiaIssued: true,
      usPermanentResident: false,
      complianceFeePaid: true,
      portOfEntry: "YYZ",
    };
    let state = startState();
    const seen: string[] = [];
    for (;;) {
      const step = nextQuestion(state, options);
      if (step.kind === "done") {
        expect(step.assessment.poe).toBe("yes");
        break;
      }
      const a = (
        fakeAssess(state.answers) as { ok: true; assessment: { missing: string[]; refine: string[] } }
      ).assessment;
      expect(step.optional ? a.refine : a.missing).toContain(step.field);
      if (step.optional) expect(a.missing).toEqual([]);
      seen.push(step.field);
      state = answer(state, step.field, profile[step.field] as never);
    }
    expect(seen.at(-1)).toBe("portOfEntry");
    expect(seen).not.toContain("complianceFeePaid"); // not an LMIA-exempt job
  });

  it("follows the declared order by default; the look-ahead breaks its ties by that order", () => {
    const step = nextQuestion(startState(), options);
    expect(step.kind === "ask" && step.field).toBe("permit");
    const engine = nextQuestion(startState(), { ...options, strategy: "engine" });
    expect(engine.kind === "ask" && engine.field).toBe("citizenships");
    // Look-ahead: from nothing, the permit leaves 3 decisive fields open on average, citizenship more.
    const ahead = nextQuestion(startState(), {
      ...options,
      strategy: "lookahead",
      order: ["citizenships", "permit"],
    });
    expect(ahead.kind === "ask" && ahead.field).toBe("permit");
    const reordered = nextQuestion(startState(), { ...options, order: ["citizenships", "permit"] });
    expect(reordered.kind === "ask" && reordered.field).toBe("citizenships");
    // Once an LMIA job is known, whether the LMIA is issued leaves fewest open on average
    // (1.5 against 1.6 for citizenship over the representative answers).
    const next = nextQuestion(answer(startState(), "permit", "lmia"), {
      ...options,
      strategy: "lookahead",
      order: ["citizenships", "lmiaIssued"],
    });
    expect(next.kind === "ask" && next.field).toBe("lmiaIssued");
  });

  it("never asks a don't-know again and reports it as uncertain", () => {
    let state = startState();
    state = dontKnow(state, "citizenships");
    let step = nextQuestion(state, options);
    const asked: string[] = [];
    while (step.kind === "ask") {
      asked.push(step.field);
      state = step.optional ? skipOptional(state) : dontKnow(state, step.field);
      step = nextQuestion(state, options);
    }
    expect(asked).not.toContain("citizenships");
    expect(new Set(asked).size).toBe(asked.length);
    expect(step.uncertain).toContain("citizenships");
    expect(step.assessment.poe).toBe("unknown");
  });

  it("going back re-asks the same question and keeps the other answers", () => {
    let state = answer(startState(), "permit", "lmia");
    const first = nextQuestion(state, options);
    if (first.kind !== "ask" || first.field !== "lmiaIssued") throw new Error("expected lmiaIssued");
    state = answer(state, "lmiaIssued", true);
    const second = nextQuestion(state, options);
    if (second.kind !== "ask") throw new Error("expected a question");
    state = answer(state, second.field, false as never);
    const { state: undone, field, previous } = back(state);
    expect(field).toBe(second.field);
    expect(previous).toBe(false);
    const again = nextQuestion(undone, options);
    expect(again.kind === "ask" && again.field).toBe(second.field);
    expect(undone.answers).toEqual({ permit: "lmia", lmiaIssued: true });
    // Changing the earlier answer re-plans: with the LMIA not issued, a US national settles everything.
    const changed = answer(answer(undone, "lmiaIssued", false), "citizenships", ["US"]);
    expect(changed.answers).toEqual({ permit: "lmia", lmiaIssued: false, citizenships: ["US"] });
    const done = nextQuestion(changed, options);
    expect(done.kind === "ask" ? done.optional : true).toBe(true);
  });

  it("names the rule the answer can decide, with its source", () => {
    const state = answer(answer(startState(), "citizenships", ["FR"]), "permit", "lmia");
    const step = nextQuestion(state, options);
    expect(step.kind === "ask" && step.field).toBe("lmiaIssued");
    if (step.kind === "ask") {
      expect(step.why[0]).toMatchObject({ id: "F-LMIA", provision: "IRPR 198(2)(a)", effect: "blocker" });
      expect(step.why[0]?.url).toMatch(/^https:/);
    }
  });

  it("runs a whole interview from a saved profile", async () => {
    const profile: Profile = {
      citizenships: ["IN"],
      usPermanentResident: false,
      permit: "lmia",
      lmiaIssued: false,
    };
    const out = await runInterview(startState(), profileAsker(profile), options);
    expect(out.kind).toBe("done");
    if (out.kind === "done") {
      expect(out.step.assessment.route).toBe("none");
      expect(out.asked).not.toContain("portOfEntry"); // not a refine field when poe is no
    }
  });
});

describe("arrivalDateOf", () => {
  it("gives the arrival's Eastern-Time date, not the UTC date written in it", () => {
    expect(arrivalDateOf({ arrival: "2026-03-02T02:30:00Z" })).toBe("2026-03-01");
    expect(arrivalDateOf({ arrival: "2026-03-02" })).toBe("2026-03-02");
    expect(arrivalDateOf({}, new Date("2026-03-02T02:30:00Z"))).toBe("2026-03-01");
  });
});
