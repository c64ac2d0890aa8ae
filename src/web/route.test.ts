import { describe, expect, it } from "vitest";
import { formatRoute, parseRoute, preferredLang } from "./route.js";

describe("route", () => {
  it.each([
    ["?lang=fr&view=result", "", { lang: "fr", view: "result" }],
    ["?lang=en&view=rules", "#R-POE-09", { lang: "en", view: "rules" }],
    ["?lang=en&view=question&q=permit", "", { lang: "en", view: "question", field: "permit" }],
    ["?lang=en&view=question&q=shoeSize", "", { lang: "en", view: "question" }],
    ["?lang=en&view=result&q=permit", "", { lang: "en", view: "result" }],
    ["?lang=fr", "", { lang: "fr", view: "home" }],
    ["", "", { lang: "en", view: "home" }],
    ["?lang=de&view=result", "", { lang: "en", view: "result" }],
    ["?lang=fr&view=nonsense", "", { lang: "fr", view: "home" }],
    // The older hash addresses still work.
    ["", "#/fr/result", { lang: "fr", view: "result" }],
    ["", "#/en/", { lang: "en", view: "home" }],
    ["", "#/fr/nonsense", { lang: "fr", view: "home" }],
  ] as const)("parses %s%s", (search, hash, route) => {
    expect(parseRoute(search, hash)).toEqual(route);
  });

  it("round-trips every view in both languages, and every question", () => {
    for (const lang of ["en", "fr"] as const) {
      for (const view of ["home", "question", "result", "rules"] as const)
        expect(parseRoute(formatRoute({ lang, view }))).toEqual({ lang, view });
      expect(parseRoute(formatRoute({ lang, view: "question", field: "arrival" }))).toEqual({
        lang,
        view: "question",
        field: "arrival",
      });
    }
  });

  it("never uses the hash, so the page's anchors stay free", () => {
    expect(formatRoute({ lang: "en", view: "rules" })).toBe("?lang=en&view=rules");
    expect(formatRoute({ lang: "fr", view: "question", field: "permit" })).not.toContain("#");
  });

  it("falls back to the given language", () => {
    expect(parseRoute("?lang=xx&view=rules", "", "fr")).toEqual({ lang: "fr", view: "rules" });
  });

  it("picks the first supported browser language", () => {
    expect(preferredLang(["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(preferredLang(["es"])).toBe("en");
  });
});
