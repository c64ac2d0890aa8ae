/**
 * Representative answers for each question, used to look one step ahead: "if the traveller answered
 * this, what would still be open?". They are not suggestions shown to anyone. Countries are one per
 * legal class (US national, Schedule 1.1, British, IRPR 7.01 conditional eTA, visa required,
 * Greenland / St. Pierre and Miquelon, IME-designated), so each class the rules distinguish is tried.
 *
 * @example
 * ```ts
 * sampleAnswers("jobUnpaid", "2025-09-15"); // [true, false]
 * ```
 */
import type { Field } from "../contract/profile.js";
import { QUESTIONS } from "./questions.js";

const CITIZENSHIP_SAMPLES = [["US"], ["FR"], ["GB"], ["MX"], ["IN"], ["CN"], ["BR"], ["PH"]];
const COUNTRY_SAMPLES = ["US", "FR", "MX", "IN", "PM", "GL", "CA"];

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SPECIAL: Partial<Record<Field, (arrivalDate: string) => unknown[]>> = {
  arrival: (d) => [d],
  citizenships: () => CITIZENSHIP_SAMPLES,
  recentResidence: () => [[], ["IN"], ["FR"]],
  arrivingFrom: () => ["US", "PM", "FR", "MX"],
  countryOfResidence: () => COUNTRY_SAMPLES,
  age: () => [10, 35, 85],
  jobDays: () => [20, 365],
  stayMonths: () => [3, 12],
  medicalExamDate: (d) => [null, shiftDays(d, -30), shiftDays(d, -800)],
  lmiaNumber: () => ["8801234"],
  offerOfEmploymentNumber: () => ["A1234567"],
  lmiaExemptionCode: () => ["C10", "T36", "F32"],
  portOfEntry: () => ["YVR", "Rainbow Bridge"],
  // Contract 1.1: either side of the PDIs' 6- and 16-month thresholds; an exempting and a non-exempting principal code.
  principalPermitMonthsLeft: () => [3, 10, 24],
  principalLmiaExemptionCode: () => ["F32", "T25"],
};

/** A few answers covering the cases the rules tell apart. */
export function sampleAnswers(field: Field, arrivalDate: string): unknown[] {
  const special = SPECIAL[field];
  if (special) return special(arrivalDate);
  const q = QUESTIONS[field];
  switch (q.kind) {
    case "yes-no":
      return [true, false];
    case "one-of":
      return q.choices.map((c) => c.value);
    case "several-of":
      return [[], ...q.choices.map((c) => [c.value])];
    default:
      return [];
  }
}
