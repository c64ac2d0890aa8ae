import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { realEngine } from "../engine/engine.js";
import { liftingActions } from "./lifting-actions.js";

const now = new Date("2026-11-28T12:00:00Z");
const lifting = (p: Profile) => liftingActions(p, realEngine.assessValid(p, { now }), realEngine, "en", now);

describe("liftingActions", () => {
  it("the unpaid fee: paying it lifts the employer's blocker while other answers are still open", () => {
    const p: Profile = {
      citizenships: ["FR"],
      permit: "lmia-exempt",
      jobOffer: true,
      complianceFeePaid: false,
    };
    const fee = lifting(p).find((x) => x.field === "complianceFeePaid");
    expect(fee?.lifted.map((b) => [b.code, b.rule])).toEqual([["employer-offer-incomplete", "R-POE-11"]]);
  });

  it("an action already taken is not offered again", () => {
    const p: Profile = {
      citizenships: ["FR"],
      permit: "lmia-exempt",
      jobOffer: true,
      complianceFeePaid: true,
      arrival: "2025-06-01",
    };
    expect(lifting(p).map((x) => x.field)).not.toContain("complianceFeePaid");
  });

  it("nothing when nothing blocks", () => {
    expect(lifting({ permit: "lmia-exempt" })).toEqual([]);
  });
});
