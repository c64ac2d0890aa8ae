import { describe, expect, it } from "vitest";
import { rulebook } from "../engine/index.js";
import { localSource } from "./sources.js";

const IRPR_198 = "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-198.html";

describe("localSource", () => {
  it("gives the French version of an IRPR section on the French page", () => {
    const fr = localSource(IRPR_198, "fr");
    expect(fr.url).toBe("https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-198.html");
    expect(fr.label).toMatch(/^RIPR 198/);
    expect(fr.lang).toBeUndefined();
    expect(localSource(IRPR_198, "en")).toEqual({
      url: IRPR_198,
      label: expect.stringMatching(/^IRPR 198/),
      lang: undefined,
    });
  });

  it("marks an English-only source as English on the French page, and says so in French", () => {
    const english = rulebook.flatMap((r) => r.sources).find((s) => !s.fr)!;
    expect(localSource(english.url, "fr")).toEqual({
      url: english.url,
      label: english.provision,
      lang: "en",
      note: "en anglais",
    });
    expect(localSource(IRPR_198, "fr").note).toBeUndefined();
  });

  it("gives the French page of an IRCC instruction and of the CBSA news release", () => {
    const sources = rulebook.flatMap((r) => r.sources);
    const ime = sources.find((s) => s.url.includes("who-must-submit-immigration-medical-examination"))!;
    expect(localSource(ime.url, "fr", ime.provision)).toEqual({
      url: ime.fr!.url,
      label: ime.fr!.provision,
      lang: undefined,
    });
    expect(ime.fr!.url).toMatch(/^https:\/\/www\.canada\.ca\/fr\//);
    const release = sources.find((s) => s.url.includes("newswire"))!;
    expect(localSource(release.url, "fr").url).toMatch(/^https:\/\/www\.newswire\.ca\/fr\//);
  });

  it("labels each citation of one page with its own French provision", () => {
    const IRPR_30 = "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-30.html";
    expect(localSource(IRPR_30, "fr", "IRPR 30(1)(a)").label).toBe("RIPR 30(1)(a)");
    expect(localSource(IRPR_30, "fr", "IRPR 30(3)").label).toBe("RIPR 30(3)");
    // A provision the rulebook does not cite falls back to the page's first citation.
    expect(localSource(IRPR_30, "fr", "something else").url).toMatch(/\/fra\//);
  });

  it("every French version recorded is a French page (laws-lois /fra/, -fra, /fr/, /francais/)", () => {
    for (const s of rulebook.flatMap((r) => r.sources)) {
      if (s.fr) expect(s.fr.url).toMatch(/\/fra\/|-fra\.html$|\/fr\/|\/francais\//);
    }
  });

  // Not yet true: some canada.ca pages and the IRCC Help Centre answer have no French URL recorded
  // (none was found in the material checked). Listed so the gap is visible, not silently passed.
  it("reports the sources still without a French version", () => {
    const missing = [
      ...new Set(
        rulebook
          .flatMap((r) => r.sources)
          .filter((s) => !s.fr)
          .map((s) => new URL(s.url).hostname),
      ),
    ];
    expect(missing.every((h) => !h.startsWith("laws-lois"))).toBe(true);
  });
});
