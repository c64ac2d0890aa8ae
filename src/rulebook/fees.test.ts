import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.js";
import { fr } from "../i18n/fr.js";
import type { Messages } from "../i18n/messages.js";
import { FEES, feesAtBorder } from "./fees.js";

const JUNE_2025 = Date.parse("2025-06-01T12:00:00-04:00");

describe("fees", () => {
  it.each([
    ["workPermit", 155, "IRPR 299(1)"],
    ["openPermitHolder", 100, "IRPR 303.2"],
    ["employerCompliance", 230, "IRPR 303.1"],
    ["biometrics", 85, "IRPR 315.1"],
    ["eta", 7, "IRPR 294.1"],
  ] as const)("%s is CAD %i, from %s", (name, amount, provision) => {
    expect(FEES[name].at(JUNE_2025)).toBe(amount);
    expect(FEES[name].periods[0]!.sources.map((s) => s.provision)).toEqual([provision]);
  });

  it.each([
    [{ permit: "lmia" }, "apply-at-poe", ["workPermit"]],
    [{ permit: "lmia-exempt" }, "apply-at-poe", ["workPermit"]],
    [{ permit: "open" }, "apply-at-poe", ["workPermit", "openPermitHolder"]],
    [{}, "apply-at-poe", ["workPermit", "openPermitHolder"]],
    [{ permit: "iec" }, "apply-at-poe", []],
    [{ permit: "lmia" }, "apply-online-first", []],
    [{ permit: "lmia" }, "letter-of-introduction", []],
    [{ permit: "lmia" }, "unknown", []],
    [{ permit: "pgwp" }, "none", []],
  ] as const)("at the border, %o on the route %s pays %o", (profile, route, fees) => {
    expect(feesAtBorder(profile, route, JUNE_2025).map((f) => f.fee)).toEqual(fees);
  });

  it("says the open permit holder fee applies to some open permits only", () => {
    const [processing, holder] = feesAtBorder({ permit: "open" }, "apply-at-poe", JUNE_2025);
    expect(processing!.certain).toBe(true);
    expect(holder!.certain).toBe(false);
  });

  it("agrees with the amounts the engine's texts quote", () => {
    const texts = (m: Messages) => [
      m.advisories["biometrics-required"]({ profile: {} }),
      m.advisories["eta-required"]({ profile: {} }),
      m.advisories["compliance-fee-unpaid"]({ profile: {} }),
    ];
    const [bioEn, etaEn, feeEn] = texts(en);
    expect(bioEn).toContain(`CAD ${FEES.biometrics.at(JUNE_2025)}`);
    expect(etaEn).toContain(`CAD ${FEES.eta.at(JUNE_2025)}`);
    expect(feeEn).toContain(`CAD ${FEES.employerCompliance.at(JUNE_2025)}`);
    const [bioFr, etaFr, feeFr] = texts(fr);
    expect(bioFr).toContain(`${FEES.biometrics.at(JUNE_2025)}\u00a0$\u00a0CA`);
    expect(etaFr).toContain(`${FEES.eta.at(JUNE_2025)}\u00a0$\u00a0CA`);
    expect(feeFr).toContain(`${FEES.employerCompliance.at(JUNE_2025)}\u00a0$\u00a0CA`);
  });
});
