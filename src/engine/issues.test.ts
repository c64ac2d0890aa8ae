import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ownCode, problemsOf, withCode, within } from "./issues.js";
import { parseProfile } from "./validate.js";

const schema = z.strictObject({
  list: z.array(z.string().check(z.refine((v: string) => v === "ok", withCode("bad-value")))),
});

describe("issues: one reading of zod's issues", () => {
  it("carries our code in params, not in the message", () => {
    const issue = schema.safeParse({ list: ["no"] }).error!.issues[0]!;
    expect(ownCode(issue)).toBe("bad-value");
    expect(issue.message).not.toBe("bad-value");
    expect(problemsOf(issue)).toEqual([{ path: "list[0]", issue }]);
  });

  it("gives one problem per unknown key, at the key's path", () => {
    const issue = schema.safeParse({ list: [], a: 1, "odd key": 2 }).error!.issues[0]!;
    expect(ownCode(issue)).toBeUndefined();
    expect(problemsOf(issue).map((p) => [p.path, p.key])).toEqual([
      ["a", "a"],
      ['["odd key"]', "odd key"],
    ]);
  });

  it.each([
    ["profile", "", "profile"],
    ["profile", "arrival", "profile.arrival"],
    ["profile", "citizenships[0]", "profile.citizenships[0]"],
    ["profile", '["odd key"]', 'profile["odd key"]'],
  ])("within(%j, %j) is %j", (prefix, path, want) => {
    expect(within(prefix, path)).toBe(want);
  });

  it("the profile validator reports its own codes with the path", () => {
    const r = parseProfile({ citizenships: ["FR", "ZQ"], arrival: "2026-02-30" });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([
        ["arrival", "bad-date"],
        ["citizenships[1]", "unknown-country"],
      ]);
  });
});
