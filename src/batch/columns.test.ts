import { describe, expect, it } from "vitest";
import { FIELDS } from "../contract/profile.js";
import { FIELD_KINDS, HeaderError, parseCell, planColumns, rowToProfile } from "./columns.js";

describe("planColumns", () => {
  it("maps contract field names and the id column by position", () => {
    const plan = planColumns(["citizenships", " id ", "permit"]);
    expect(plan.idIndex).toBe(1);
    expect(plan.fields).toEqual(["citizenships", null, "permit"]);
  });

  it("accepts every contract field", () => {
    expect(planColumns([...FIELDS]).fields).toEqual([...FIELDS]);
  });

  it("rejects unknown, unnamed and repeated columns, all at once, with a suggestion", () => {
    let error: unknown;
    try {
      planColumns(["Citizenships", "permit", "permit", "", "name"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HeaderError);
    const problems = (error as HeaderError).problems;
    expect(problems).toEqual([
      'unknown column "Citizenships" (did you mean "citizenships"?); columns are contract field names or "id"',
      'column "permit" appears more than once',
      "column 4 has no name",
      'unknown column "name"; columns are contract field names or "id"',
    ]);
  });
});

describe("parseCell", () => {
  it.each([
    ["boolean", "true", true],
    ["boolean", "YES", true],
    ["boolean", "1", true],
    ["boolean", "oui", true],
    ["boolean", "false", false],
    ["boolean", "No", false],
    ["boolean", "0", false],
    ["list", "FR;CA", ["FR", "CA"]],
    ["list", " FR ; CA ;", ["FR", "CA"]],
    ["list", "none", []],
    ["integer", "34", 34],
    ["integer", "-1", -1],
    ["number", "1.5", 1.5],
    ["number", "1,5", 1.5],
    ["date-or-none", "2025-01-02", "2025-01-02"],
    ["date-or-none", "none", null],
    ["text", "Lacolle, QC", "Lacolle, QC"],
  ] as const)("%s %j → %j", (kind, text, value) => {
    expect(parseCell(kind, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["boolean", "maybe"],
    ["integer", "34.5"],
    ["integer", "abc"],
    ["number", "twelve"],
  ] as const)("%s %j is a problem", (kind, text) => {
    expect(parseCell(kind, text).ok).toBe(false);
  });

  it("gives each field the kind its contract type needs", () => {
    expect(FIELD_KINDS.citizenships).toBe("list");
    expect(FIELD_KINDS.jobOffer).toBe("boolean");
    expect(FIELD_KINDS.age).toBe("integer");
    expect(FIELD_KINDS.stayMonths).toBe("number");
    expect(FIELD_KINDS.medicalExamDate).toBe("date-or-none");
    expect(FIELD_KINDS.permit).toBe("text");
  });

  it("derives every field's kind from the engine's schema: the full table", () => {
    const byKind: Record<string, string[]> = {};
    for (const [field, kind] of Object.entries(FIELD_KINDS)) {
      byKind[kind] = [...(byKind[kind] ?? []), field];
    }
    expect(byKind).toEqual({
      list: ["citizenships", "passportKinds", "recentResidence"],
      integer: ["age", "jobDays", "principalTeer"],
      number: ["principalPermitMonthsLeft", "stayMonths"],
      "date-or-none": ["medicalExamDate"],
      boolean: [
        "usPermanentResident",
        "usNonimmigrantVisa",
        "canadianVisaPast10Years",
        "inCanadaWithStatus",
        "maintainedStatus",
        "truckDriverCrossBorder",
        "cbsaAppointment",
        "letterOfIntroduction",
        "jobOffer",
        "lmiaIssued",
        "qualificationsProof",
        "jobUnpaid",
        "caqAttestation",
        "complianceFeePaid",
        "principalEligibleTeer23",
        "principalTransitioningToPr",
        "iecInvitation",
        "designatedCountryStay",
        "publicHealthJob",
        "biometricsWithin10Years",
      ],
      text: [
        "arrival",
        "countryOfResidence",
        "travelMode",
        "arrivingFrom",
        "permit",
        "lmiaNumber",
        "jobProvince",
        "offerOfEmploymentNumber",
        "lmiaExemptionCode",
        "openPermitCategory",
        "principalProgram",
        "principalStream",
        "principalLmiaExemptionCode",
        "portOfEntry",
      ],
    });
  });
});

describe("rowToProfile", () => {
  const plan = planColumns(["id", "citizenships", "age", "jobOffer", "permit"]);

  it("leaves empty cells out (unknown, not false)", () => {
    expect(rowToProfile(plan, ["w1", "FR", "", " ", "lmia"])).toEqual({
      id: "w1",
      profile: { citizenships: ["FR"], permit: "lmia" },
      problems: [],
    });
  });

  it("lists every unreadable cell and keeps the rest", () => {
    const r = rowToProfile(plan, ["w2", "FR", "old", "perhaps", "lmia"]);
    expect(r.profile).toEqual({ citizenships: ["FR"], permit: "lmia" });
    expect(r.problems.map((p) => p.path)).toEqual(["age", "jobOffer"]);
  });

  it("reports a row with the wrong number of cells", () => {
    const r = rowToProfile(plan, ["w3", "FR"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toBe("the row has 2 cells but the header has 5 columns");
  });
});
