import { describe, expect, it } from "vitest";
import type { Lang } from "../contract/assessment.js";
import { resolveCountry, searchCountries } from "./countries.js";

describe("country search", () => {
  it.each<[string, Lang, string]>([
    ["india", "en", "IN"],
    ["inde", "fr", "IN"],
    ["usa", "en", "US"],
    ["us", "en", "US"],
    ["u.s.", "en", "US"],
    ["uk", "en", "GB"],
    ["uk", "fr", "GB"],
    ["états-unis", "fr", "US"],
    ["etats-unis", "en", "US"],
    ["britain", "en", "GB"],
    ["fra", "en", "FR"],
    ["russia", "en", "RU"],
    ["korea", "en", "KR"],
  ])("%s (%s) puts %s first and resolves to it", (query, lang, code) => {
    expect(searchCountries(query, lang)[0]?.code).toBe(code);
    expect(resolveCountry(query, lang)).toBe(code);
  });

  it("still finds countries by a word of their name, after the exact matches", () => {
    const codes = searchCountries("india", "en").map((c) => c.code);
    expect(codes).toEqual(["IN", "IO"]);
    expect(searchCountries("guinea", "en").map((c) => c.code)[0]).toBe("GN");
    expect(searchCountries("", "en").length).toBeGreaterThan(240);
  });
});
