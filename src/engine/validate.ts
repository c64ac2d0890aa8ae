/**
 * Input validation (docs/contract.md §1, §5): every problem, each with its field path, never a throw.
 * Written with `zod/mini` so the same schema ships to the browser at a small size.
 */
import countries from "i18n-iso-countries";
import * as z from "zod/mini";
import type { InputError, InputErrorCode, Lang } from "../contract/assessment.js";
import {
  OPEN_PERMIT_CATEGORIES,
  PASSPORT_KINDS,
  PERMITS,
  PRINCIPAL_PROGRAMS,
  PRINCIPAL_STREAMS,
  PROVINCES,
  type Profile,
  TRAVEL_MODES,
} from "../contract/profile.js";
import { messages } from "../i18n/index.js";
import { isIsoDate, parseDateTime } from "../rulebook/time.js";
import { type Issue, ownCode, type Problem, problemsOf, withCode } from "./issues.js";

const ISO_COUNTRIES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** A custom check that reports one of our error codes (issues.ts). */
const check = <T>(ok: (value: T) => boolean, code: InputErrorCode) => z.refine<T>(ok, withCode(code));

const country = z.string().check(check((s: string) => ISO_COUNTRIES.has(s), "unknown-country"));
const countries_ = z.array(country).check(z.maxLength(30));
const date = z.string().check(check(isIsoDate, "bad-date"));
const arrival = z
  .string()
  .check(check((s: string) => isIsoDate(s) || parseDateTime(s) !== undefined, "bad-date"));
const bool = z.optional(z.boolean());
const int = (min: number, max: number) => z.optional(z.int().check(z.minimum(min), z.maximum(max)));
/** An International Mobility Program code: a capital letter and two digits (`C10`, `F32`). */
const impCode = z.optional(z.string().check(z.regex(/^[A-Z]\d{2}$/)));

/** The profile schema: every field optional, unknown keys rejected. */
export const profileSchema = z.strictObject({
  arrival: z.optional(arrival),
  citizenships: z.optional(countries_),
  passportKinds: z.optional(z.array(z.enum(PASSPORT_KINDS)).check(z.maxLength(PASSPORT_KINDS.length * 2))),
  usPermanentResident: bool,
  countryOfResidence: z.optional(country),
  age: int(0, 130),
  travelMode: z.optional(z.enum(TRAVEL_MODES)),
  arrivingFrom: z.optional(country),
  usNonimmigrantVisa: bool,
  canadianVisaPast10Years: bool,
  inCanadaWithStatus: bool,
  maintainedStatus: bool,
  truckDriverCrossBorder: bool,
  cbsaAppointment: bool,
  letterOfIntroduction: bool,
  permit: z.optional(z.enum(PERMITS)),
  jobOffer: bool,
  lmiaIssued: bool,
  lmiaNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  qualificationsProof: bool,
  jobProvince: z.optional(z.enum(PROVINCES)),
  jobDays: int(0, 36_500),
  jobUnpaid: bool,
  caqAttestation: bool,
  offerOfEmploymentNumber: z.optional(
    z.string().check(check((s: string) => /^A\d{7}$/.test(s), "bad-offer-number")),
  ),
  complianceFeePaid: bool,
  lmiaExemptionCode: impCode,
  openPermitCategory: z.optional(z.enum(OPEN_PERMIT_CATEGORIES)),
  principalTeer: int(0, 5),
  principalEligibleTeer23: bool,
  principalProgram: z.optional(z.enum(PRINCIPAL_PROGRAMS)),
  principalStream: z.optional(z.enum(PRINCIPAL_STREAMS)),
  principalTransitioningToPr: bool,
  principalPermitMonthsLeft: z.optional(z.number().check(z.minimum(0), z.maximum(1200))),
  principalLmiaExemptionCode: impCode,
  iecInvitation: bool,
  stayMonths: z.optional(z.number().check(z.minimum(0), z.maximum(1200))),
  recentResidence: z.optional(countries_),
  designatedCountryStay: bool,
  publicHealthJob: bool,
  medicalExamDate: z.optional(z.nullable(date)),
  biometricsWithin10Years: bool,
  portOfEntry: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
});

const IMP_CODE_FIELDS: ReadonlySet<string> = new Set(["lmiaExemptionCode", "principalLmiaExemptionCode"]);

/** A problem worded in `lang` (docs/contract.md §5). */
function toError({ path, issue, key }: Problem, lang: Lang, input: unknown): InputError {
  const m = messages(lang).errors;
  const at = (code: InputErrorCode, detail = ""): InputError => ({ path, code, message: m[code](detail) });
  const own = ownCode(issue) as InputErrorCode | undefined;
  if (own !== undefined) {
    const value = issue.path.reduce<unknown>(
      (o, k) => (o !== null && typeof o === "object" ? (o as Record<PropertyKey, unknown>)[k] : undefined),
      input,
    );
    return at(own, typeof value === "string" ? value.slice(0, 40) : "");
  }
  switch (issue.code) {
    case "unrecognized_keys":
      return at("unknown-key", key);
    case "invalid_type":
      return issue.path.length === 0 ? at("not-an-object") : at("wrong-type", issue.expected);
    case "invalid_value":
      return at("bad-value", issue.values.map(String).join(", "));
    case "too_big":
      return at("out-of-range", `≤ ${issue.maximum}`);
    case "too_small":
      return at("out-of-range", `≥ ${issue.minimum}`);
    case "invalid_format":
      return at("bad-value", IMP_CODE_FIELDS.has(path) ? "a letter and 2 digits (e.g. C10)" : "");
    default:
      return at("bad-value");
  }
}

const errorsOf = (issues: readonly Issue[], lang: Lang, input: unknown): InputError[] =>
  issues.flatMap((i) => problemsOf(i).map((p) => toError(p, lang, input)));

/**
 * Checks an unknown value against the profile schema.
 *
 * @example
 * ```ts
 * parseProfile({ citizenships: ["ZQ"] }); // { ok: false, errors: [{ path: "citizenships[0]", code: "unknown-country", … }] }
 * ```
 */
export function parseProfile(
  input: unknown,
  lang: Lang = "en",
): { ok: true; profile: Profile } | { ok: false; errors: InputError[] } {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data as Profile };
  return { ok: false, errors: errorsOf(result.error.issues, lang, input) };
}
