import real from "i18n-iso-countries";
import enNames from "i18n-iso-countries/langs/en.json" with { type: "json" };
import frNames from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import shim from "./iso-countries.js";

real.registerLocale(enNames);
real.registerLocale(frNames);
shim.registerLocale(enNames);
shim.registerLocale(frNames);

describe("the browser's i18n-iso-countries stand-in", () => {
  it("has the same alpha-2 codes", () => {
    expect(Object.keys(shim.getAlpha2Codes()).sort()).toEqual(Object.keys(real.getAlpha2Codes()).sort());
  });
  it.each(["en", "fr"])(
    "gives the same official names in %s, case-insensitively, and undefined for unknowns",
    (lang) => {
      for (const code of [...Object.keys(real.getAlpha2Codes()), "zz", "fr", "Us"]) {
        expect(shim.getName(code, lang, { select: "official" })).toBe(
          real.getName(code, lang, { select: "official" }),
        );
      }
    },
  );
  it.each(["en", "fr"])("gives every name of a country in %s, as the package does", (lang) => {
    for (const code of [...Object.keys(real.getAlpha2Codes()), "zz"]) {
      expect(shim.getName(code, lang, { select: "all" }), code).toEqual(
        real.getName(code, lang, { select: "all" }),
      );
    }
  });
  it("gives the package's alpha-3 code for every alpha-2 code, and undefined for others", () => {
    for (const code of [...Object.keys(real.getAlpha2Codes()), "ZZ", "fr", "FRA", ""]) {
      expect(shim.alpha2ToAlpha3(code), code).toBe(real.alpha2ToAlpha3(code));
    }
    expect(shim.alpha2ToAlpha3("DE")).toBe("DEU");
    // The package looks the code up in a plain object and answers Object.prototype's members.
    expect(shim.alpha2ToAlpha3("toString")).toBeUndefined();
  });
  it("says which upper-case alpha-2 codes are valid, as the package does", () => {
    for (const code of [...Object.keys(real.getAlpha2Codes()), "ZZ", "XK", "UK", "EU", "toString"]) {
      expect(shim.isValid(code), code).toBe(real.isValid(code));
    }
  });
});
