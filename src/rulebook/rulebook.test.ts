import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fullProfile } from "../../test/arbitraries.js";
import { assess } from "../engine/assess.js";
import { rulebook, rulesInForce } from "./index.js";
import { instantOf, isIsoDate } from "./time.js";

describe("the rulebook", () => {
  it.each(rulebook.map((r) => [r.id, r] as const))(
    "%s has sources, a window that parses and a last-verified date",
    (_id, r) => {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) {
        expect(s.url).toMatch(/^https:\/\//);
        expect(s.provision.length).toBeGreaterThan(3);
      }
      for (const bound of [r.effective.from, r.effective.to])
        if (bound) expect(() => instantOf(bound)).not.toThrow();
      expect(isIsoDate(r.lastVerified)).toBe(true);
      expect(r.title.en).not.toBe(r.title.fr);
    },
  );

  it("has unique ids", () => {
    expect(new Set(rulebook.map((r) => r.id)).size).toBe(rulebook.length);
  });

  it("lists the rules in force at a date", () => {
    expect(rulesInForce("2024-06-20").map((r) => r.id)).not.toContain("R-POE-07");
    expect(rulesInForce("2024-06-21").map((r) => r.id)).toContain("R-POE-07");
    expect(rulesInForce("2024-12-23").map((r) => r.id)).not.toContain("R-POE-08");
    expect(rulesInForce("2024-12-24").map((r) => r.id)).toContain("R-POE-08");
  });

  it("every blocker and advisory in an assessment carries an official source", () => {
    fc.assert(
      fc.property(fullProfile, (p) => {
        const r = assess(p, { now: new Date("2026-11-28T12:00:00Z") });
        if (!r.ok) return;
        for (const x of [...r.assessment.blockers, ...r.assessment.advisories]) {
          expect(x.sources.length).toBeGreaterThan(0);
          expect(x.sources.every((u) => u.startsWith("https://"))).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
