/**
 * Dated law as data carries its reference, as OpenFisca's dated values do: every period of every
 * dated parameter names where the law says so, and the periods meet end to start.
 */
import { describe, expect, it } from "vitest";

describe("dated parameters", () => {
  it("every period has an official source, and the periods meet end to start", async () => {
    // Imported here so that a rulebook that fails to load fails this test.
    const { datedParameters } = await import("./index.js");
    const params = datedParameters();
    expect(params.length).toBeGreaterThan(0);
    for (const p of params) {
      expect(p.periods.length, p.name).toBeGreaterThan(0);
      p.periods.forEach((period, i) => {
        const where = `${p.name} #${i}`;
        expect(period.sources.length, `${where}: no source`).toBeGreaterThan(0);
        for (const s of period.sources) {
          expect(s.url, where).toMatch(/^https:\/\//);
          expect(s.provision.length, where).toBeGreaterThan(0);
        }
        if (i > 0) expect(period.from, `${where} starts where the last ended`).toBe(p.periods[i - 1]!.to);
      });
    }
  });
});
