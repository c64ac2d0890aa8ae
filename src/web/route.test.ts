import { describe, expect, it } from "vitest";
import { formatRoute, parseRoute, preferredLang } from "./route.js";

describe("route", () => {
  it.each([
    ["#/fr/result", { lang: "fr", view: "result" }],
    ["#/en/rules", { lang: "en", view: "rules" }],
    ["#/en/question", { lang: "en", view: "question" }],
    ["#/fr/", { lang: "fr", view: "home" }],
    ["", { lang: "en", view: "home" }],
    ["#/de/result", { lang: "en", view: "result" }],
    ["#/fr/nonsense", { lang: "fr", view: "home" }],
  ] as const)("parses %s", (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it("round-trips every view in both languages", () => {
    for (const lang of ["en", "fr"] as const)
      for (const view of ["home", "question", "result", "rules"] as const)
        expect(parseRoute(formatRoute({ lang, view }))).toEqual({ lang, view });
  });

  it("falls back to the given language", () => {
    expect(parseRoute("#/xx/rules", "fr")).toEqual({ lang: "fr", view: "rules" });
  });

  it("picks the first supported browser language", () => {
    expect(preferredLang(["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(preferredLang(["es"])).toBe("en");
  });
});
