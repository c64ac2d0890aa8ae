import { describe, expect, it } from "vitest";
import { scenarios } from "../../test/scenarios.js";
import { assess } from "../engine/assess.js";
import { rulebook } from "../rulebook/index.js";
import { catalogue } from "./catalogue.js";
import { allTexts, frenchTypographyProblems as problems } from "./testing/fr-typography.js";

const NBSP = "\u00a0";

describe("French typography", () => {
  it("the checker finds a missing no-break space", () => {
    expect(problems("Attention : visa")).toHaveLength(1);
    expect(problems("« Je ne sais pas »")).toHaveLength(2);
    expect(problems("Frais de 230 $ CA")).not.toEqual([]);
    expect(
      problems(`Attention${NBSP}: 230${NBSP}$${NBSP}CA, «${NBSP}oui${NBSP}» https://x.test/a:b`),
    ).toEqual([]);
  });

  it("the sampler reaches the strings functions build", () => {
    expect(allTexts({ a: "x", b: (n: number) => `${n} pays`, c: { d: () => "y" } })).toEqual([
      "x",
      "3 pays",
      "y",
    ]);
  });

  it("every section of the French catalogue has it", () => {
    const texts = allTexts(catalogue("fr"));
    // Every section is reached, the functions included.
    expect(texts.length).toBeGreaterThan(400);
    expect(texts.flatMap(problems)).toEqual([]);
  });

  it("every French text of every public scenario's assessment has it", () => {
    const found: string[] = [];
    for (const s of scenarios) {
      const r = assess(s.profile, { lang: "fr", now: new Date("2026-11-28T12:00:00Z") });
      const texts = r.ok
        ? [
            ...r.assessment.blockers.map((b) => b.because),
            ...r.assessment.documents.map((d) => d.text),
            ...r.assessment.advisories.map((a) => a.text),
          ]
        : r.errors.map((e) => e.message);
      for (const t of texts) found.push(...problems(t));
    }
    expect(found).toEqual([]);
  });

  it("every rule's French title has it", () => {
    expect(rulebook.flatMap((r) => problems(r.title.fr))).toEqual([]);
  });
});
