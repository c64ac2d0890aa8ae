import { describe, expect, it } from "vitest";
import { scenarios } from "../../test/scenarios.js";
import { assess } from "../engine/assess.js";
import { rulebook } from "../rulebook/index.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** The French typography problems in a text: a `: ; ? !` or `$ CA` without a no-break space before it. */
function problems(text: string): string[] {
  const out: string[] = [];
  const bare = text.replace(/https?:\/\/\S+/g, "URL").replace(/\d{1,2}:\d{2}/g, "HH:MM");
  for (const m of bare.matchAll(/(.)([:;?!])(?=\s|$|»|")/g)) {
    if (m[1] !== NBSP && m[1] !== NNBSP) out.push(`«${m[1]}${m[2]}» in: ${text}`);
  }
  for (const m of bare.matchAll(/(\d)(.?)\$ ?CA/g)) if (m[2] !== NBSP) out.push(`amount in: ${text}`);
  if (/\$ CA/.test(bare)) out.push(`"$ CA" without a no-break space in: ${text}`);
  return out;
}

describe("French typography", () => {
  it("the checker finds a missing no-break space", () => {
    expect(problems("Attention : visa")).toHaveLength(1);
    expect(problems("Frais de 230 $ CA")).not.toEqual([]);
    expect(problems(`Attention${NBSP}: 230${NBSP}$${NBSP}CA, voir https://x.test/a:b`)).toEqual([]);
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
