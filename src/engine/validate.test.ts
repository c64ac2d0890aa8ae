import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { parseProfile } from "./validate.js";

describe("input validation (contract §5): every problem, with its path", () => {
  it.each([
    [{ nationality: "FR" }, "nationality", "unknown-key"],
    [{ citizenships: ["FR", "ZQ"] }, "citizenships[1]", "unknown-country"],
    [{ citizenships: "FR" }, "citizenships", "wrong-type"],
    [{ offerOfEmploymentNumber: "B1234567" }, "offerOfEmploymentNumber", "bad-offer-number"],
    [{ offerOfEmploymentNumber: "A123456" }, "offerOfEmploymentNumber", "bad-offer-number"],
    [{ age: -1 }, "age", "out-of-range"],
    [{ age: 12.5 }, "age", "wrong-type"],
    [{ arrival: "2025-02-30" }, "arrival", "bad-date"],
    [{ arrival: "2025-01-01T10:00" }, "arrival", "bad-date"],
    [{ medicalExamDate: "yesterday" }, "medicalExamDate", "bad-date"],
    [{ permit: "tourist" }, "permit", "bad-value"],
    [{ principalTeer: 6 }, "principalTeer", "out-of-range"],
    [{ jobProvince: "XX" }, "jobProvince", "bad-value"],
    [{ lmiaExemptionCode: "c10" }, "lmiaExemptionCode", "bad-value"],
    // Contract 1.1 fields: the same error codes as the fields of 1.0.
    [{ principalStream: "seasonal" }, "principalStream", "bad-value"],
    [{ principalStream: 1 }, "principalStream", "bad-value"],
    [{ principalTransitioningToPr: "yes" }, "principalTransitioningToPr", "wrong-type"],
    [{ principalPermitMonthsLeft: -1 }, "principalPermitMonthsLeft", "out-of-range"],
    [{ principalPermitMonthsLeft: 1201 }, "principalPermitMonthsLeft", "out-of-range"],
    [{ principalPermitMonthsLeft: "16" }, "principalPermitMonthsLeft", "wrong-type"],
    [{ principalLmiaExemptionCode: "f32" }, "principalLmiaExemptionCode", "bad-value"],
    [{ principalLmiaExemptionCode: "F3" }, "principalLmiaExemptionCode", "bad-value"],
    [{ principalLmiaExemptionCode: 32 }, "principalLmiaExemptionCode", "wrong-type"],
    [{ principalProgram: "masters" }, "principalProgram", "bad-value"],
  ])("%j → %s: %s", (input, path, code) => {
    const r = parseProfile(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("accepts the fields and values contract 1.1 adds", () => {
    const r = parseProfile({
      principalProgram: "masters-under-16-months",
      principalStream: "low-wage-lmia",
      principalTransitioningToPr: true,
      principalPermitMonthsLeft: 15.5,
      principalLmiaExemptionCode: "F32",
    });
    expect(r.ok).toBe(true);
  });

  it("names the expected format of an IMP code, for the principal's code too", () => {
    const r = parseProfile({ principalLmiaExemptionCode: "f32" });
    expect(!r.ok && r.errors[0]!.message).toContain("C10");
  });

  it("lists every problem at once", () => {
    const r = parseProfile({ age: -3, citizenships: ["ZZ"], foo: 1, bar: 2, permit: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.path).sort()).toEqual(["age", "bar", "citizenships[0]", "foo", "permit"]);
  });

  it("rejects a non-object and accepts null only where the contract says so", () => {
    for (const v of [null, [], "x", 3]) expect(parseProfile(v).ok).toBe(false);
    expect(parseProfile({ medicalExamDate: null }).ok).toBe(true);
    expect(parseProfile({ age: null }).ok).toBe(false);
  });

  it("explains errors in French", () => {
    const r = parseProfile({ citizenships: ["ZQ"] }, "fr");
    expect(!r.ok && r.errors[0]!.message).toMatch(/Code de pays inconnu/);
  });

  it("names the coverage window for an arrival before it (contract §4)", () => {
    const r = assess({ arrival: "2021-12-31" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: "arrival", code: "outside-coverage" });
    expect(!r.ok && r.errors[0]!.message).toContain("2022-01-01");
    expect(assess({ arrival: "2022-01-01" }).ok).toBe(true);
  });
});
