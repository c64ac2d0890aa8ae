import { describe, expect, it } from "vitest";
import { messages } from "../../i18n/index.js";
import { formatDate, STRINGS, verdictSentence } from "./strings.js";

describe("the web page's words", () => {
  it("are the catalogue's web sections, one per language", () => {
    expect(STRINGS.en.result.title).toBe("Your result");
    expect(STRINGS.fr.result.title).toBe("Votre résultat");
  });

  it.each([
    ["yes", "apply-at-poe"],
    ["no", "apply-online-first"],
    ["no", "none"],
    ["no", "unknown"],
  ] as const)("say the verdict %s / %s in the words every surface uses", (poe, route) => {
    for (const lang of ["en", "fr"] as const)
      expect(verdictSentence(lang, poe, route)).toBe(
        `${messages(lang).poe[poe]} ${messages(lang).route[route]}`,
      );
  });

  it("do not repeat 'not settled' when both the verdict and the route are open", () => {
    expect(verdictSentence("en", "unknown", "unknown")).toBe(messages("en").poe.unknown);
  });

  it("write dates in the page's language, an instant on its Eastern date", () => {
    expect(formatDate("en", "2026-03-01")).toBe("March 1, 2026");
    expect(formatDate("fr", "2026-03-01")).toBe("1 mars 2026");
    // 02:30 UTC on 2 March is still 1 March in Toronto.
    expect(formatDate("en", "2026-03-02T02:30:00Z")).toBe("March 1, 2026");
    expect(formatDate("en", "not a date")).toBe("not a date");
  });
});
