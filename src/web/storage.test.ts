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
