import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../interview/questions.js";
import { type Draft, draftFrom, parseDraft } from "./answer-input.js";

describe("parseDraft", () => {
  it.each([
    ["yes-no yes", "jobOffer", { picked: ["yes"] }, { ok: true, value: true }],
    ["yes-no no", "jobOffer", { picked: ["no"] }, { ok: true, value: false }],
    ["yes-no empty", "jobOffer", {}, { ok: false, error: "required" }],
    ["one-of by index", "permit", { picked: ["1"] }, { ok: true, value: "lmia-exempt" }],
    ["one-of out of range", "permit", { picked: ["99"] }, { ok: false, error: "required" }],
    ["several-of none", "passportKinds", { none: true }, { ok: true, value: [] }],
    [
      "several-of picks",
      "passportKinds",
      { picked: ["0", "7"] },
      { ok: true, value: ["romania-e-passport", "holy-see"] },
    ],
    ["several-of nothing", "passportKinds", { picked: [] }, { ok: false, error: "required" }],
    ["country", "arrivingFrom", { picked: ["US"] }, { ok: true, value: "US" }],
    ["country empty", "arrivingFrom", { picked: [""] }, { ok: false, error: "required" }],
    ["country typed but not found", "arrivingFrom", { picked: ["?"] }, { ok: false, error: "country" }],
    ["countries, one not found", "citizenships", { picked: ["FR", "?"] }, { ok: false, error: "country" }],
    [
      "countries, blanks and duplicates dropped",
      "citizenships",
      { picked: ["FR", "", "FR", "CA"] },
      { ok: true, value: ["FR", "CA"] },
    ],
    ["countries none not allowed", "citizenships", { none: true }, { ok: false, error: "required" }],
    ["countries none allowed", "recentResidence", { none: true }, { ok: true, value: [] }],
    ["date", "medicalExamDate", { text: "2025-08-20" }, { ok: true, value: "2025-08-20" }],
    ["date not done", "medicalExamDate", { none: true }, { ok: true, value: null }],
    ["date impossible", "medicalExamDate", { text: "2025-02-30" }, { ok: false, error: "date" }],
    ["date wrong format", "medicalExamDate", { text: "20/08/2025" }, { ok: false, error: "date" }],
    [
      "arrival with time (EST)",
      "arrival",
      { text: "2024-12-23", time: "23:30" },
      { ok: true, value: "2024-12-23T23:30:00-05:00" },
    ],
    [
      "arrival with time (EDT)",
      "arrival",
      { text: "2024-06-21", time: "08:00" },
      { ok: true, value: "2024-06-21T08:00:00-04:00" },
    ],
    ["arrival bad time", "arrival", { text: "2024-06-21", time: "25:00" }, { ok: false, error: "time" }],
    ["number", "age", { text: " 34 " }, { ok: true, value: 34 }],
    ["number with a French decimal comma", "stayMonths", { text: "4,5" }, { ok: true, value: 4.5 }],
    ["integer required", "age", { text: "34.5" }, { ok: false, error: "number" }],
    ["not a number", "age", { text: "abc" }, { ok: false, error: "number" }],
    ["out of range", "age", { text: "-1" }, { ok: false, error: "range" }],
    ["text", "offerOfEmploymentNumber", { text: "A1234567" }, { ok: true, value: "A1234567" }],
    ["text bad pattern", "offerOfEmploymentNumber", { text: "B12" }, { ok: false, error: "pattern" }],
  ] as const)("%s", (_, field, draft, expected) => {
    expect(parseDraft(QUESTIONS[field], draft as Draft)).toEqual(expected);
  });
});

describe("draftFrom", () => {
  it.each([
    ["jobOffer", false],
    ["permit", "iec"],
    ["passportKinds", ["holy-see"]],
    ["passportKinds", []],
    ["arrivingFrom", "MX"],
    ["citizenships", ["FR", "CA"]],
    ["recentResidence", []],
    ["medicalExamDate", null],
    ["medicalExamDate", "2025-08-20"],
    ["arrival", "2024-12-23T23:30:00-05:00"],
    ["age", 34],
    ["offerOfEmploymentNumber", "A1234567"],
  ] as const)("shows the answer to %s again, and reads back the same value", (field, value) => {
    const q = QUESTIONS[field];
    expect(parseDraft(q, draftFrom(q, value))).toEqual({ ok: true, value });
  });

  it("gives an empty draft for no previous answer", () => {
    expect(draftFrom(QUESTIONS.permit, undefined)).toEqual({});
  });
});
