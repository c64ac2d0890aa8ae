import { describe, expect, it } from "vitest";
import { codeOf, listChanges } from "./compare.js";

describe("listChanges", () => {
  it.each([
    [[], [], [], []],
    [["a"], ["a"], [], []],
    [["a"], ["a", "b"], ["b"], []],
    [["a", "b"], ["b"], [], ["a"]],
    [["a", "b"], ["c", "a"], ["c"], ["b"]],
  ])("%j → %j adds %j and removes %j", (before, after, added, removed) => {
    expect(listChanges<string>(before, after, String)).toEqual({ added, removed });
  });

  it("matches items by their key, so a rewording is no change", () => {
    const en = [{ code: "pgwp", because: "PGWP is no longer given at the border" }];
    const fr = [{ code: "pgwp", because: "Le PTPD ne se demande plus à la frontière" }];
    expect(listChanges<unknown>(en, fr, codeOf)).toEqual({ added: [], removed: [] });
    expect(codeOf("arrival")).toBe("arrival");
    expect(codeOf({ x: 1 })).toBe('{"x":1}');
  });
});
