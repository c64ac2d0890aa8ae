import { describe, expect, it } from "vitest";
import type { Profile } from "../../contract/profile.js";
import { assessProfile } from "../../engine/assess.js";

const now = new Date("2026-11-28T12:00:00Z");

/** A French worker in Canada with status, driving back from the US after the ban. */
const flagpoler: Profile = {
  arrival: "2026-03-02",
  citizenships: ["FR"],
  passportKinds: [],
  usPermanentResident: false,
  countryOfResidence: "CA",
  inCanadaWithStatus: true,
  arrivingFrom: "US",
  travelMode: "land",
  truckDriverCrossBorder: false,
  cbsaAppointment: false,
  letterOfIntroduction: false,
};
const assessed = (p: Profile) => assessProfile({ ...flagpoler, ...p }, { now });
const blockers = (p: Profile) => assessed(p).blockers.map((b) => b.code);

describe("flagpoling exemption for FTA applications (IMP PDI, 2024-12-24)", () => {
  it.each([
    { permit: "lmia-exempt", code: "T36", barred: false },
    { permit: "lmia-exempt", code: "F22", barred: false },
    { permit: "lmia-exempt", code: "C10", barred: true },
    // An LMIA-based application is not an IMP application: a typed FTA code does not exempt it.
    { permit: "lmia", code: "T36", barred: true },
    { permit: "pgwp", code: "T36", barred: true },
  ] as const)("$permit with code $code: flagpoling bars it = $barred", ({ permit, code, barred }) => {
    const got = blockers({ permit, lmiaExemptionCode: code });
    expect(got.includes("flagpoling")).toBe(barred);
  });

  it("does not ask an LMIA-based flagpoler for an exemption code", () => {
    const a = assessed({ permit: "lmia", lmiaIssued: true, jobOffer: true });
    expect(a.blockers.map((b) => b.code)).toContain("flagpoling");
    expect(a.poe).toBe("no");
    expect([...a.missing, ...a.refine]).not.toContain("lmiaExemptionCode");
  });

  it("still asks for the code when the permit could be an FTA one", () => {
    const a = assessed({ permit: "lmia-exempt", jobOffer: true });
    expect(a.poe).toBe("unknown");
    expect(a.missing).toContain("lmiaExemptionCode");
  });
});

describe("flagpoling exemption for FTA spouses: the principal's code decides (IMP PDI)", () => {
  const spouse: Profile = { permit: "open", openPermitCategory: "fta-spouse" };
  it.each([
    { principal: "F32", own: "F36", barred: false },
    { principal: "F42", own: undefined, barred: false },
    { principal: "F12", own: "T25", barred: false },
    // Spouses of FTA professionals of other agreements, or of other Korean categories: not exempt.
    { principal: "T36", own: "F12", barred: true },
    { principal: "F22", own: undefined, barred: true },
    { principal: "C10", own: "F36", barred: true },
  ] as const)("principal $principal, own code $own: barred = $barred", ({ principal, own, barred }) => {
    const got = blockers({
      ...spouse,
      principalLmiaExemptionCode: principal,
      ...(own ? { lmiaExemptionCode: own } : {}),
    });
    expect(got.includes("flagpoling")).toBe(barred);
  });

  it("asks for the principal's code, not the spouse's own code", () => {
    const a = assessed(spouse);
    expect(a.poe).toBe("unknown");
    expect(a.missing).toContain("principalLmiaExemptionCode");
    expect([...a.missing, ...a.refine]).not.toContain("lmiaExemptionCode");
  });

  it("a spouse of a worker (C41), not an FTA spouse, is not exempt whatever the principal's code", () => {
    const got = blockers({
      permit: "open",
      openPermitCategory: "spouse-of-worker",
      principalLmiaExemptionCode: "F32",
    });
    expect(got).toContain("flagpoling");
  });
});
