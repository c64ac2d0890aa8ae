import { describe, expect, it } from "vitest";
import { answer, dontKnow, startState } from "../interview/state.js";
import { fresh, loadSaved, parseSaved, STORAGE_KEY, saveSaved } from "./storage.js";

describe("storage", () => {
  it("round-trips an interview", () => {
    const state = dontKnow(
      answer(answer(startState(), "permit", "lmia"), "citizenships", ["FR"]),
      "lmiaIssued",
    );
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    saveSaved(storage, { state, checked: ["passport"] });
    expect(mem.has(STORAGE_KEY)).toBe(true);
    expect(loadSaved(storage)).toEqual({ state, checked: ["passport"] });
  });

  it.each([
    ["nothing stored", null],
    ["not JSON", "{oops"],
    ["no state", "{}"],
    ["answers not an object", JSON.stringify({ state: { answers: [], unknown: [], history: [] } })],
    ["unknown field", JSON.stringify({ state: { answers: { shoeSize: 44 }, unknown: [], history: [] } })],
    ["bad history", JSON.stringify({ state: { answers: {}, unknown: [], history: ["nope"] } })],
  ])("starts fresh on %s", (_, text) => {
    expect(parseSaved(text)).toEqual(fresh());
  });

  it.each([
    ["kept just inside 30 days", 30 * 86_400_000, true],
    ["dropped just after 30 days", 30 * 86_400_000 + 1, false],
    ["dropped when dated in the future by a broken clock? no: kept", -1000, true],
  ])("expiry: %s", (_, age, kept) => {
    const state = answer(startState(), "permit", "lmia");
    const mem = new Map<string, string>();
    const storage = {
      getItem: (k: string) => mem.get(k) ?? null,
      setItem: (k: string, v: string) => void mem.set(k, v),
    };
    const t0 = Date.UTC(2026, 0, 1);
    saveSaved(storage, { state, checked: [] }, t0);
    expect(loadSaved(storage, t0 + age)).toEqual(kept ? { state, checked: [] } : fresh());
  });

  it("survives storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(loadSaved(broken)).toEqual(fresh());
    expect(() => saveSaved(broken, fresh())).not.toThrow();
  });
});
