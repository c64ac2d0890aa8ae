import { describe, expect, it } from "vitest";
import { easternOffset, formatAnswer, parseAnswer } from "./answer-input.js";
import { QUESTIONS } from "./questions.js";

describe("parseAnswer", () => {
  it.each([
    ["usPermanentResident", "oui", "fr", true],
    ["usPermanentResident", "No", "en", false],
    ["permit", "lmia-exempt", "en", "lmia-exempt"],
    ["permit", "3", "en", "open"],
    ["permit", "Permis de travail ouvert", "fr", "open"],
    ["principalTeer", "0", "en", 0],
    ["passportKinds", "none", "en", []],
    ["passportKinds", "holy-see, 1", "en", ["holy-see", "romania-e-passport"]],
    ["citizenships", "France, mexique", "en", ["FR", "MX"]],
    ["citizenships", "États-Unis", "fr", ["US"]],
    ["recentResidence", "", "en", []],
    ["recentResidence", "NO", "en", ["NO"]],
    ["arrivingFrom", "us", "en", "US"],
    ["age", "34", "en", 34],
    ["stayMonths", "7,5", "fr", 7.5],
    ["medicalExamDate", "2025-08-20", "en", "2025-08-20"],
    ["medicalExamDate", "non", "fr", null],
    ["arrival", "2024-12-23 23:30", "en", "2024-12-23T23:30:00-05:00"],
    ["arrival", "2025-07-01 08:00", "en", "2025-07-01T08:00:00-04:00"],
    ["offerOfEmploymentNumber", "a1234567", "en", "A1234567"],
    ["lmiaExemptionCode", "t36", "en", "T36"],
  ] as const)("%s ← %j (%s)", (field, raw, lang, value) => {
    expect(parseAnswer(QUESTIONS[field], raw, lang)).toEqual({ ok: true, value });
  });

  it.each([
    ["usPermanentResident", "maybe"],
    ["permit", "9"],
    ["citizenships", "Atlantis"],
    ["citizenships", ""],
    ["age", "-1"],
    ["age", "3.5"],
    ["medicalExamDate", "2025-02-30"],
    ["offerOfEmploymentNumber", "B1234567"],
    ["arrival", "tomorrow"],
  ] as const)("%s rejects %j with a message", (field, raw) => {
    const r = parseAnswer(QUESTIONS[field], raw, "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
  });

  it("computes Eastern offsets across daylight saving", () => {
    expect(easternOffset("2025-01-15", "12:00")).toBe("-05:00");
    expect(easternOffset("2025-07-15", "12:00")).toBe("-04:00");
  });
});

describe("formatAnswer", () => {
  it("speaks the traveller's language", () => {
    expect(formatAnswer(QUESTIONS.permit, "lmia", "fr")).toBe("Lié à un employeur, avec une EIMT");
    expect(formatAnswer(QUESTIONS.citizenships, ["DE"], "fr")).toBe("Allemagne (DE)");
    expect(formatAnswer(QUESTIONS.jobUnpaid, false, "en")).toBe("No");
    expect(formatAnswer(QUESTIONS.medicalExamDate, null, "en")).toBe("I have not done it");
    expect(formatAnswer(QUESTIONS.jobUnpaid, undefined, "fr")).toBe("Je ne sais pas");
  });
});
