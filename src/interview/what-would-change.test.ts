import { describe, expect, it } from "vitest";
import { fakeEngine } from "../engine/testing/fake-engine.js";
import { whatWouldChange } from "./what-would-change.js";

const opts = { lang: "en" as const, engine: fakeEngine };

describe("whatWouldChange (on a stand-in engine)", () => {
  it("finds the single actionable fix, with the rule it satisfies", () => {
    const out = whatWouldChange(
      {
        citizenships: ["FR"],
        usPermanentResident: false,
        permit: "lmia",
        lmiaIssued: false,
        portOfEntry: "YVR",
      },
      opts,
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.changes.map((c) => c.field)).toEqual(["lmiaIssued"]);
    expect(out[0]!.result.poe).toBe("yes");
    expect(out[0]!.satisfies.map((r) => r.id)).toEqual(["F-LMIA"]);
  });

  it("offers a better route when the border stays closed", () => {
    const out = whatWouldChange(
      { citizenships: ["IN"], usPermanentResident: false, permit: "lmia-exempt", complianceFeePaid: false },
      opts,
    );
    expect(out.map((o) => o.changes.map((c) => c.field))).toEqual([["complianceFeePaid"]]);
    expect(out[0]!.result).toEqual({ poe: "no", route: "apply-online-first" });
  });

  it("is empty when nothing actionable helps (a visa is not a change of facts)", () => {
    expect(
      whatWouldChange(
        { citizenships: ["IN"], usPermanentResident: false, permit: "lmia", lmiaIssued: true },
        opts,
      ),
    ).toEqual([]);
  });

  it("is empty when poe is not no", () => {
    expect(whatWouldChange({ citizenships: ["FR"], permit: "lmia", lmiaIssued: true }, opts)).toEqual([]);
    expect(whatWouldChange({}, opts)).toEqual([]);
  });

  it("never proposes to change citizenship or residence", () => {
    const out = whatWouldChange(
      { citizenships: ["IN"], usPermanentResident: false, permit: "lmia", lmiaIssued: false },
      opts,
    );
    for (const o of out)
      for (const c of o.changes)
        expect(["citizenships", "usPermanentResident", "countryOfResidence"]).not.toContain(c.field);
  });
});
