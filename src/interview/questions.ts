/**
 * The interview's questions, as data: one per profile field, with the kind of answer it takes. Their
 * words (prompt, help, the answers' labels) are the catalogues' `questions` section (src/i18n/en.ts,
 * fr.ts): the compiler checks that every field has a question (`satisfies Record<Field, Question>`),
 * that every enum value has a label, and that French has every text English has.
 *
 * Wording is our own; the rules behind each question are cited by the "why we ask" line, which is
 * derived from the rulebook (see `why.ts`), not written here.
 *
 * @example
 * ```ts
 * import { QUESTIONS } from "./questions.js";
 * QUESTIONS.permit.kind; // "one-of"
 * QUESTIONS.permit.prompt.fr; // "Quel permis de travail demandez-vous ?"
 * ```
 */
import type { Lang } from "../contract/assessment.js";
import {
  type Field,
  OPEN_PERMIT_CATEGORIES,
  PASSPORT_KINDS,
  PERMITS,
  PRINCIPAL_PROGRAMS,
  PRINCIPAL_STREAMS,
  PROVINCES,
  TRAVEL_MODES,
} from "../contract/profile.js";
import { questions as en, type QuestionStrings } from "../i18n/en.js";
import { questions as fr } from "../i18n/fr.js";

/** A piece of text in every supported language. */
export type Text = Record<Lang, string>;

type FieldStrings = QuestionStrings["fields"];
type LabelTables = QuestionStrings["labels"];

/** A question's text in every language, from the catalogues' `questions` (src/i18n). */
function say<F extends keyof FieldStrings>(field: F, key: keyof FieldStrings[F] & string): Text {
  return { en: en.fields[field][key] as string, fr: fr.fields[field][key] as string };
}

/** The labels of an answer's values in every language, from the catalogues' `questions.labels`. */
function labels<T extends keyof LabelTables>(table: T): Record<keyof LabelTables[T], Text> {
  const out = {} as Record<keyof LabelTables[T], Text>;
  for (const value of Object.keys(en.labels[table]) as (keyof LabelTables[T])[])
    out[value] = { en: en.labels[table][value] as string, fr: fr.labels[table][value] as string };
  return out;
}

export interface Choice<V extends string | number = string | number> {
  value: V;
  label: Text;
}

interface Base {
  field: Field;
  prompt: Text;
  help: Text;
}

/** What kind of answer a question takes. */
export type Question =
  | (Base & { kind: "yes-no" })
  | (Base & { kind: "one-of"; choices: readonly Choice[] })
  | (Base & { kind: "several-of"; choices: readonly Choice[]; noneLabel: Text })
  /** One country, chosen from a searchable list. */
  | (Base & { kind: "country" })
  /** Several countries from a searchable list; an empty list is a known "none". */
  | (Base & { kind: "countries"; noneAllowed: boolean })
  /** A `YYYY-MM-DD` date; with `noneLabel`, "not done" is an answer (`null`). */
  | (Base & { kind: "date"; noneLabel?: Text; withTime?: boolean })
  | (Base & { kind: "number"; integer: boolean; min: number; max: number; unit: Text })
  /** Free text checked by a pattern (codes and numbers printed on documents). */
  | (Base & { kind: "text"; pattern: RegExp; example: string });

export type QuestionKind = Question["kind"];

const PERMIT_LABELS = labels("permit");

const TRAVEL_MODE_LABELS = labels("travelMode");

const PASSPORT_KIND_LABELS = labels("passportKind");

const OPEN_CATEGORY_LABELS = labels("openPermitCategory");

const PROGRAM_LABELS = labels("principalProgram");

const STREAM_LABELS = labels("principalStream");

const PROVINCE_LABELS = labels("province");

function choices<V extends string>(values: readonly V[], labels: Record<V, Text>): Choice<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const TEER_LABELS: Choice<number>[] = [0, 1, 2, 3, 4, 5].map((n) => ({
  value: n,
  label: { en: en.teer(n), fr: fr.teer(n) },
}));

/** Every question, keyed by the profile field it fills. */
export const QUESTIONS = {
  arrival: {
    field: "arrival",
    kind: "date",
    withTime: true,
    prompt: say("arrival", "prompt"),
    help: say("arrival", "help"),
  },
  citizenships: {
    field: "citizenships",
    kind: "countries",
    noneAllowed: false,
    prompt: say("citizenships", "prompt"),
    help: say("citizenships", "help"),
  },
  passportKinds: {
    field: "passportKinds",
    kind: "several-of",
    choices: choices(PASSPORT_KINDS, PASSPORT_KIND_LABELS),
    noneLabel: say("passportKinds", "none"),
    prompt: say("passportKinds", "prompt"),
    help: say("passportKinds", "help"),
  },
  usPermanentResident: {
    field: "usPermanentResident",
    kind: "yes-no",
    prompt: say("usPermanentResident", "prompt"),
    help: say("usPermanentResident", "help"),
  },
  countryOfResidence: {
    field: "countryOfResidence",
    kind: "country",
    prompt: say("countryOfResidence", "prompt"),
    help: say("countryOfResidence", "help"),
  },
  age: {
    field: "age",
    kind: "number",
    integer: true,
    min: 0,
    max: 130,
    unit: say("age", "unit"),
    prompt: say("age", "prompt"),
    help: say("age", "help"),
  },
  travelMode: {
    field: "travelMode",
    kind: "one-of",
    choices: choices(TRAVEL_MODES, TRAVEL_MODE_LABELS),
    prompt: say("travelMode", "prompt"),
    help: say("travelMode", "help"),
  },
  arrivingFrom: {
    field: "arrivingFrom",
    kind: "country",
    prompt: say("arrivingFrom", "prompt"),
    help: say("arrivingFrom", "help"),
  },
  usNonimmigrantVisa: {
    field: "usNonimmigrantVisa",
    kind: "yes-no",
    prompt: say("usNonimmigrantVisa", "prompt"),
    help: say("usNonimmigrantVisa", "help"),
  },
  canadianVisaPast10Years: {
    field: "canadianVisaPast10Years",
    kind: "yes-no",
    prompt: say("canadianVisaPast10Years", "prompt"),
    help: say("canadianVisaPast10Years", "help"),
  },
  inCanadaWithStatus: {
    field: "inCanadaWithStatus",
    kind: "yes-no",
    prompt: say("inCanadaWithStatus", "prompt"),
    help: say("inCanadaWithStatus", "help"),
  },
  maintainedStatus: {
    field: "maintainedStatus",
    kind: "yes-no",
    prompt: say("maintainedStatus", "prompt"),
    help: say("maintainedStatus", "help"),
  },
  truckDriverCrossBorder: {
    field: "truckDriverCrossBorder",
    kind: "yes-no",
    prompt: say("truckDriverCrossBorder", "prompt"),
    help: say("truckDriverCrossBorder", "help"),
  },
  cbsaAppointment: {
    field: "cbsaAppointment",
    kind: "yes-no",
    prompt: say("cbsaAppointment", "prompt"),
    help: say("cbsaAppointment", "help"),
  },
  letterOfIntroduction: {
    field: "letterOfIntroduction",
    kind: "yes-no",
    prompt: say("letterOfIntroduction", "prompt"),
    help: say("letterOfIntroduction", "help"),
  },
  permit: {
    field: "permit",
    kind: "one-of",
    choices: choices(PERMITS, PERMIT_LABELS),
    prompt: say("permit", "prompt"),
    help: say("permit", "help"),
  },
  jobOffer: {
    field: "jobOffer",
    kind: "yes-no",
    prompt: say("jobOffer", "prompt"),
    help: say("jobOffer", "help"),
  },
  lmiaIssued: {
    field: "lmiaIssued",
    kind: "yes-no",
    prompt: say("lmiaIssued", "prompt"),
    help: say("lmiaIssued", "help"),
  },
  lmiaNumber: {
    field: "lmiaNumber",
    kind: "text",
    pattern: /^\S.{0,39}$/,
    example: "8801234",
    prompt: say("lmiaNumber", "prompt"),
    help: say("lmiaNumber", "help"),
  },
  qualificationsProof: {
    field: "qualificationsProof",
    kind: "yes-no",
    prompt: say("qualificationsProof", "prompt"),
    help: say("qualificationsProof", "help"),
  },
  jobProvince: {
    field: "jobProvince",
    kind: "one-of",
    choices: choices(PROVINCES, PROVINCE_LABELS),
    prompt: say("jobProvince", "prompt"),
    help: say("jobProvince", "help"),
  },
  jobDays: {
    field: "jobDays",
    kind: "number",
    integer: true,
    min: 1,
    max: 3660,
    unit: say("jobDays", "unit"),
    prompt: say("jobDays", "prompt"),
    help: say("jobDays", "help"),
  },
  jobUnpaid: {
    field: "jobUnpaid",
    kind: "yes-no",
    prompt: say("jobUnpaid", "prompt"),
    help: say("jobUnpaid", "help"),
  },
  caqAttestation: {
    field: "caqAttestation",
    kind: "yes-no",
    prompt: say("caqAttestation", "prompt"),
    help: say("caqAttestation", "help"),
  },
  offerOfEmploymentNumber: {
    field: "offerOfEmploymentNumber",
    kind: "text",
    pattern: /^A\d{7}$/,
    example: "A1234567",
    prompt: say("offerOfEmploymentNumber", "prompt"),
    help: say("offerOfEmploymentNumber", "help"),
  },
  complianceFeePaid: {
    field: "complianceFeePaid",
    kind: "yes-no",
    prompt: say("complianceFeePaid", "prompt"),
    help: say("complianceFeePaid", "help"),
  },
  lmiaExemptionCode: {
    field: "lmiaExemptionCode",
    kind: "text",
    pattern: /^[A-Z]\d{2}$/,
    example: "C10",
    prompt: say("lmiaExemptionCode", "prompt"),
    help: say("lmiaExemptionCode", "help"),
  },
  openPermitCategory: {
    field: "openPermitCategory",
    kind: "one-of",
    choices: choices(OPEN_PERMIT_CATEGORIES, OPEN_CATEGORY_LABELS),
    prompt: say("openPermitCategory", "prompt"),
    help: say("openPermitCategory", "help"),
  },
  principalTeer: {
    field: "principalTeer",
    kind: "one-of",
    choices: TEER_LABELS,
    prompt: say("principalTeer", "prompt"),
    help: say("principalTeer", "help"),
  },
  principalEligibleTeer23: {
    field: "principalEligibleTeer23",
    kind: "yes-no",
    prompt: say("principalEligibleTeer23", "prompt"),
    help: say("principalEligibleTeer23", "help"),
  },
  principalProgram: {
    field: "principalProgram",
    kind: "one-of",
    choices: choices(PRINCIPAL_PROGRAMS, PROGRAM_LABELS),
    prompt: say("principalProgram", "prompt"),
    help: say("principalProgram", "help"),
  },
  // Contract 1.1: the principal worker's facts that decide family open work permits (PDIs C41/C46,
  // C47/C48) and the FTA spouses' flagpoling exemption (IMP PDI).
  principalStream: {
    field: "principalStream",
    kind: "one-of",
    choices: choices(PRINCIPAL_STREAMS, STREAM_LABELS),
    prompt: say("principalStream", "prompt"),
    help: say("principalStream", "help"),
  },
  principalTransitioningToPr: {
    field: "principalTransitioningToPr",
    kind: "yes-no",
    prompt: say("principalTransitioningToPr", "prompt"),
    help: say("principalTransitioningToPr", "help"),
  },
  principalPermitMonthsLeft: {
    field: "principalPermitMonthsLeft",
    kind: "number",
    integer: false,
    min: 0,
    max: 1200,
    unit: say("principalPermitMonthsLeft", "unit"),
    prompt: say("principalPermitMonthsLeft", "prompt"),
    help: say("principalPermitMonthsLeft", "help"),
  },
  principalLmiaExemptionCode: {
    field: "principalLmiaExemptionCode",
    kind: "text",
    pattern: /^[A-Z]\d{2}$/,
    example: "F32",
    prompt: say("principalLmiaExemptionCode", "prompt"),
    help: say("principalLmiaExemptionCode", "help"),
  },
  iecInvitation: {
    field: "iecInvitation",
    kind: "yes-no",
    prompt: say("iecInvitation", "prompt"),
    help: say("iecInvitation", "help"),
  },
  stayMonths: {
    field: "stayMonths",
    kind: "number",
    integer: false,
    min: 0,
    max: 120,
    unit: say("stayMonths", "unit"),
    prompt: say("stayMonths", "prompt"),
    help: say("stayMonths", "help"),
  },
  recentResidence: {
    field: "recentResidence",
    kind: "countries",
    noneAllowed: true,
    prompt: say("recentResidence", "prompt"),
    help: say("recentResidence", "help"),
  },
  designatedCountryStay: {
    field: "designatedCountryStay",
    kind: "yes-no",
    prompt: say("designatedCountryStay", "prompt"),
    help: say("designatedCountryStay", "help"),
  },
  publicHealthJob: {
    field: "publicHealthJob",
    kind: "yes-no",
    prompt: say("publicHealthJob", "prompt"),
    help: say("publicHealthJob", "help"),
  },
  medicalExamDate: {
    field: "medicalExamDate",
    kind: "date",
    noneLabel: say("medicalExamDate", "none"),
    prompt: say("medicalExamDate", "prompt"),
    help: say("medicalExamDate", "help"),
  },
  biometricsWithin10Years: {
    field: "biometricsWithin10Years",
    kind: "yes-no",
    prompt: say("biometricsWithin10Years", "prompt"),
    help: say("biometricsWithin10Years", "help"),
  },
  portOfEntry: {
    field: "portOfEntry",
    kind: "text",
    pattern: /^\S.{0,79}$/,
    example: "YVR",
    prompt: say("portOfEntry", "prompt"),
    help: say("portOfEntry", "help"),
  },
} as const satisfies Record<Field, Question>;

/**
 * The author-declared order. The engine decides which questions are asked at all (only those in
 * `missing`, then `refine`); this order decides the sequence among them: what is asked for first, and
 * the facts that most often end the interview early (a Letter of Introduction, an LMIA not issued, an
 * employer's incomplete offer), then who the traveller is, then the medical exam, then details. It
 * was tuned on the public scenarios with `npm run bench:interview` (see docs/adr/).
 */
export const ASK_ORDER: readonly Field[] = [
  // The time of arrival, when the rules changed on the arrival day.
  "arrival",
  // What is asked for: the permit, and what can end the interview early (an LOI, the employer's side).
  "permit",
  "openPermitCategory",
  "letterOfIntroduction",
  "jobOffer",
  "lmiaIssued",
  "complianceFeePaid",
  // Who the traveller is and where from.
  "citizenships",
  "inCanadaWithStatus",
  "arrivingFrom",
  "usPermanentResident",
  "passportKinds",
  // Medical exam.
  "publicHealthJob",
  "designatedCountryStay",
  "recentResidence",
  "stayMonths",
  "medicalExamDate",
  // Exemptions and details.
  "lmiaExemptionCode",
  "principalTeer",
  "principalEligibleTeer23",
  "principalProgram",
  "principalTransitioningToPr",
  "principalPermitMonthsLeft",
  "principalStream",
  "principalLmiaExemptionCode",
  "iecInvitation",
  "truckDriverCrossBorder",
  "cbsaAppointment",
  "maintainedStatus",
  "countryOfResidence",
  "usNonimmigrantVisa",
  "canadianVisaPast10Years",
  "travelMode",
  "jobProvince",
  "jobDays",
  "jobUnpaid",
  "caqAttestation",
  "offerOfEmploymentNumber",
  "age",
  "biometricsWithin10Years",
  "portOfEntry",
  "lmiaNumber",
  "qualificationsProof",
];

/** The question for a field. */
export function questionFor(field: Field): Question {
  return QUESTIONS[field];
}

/** The label of a choice value, in a language; falls back to the value itself. */
export function choiceLabel(question: Question, value: string | number, lang: Lang): string {
  if (question.kind !== "one-of" && question.kind !== "several-of") return String(value);
  return question.choices.find((c) => c.value === value)?.label[lang] ?? String(value);
}
