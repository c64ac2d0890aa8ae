import { describe, expect, it } from "vitest";
import { answer, back, dontKnow, isSettled, skipOptional, startState } from "./state.js";

describe("interview state", () => {
  it("records answers and 'I don't know' in order", () => {
    let s = startState({ arrival: "2025-09-15" });
    s = answer(s, "permit", "lmia");
    s = dontKnow(s, "lmiaIssued");
    expect(s.answers).toEqual({ arrival: "2025-09-15", permit: "lmia" });
    expect(s.unknown).toEqual(["lmiaIssued"]);
    expect(s.history).toEqual(["permit", "lmiaIssued"]);
    expect(isSettled(s, "lmiaIssued")).toBe(true);
    expect(isSettled(s, "jobOffer")).toBe(false);
  });

  it("goes back one answer at a time, keeping the others and returning the old value", () => {
    let s = startState();
    s = answer(s, "permit", "lmia");
    s = answer(s, "citizenships", ["FR"]);
    s = dontKnow(s, "lmiaIssued");
    const b1 = back(s);
    expect(b1.field).toBe("lmiaIssued");
    expect(b1.wasUnknown).toBe(true);
    expect(b1.state.unknown).toEqual([]);
    const b2 = back(b1.state);
    expect(b2.field).toBe("citizenships");
    expect(b2.previous).toEqual(["FR"]);
    expect(b2.state.answers).toEqual({ permit: "lmia" });
    expect(back(startState()).field).toBeUndefined();
  });

  it("changing an answer replaces it and turns a don't-know into an answer", () => {
    let s = dontKnow(startState(), "lmiaIssued");
    s = answer(s, "lmiaIssued", true);
    expect(s.unknown).toEqual([]);
    expect(s.history).toEqual(["lmiaIssued"]);
    s = answer(answer(s, "permit", "lmia"), "lmiaIssued", false);
    expect(s.history).toEqual(["permit", "lmiaIssued"]);
    expect(s.answers.lmiaIssued).toBe(false);
  });

  it("never mutates the previous state", () => {
    const s0 = startState();
    const s1 = answer(s0, "permit", "open");
    skipOptional(s1);
    expect(s0.answers).toEqual({});
    expect(s1.skipRefine).toBe(false);
  });
});
