/**
 * Derived facts about the traveller, each a three-valued condition over profile fields. Rules are
 * written in these terms; each fact names the provision it reads.
 */
import type { PassportKind } from "../contract/profile.js";
import { all, any, type Fact, fact, is, isTrue, type K, not, number } from "./logic.js";
import {
  conditionalEtaCountries,
  documentHolders,
  imeDesignation,
  portConfirmedForBiometrics,
  visaExemptCitizenships,
} from "./reference-data.js";
import { addMonths, instantOf } from "./time.js";

/** Some element of a known list satisfies a dated predicate (three-valued over the arrival day). */
function someAt(
  list: readonly string[],
  test: (code: string, t: number) => boolean,
  v: Parameters<Fact>[0],
): K {
  return v.at((t) => list.some((c) => test(c, t)));
}

/** IRPR 190(1)(c): a US national. */
export const usNational: Fact = fact(["citizenships"], (v) => {
  const c = v.get("citizenships");
  return c === undefined ? undefined : c.includes("US");
});

/** IRPR 190(1)(c): a lawful permanent resident of the United States. */
export const usPermanentResident: Fact = isTrue("usPermanentResident");

/** A citizenship that exempts from the visitor visa (Schedule 1.1, British, BOTC, US). */
export const visaExemptCitizen: Fact = fact(["citizenships", "arrival"], (v) => {
  const c = v.get("citizenships");
  return c === undefined ? undefined : someAt(c, (code, t) => visaExemptCitizenships.has(code, t), v);
});

/** Travel documents that exempt from the visitor visa by themselves (IRPR 190(1)(b)(ii), 190(2), 190(2.1)). */
export const DOCUMENT_EXEMPTIONS: Record<PassportKind, string> = {
  "romania-e-passport": "IRPR 190(2.1)",
  "israel-national-passport": "IRPR 190(2)(c)",
  "taiwan-passport-with-personal-id": "IRPR 190(2)(f)",
  "hong-kong-sar-passport": "IRPR 190(2)(d)",
  "british-national-overseas": "IRPR 190(2)(e)",
  "british-subject-right-of-abode": "IRPR 190(2)(e.1)",
  "british-overseas-citizen-readmissible": "IRPR 190(1)(b)(ii)",
  "holy-see": "IRPR 190(2)(b)",
};

/**
 * The citizenships with which each document can be held (`*`: any), from the reference data entry
 * of its provision (`holders`), for the interview, which offers a document to the travellers who
 * give one of them. The exemption itself reads the document, and the citizenship only where the
 * provision names it (`DOCUMENT_CITIZENSHIP`, `exemptTravelDocument`).
 * A document without such an entry could be held with any citizenship.
 */
export const DOCUMENT_HOLDERS: Readonly<Record<PassportKind, readonly string[]>> = Object.fromEntries(
  (Object.keys(DOCUMENT_EXEMPTIONS) as PassportKind[]).map((k) => [
    k,
    documentHolders.get(DOCUMENT_EXEMPTIONS[k].replace(/^IRPR /, "")) ?? ["*"],
  ]),
) as Record<PassportKind, readonly string[]>;

/**
 * The documents whose provision names the holder's citizenship as well: IRPR 190(2.1) exempts a
 * citizen of Romania who holds Romania's electronic passport, not any holder of one.
 */
const DOCUMENT_CITIZENSHIP: Partial<Record<PassportKind, string>> = { "romania-e-passport": "RO" };

/**
 * IRPR 190(1)(b)(ii), 190(2)(b)-(f), 190(2.1): a listed document exempts whatever citizenships are
 * given, except where the provision also names the citizenship (190(2.1)).
 */
export const exemptTravelDocument: Fact = fact(["passportKinds", "citizenships"], (v) => {
  const kinds = v.get("passportKinds");
  if (kinds === undefined) return undefined;
  // Every passport kind the profile can name is a listed document (DOCUMENT_EXEMPTIONS).
  if (kinds.some((k) => DOCUMENT_CITIZENSHIP[k] === undefined)) return true;
  if (kinds.length === 0) return false;
  const citizenships = v.get("citizenships");
  if (citizenships === undefined) return undefined;
  return kinds.some((k) => citizenships.includes(DOCUMENT_CITIZENSHIP[k]!));
});

/** IRPR 190: exempt from the temporary resident visa, on any basis (the test of IRPR 198(1)). */
export const visaExempt: Fact = any(visaExemptCitizen, exemptTravelDocument, usPermanentResident);

/** IRPR 7.01: holds a citizenship on the conditional-eTA list at arrival. */
export const conditionalEtaNational: Fact = fact(["citizenships", "arrival"], (v) => {
  const c = v.get("citizenships");
  return c === undefined ? undefined : someAt(c, (code, t) => conditionalEtaCountries.has(code, t), v);
});

/** IRPR 7.01(2): may get a conditional eTA (by air, with a Canadian visa in 10 years or a US visa). */
export const conditionalEtaEligible: Fact = all(
  conditionalEtaNational,
  is("travelMode", "air"),
  any(isTrue("canadianVisaPast10Years"), isTrue("usNonimmigrantVisa")),
);

/** IRPR 198(2)(a)(ii): US national or permanent resident, or resident of Greenland or St. Pierre and Miquelon. */
export const lmiaExceptionPerson: Fact = any(
  usNational,
  usPermanentResident,
  is("countryOfResidence", "GL", "PM"),
);

/** IRPR 7.1(3)(b) as amended 2022-04-26 08:00 EDT: US permanent residents no longer need an eTA. */
export const US_PR_ETA_EXEMPTION_FROM = instantOf("2022-04-26T08:00:00-04:00");
/** IRPR 7.1(1) as amended: entry by vessel directly from St. Pierre and Miquelon needs an eTA. */
export const SPM_VESSEL_ETA_FROM = instantOf("2026-06-05T00:00:00-04:00");

/** Flagpoling ban, CBSA, effective 2024-12-23 23:59 ET. */
export const FLAGPOLING_BAN_TEXT = "2024-12-23T23:59:00-05:00";
export const FLAGPOLING_BAN_FROM = instantOf(FLAGPOLING_BAN_TEXT);

/** In Canada with temporary status, re-entering from the US or St. Pierre and Miquelon (CBSA's definition). */
export const flagpolingTrip: Fact = all(isTrue("inCanadaWithStatus"), is("arrivingFrom", "US", "PM"));

/** IMP codes of FTA professionals and technicians exempt from the flagpoling ban (IMP PDI, flagpoling exemptions). */
export const FLAGPOLING_EXEMPT_CODES = ["T36", "F22", "F32", "F42", "F12", "F52"] as const;

/**
 * Principals' codes whose spouses are exempt: the South Korea (F32), Panama (F42) and Colombia (F12)
 * FTAs (IMP PDI, flagpoling exemptions). The spouse's own open-permit code (e.g. F36, T25) also
 * covers spouses of principals in other FTA categories, who are not exempt: the principal's code decides.
 */
export const FLAGPOLING_EXEMPT_SPOUSE_PRINCIPAL_CODES = ["F32", "F42", "F12"] as const;

/**
 * An FTA application exempt from the ban: a professional's LMIA-exempt permit under one of the
 * codes, or an FTA spouse's open permit whose principal holds one of the spouse-exempting codes.
 * An LMIA-based, SAWP, PGWP or IEC application is never one, whatever code was typed.
 */
export const ftaApplication: Fact = any(
  all(is("permit", "lmia-exempt"), is("lmiaExemptionCode", ...FLAGPOLING_EXEMPT_CODES)),
  all(
    is("permit", "open"),
    is("openPermitCategory", "fta-spouse"),
    is("principalLmiaExemptionCode", ...FLAGPOLING_EXEMPT_SPOUSE_PRINCIPAL_CODES),
  ),
);

/** The five exempt groups of the CBSA release and the IMP PDI. */
export const flagpolingExempt: Fact = any(
  usNational,
  usPermanentResident,
  ftaApplication,
  isTrue("truckDriverCrossBorder"),
  isTrue("cbsaAppointment"),
);

/** IRPR 30(1)(a)(iii): spent 6+ consecutive months in a designated country in the year before arrival. */
// `recentResidence` is only peeked: when it is unknown, the direct answer is what is asked.
export const designatedCountryStay: Fact = fact(["designatedCountryStay", "arrival"], (v) => {
  const direct = v.get("designatedCountryStay");
  if (direct !== undefined) return direct;
  // Read recentResidence without asking for it: the direct answer is what settles the question.
  const places = v.peek("recentResidence");
  if (places === undefined) return v.need("designatedCountryStay");
  let unknown = false;
  let designated: K = false;
  for (const code of places) {
    const status = v.at((t) => imeDesignation(code, t)?.designated === true);
    const listed = v.at((t) => imeDesignation(code, t) !== undefined);
    if (listed === false) unknown = true;
    else if (status === true) designated = true;
    else if (status === undefined) unknown = true;
  }
  if (designated === true) {
    v.leanOnUnverified();
    return true;
  }
  if (unknown) return v.need("designatedCountryStay");
  if (places.length > 0) v.leanOnUnverified();
  return false;
});

/** A stay of more than six months (IRPR 30(1)(a)(ii)-(iii)). */
export const longStay: Fact = number("stayMonths", (n) => n > 6);

/** IRPR 30(1)(a) and the IME PDI: the immigration medical exam is required. */
export const medicalExamRequired: Fact = any(isTrue("publicHealthJob"), all(longStay, designatedCountryStay));

/** IRPR 30(3): the exam took place on or before arrival and within the 12 months before it. */
export const medicalExamValid: Fact = fact(["medicalExamDate", "arrival"], (v) => {
  const exam = v.get("medicalExamDate");
  if (exam === undefined) return undefined;
  if (exam === null) return false;
  const arrival = v.arrivalDate();
  return exam <= arrival && addMonths(exam, 12) >= arrival;
});

export const medicalExamExpired: Fact = fact(["medicalExamDate", "arrival"], (v) => {
  const exam = v.get("medicalExamDate");
  if (exam === undefined) return undefined;
  if (exam === null) return false;
  return addMonths(exam, 12) < v.arrivalDate();
});

/** IRPR 12.1(h), 12.2, 12.7: biometrics are required for this work permit application. */
export const biometricsRequired: Fact = all(
  not(usNational),
  number("age", (n) => n >= 14 && n <= 79),
  not(isTrue("biometricsWithin10Years")),
);

/** The port is on the verified CBSA list (partial): false means unconfirmed. */
export const portConfirmed: Fact = fact(["portOfEntry"], (v) => {
  const p = v.get("portOfEntry");
  return p === undefined ? undefined : portConfirmedForBiometrics(p);
});

/** Employer-specific permit (LMIA-based or LMIA-exempt). */
export const employerSpecific: Fact = is("permit", "lmia", "lmia-exempt");

/** Canada-Quebec Accord art. 22, PDI "Quebec cases": LMIA work in Quebec over 30 days and paid needs a CAQ. */
export const caqNeeded: Fact = all(
  is("permit", "lmia"),
  is("jobProvince", "QC"),
  number("jobDays", (n) => n > 30),
  not(isTrue("jobUnpaid")),
);
