/** fast-check generators of realistic profiles (concrete values, not only class representatives). */
import fc from "fast-check";
import {
  FIELDS,
  type Field,
  OPEN_PERMIT_CATEGORIES,
  PASSPORT_KINDS,
  PERMITS,
  PRINCIPAL_PROGRAMS,
  PRINCIPAL_STREAMS,
  PROVINCES,
  type Profile,
  TRAVEL_MODES,
} from "../src/contract/profile.js";
import { easternDay, formatEastern } from "../src/rulebook/time.js";

/** Countries from every list: Schedule 1.1, British, 7.01 (old and new), visa-required, IME-listed, document-based. */
export const COUNTRY_POOL = [
  "US",
  "FR",
  "GB",
  "DE",
  "AU",
  "JP",
  "QA",
  "MX",
  "BR",
  "ID",
  "MY",
  "AR",
  "MA",
  "PH",
  "IN",
  "CN",
  "NG",
  "RO",
  "IL",
  "HK",
  "TW",
  "VA",
  "BM",
  "GL",
  "PM",
  "CA",
  "AM",
  "UY",
  "CO",
  "LV",
];

/** Days on which some rule or list changes (more likely to be drawn). */
export const CHANGE_DAYS = [
  "2022-04-26",
  "2023-01-30",
  "2023-06-06",
  "2023-08-18",
  "2024-02-29",
  "2024-03-19",
  "2024-04-30",
  "2024-06-21",
  "2024-12-23",
  "2024-12-24",
  "2025-01-21",
  "2025-11-03",
  "2025-11-25",
  "2026-05-26",
  "2026-06-05",
];

const day = fc
  .integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2027, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
export const arrivalDate = fc.oneof(day, fc.constantFrom(...CHANGE_DAYS));

/** A random instant inside an Eastern-Time day, written with its Eastern offset. */
export const instantIn = (date: string) =>
  fc.integer({ min: 0, max: 24 * 60 - 1 }).map((minute) => {
    const { start, end } = easternDay(date);
    return formatEastern(Math.min(start + minute * 60_000, end - 60_000));
  });

const arrival = fc.oneof(arrivalDate, arrivalDate.chain(instantIn));
const country = fc.constantFrom(...COUNTRY_POOL);
const pastDate = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((t) => new Date(t).toISOString().slice(0, 10));

export const fieldArbitraries: {
  [F in Field]: fc.Arbitrary<NonNullable<Profile[F]> | (F extends "medicalExamDate" ? null : never)>;
} = {
  arrival,
  // Also drawn often: a Canadian citizen, alone or dual (IRPA 2(1)), and a French citizen (7.1(3)(e)).
  citizenships: fc.oneof(
    fc.uniqueArray(country, { minLength: 1, maxLength: 3 }),
    fc.constantFrom<string[]>(["CA"], ["CA", "IN"], ["FR"], ["US"], ["IE"]),
  ),
  passportKinds: fc.subarray([...PASSPORT_KINDS], { maxLength: 2 }),
  usPermanentResident: fc.boolean(),
  countryOfResidence: fc.oneof(country, fc.constant("PM")),
  age: fc.integer({ min: 0, max: 110 }),
  travelMode: fc.constantFrom(...TRAVEL_MODES),
  arrivingFrom: fc.oneof(country, fc.constantFrom("PM", "US")),
  usNonimmigrantVisa: fc.boolean(),
  canadianVisaPast10Years: fc.boolean(),
  inCanadaWithStatus: fc.boolean(),
  maintainedStatus: fc.boolean(),
  truckDriverCrossBorder: fc.boolean(),
  cbsaAppointment: fc.boolean(),
  letterOfIntroduction: fc.boolean(),
  permit: fc.constantFrom(...PERMITS),
  jobOffer: fc.boolean(),
  lmiaIssued: fc.boolean(),
  lmiaNumber: fc.constant("8801234"),
  qualificationsProof: fc.boolean(),
  jobProvince: fc.constantFrom(...PROVINCES),
  // Around Quebec's 30-day CAQ exception, and anywhere.
  jobDays: fc.oneof(fc.constantFrom(30, 31), fc.integer({ min: 0, max: 1200 })),
  jobUnpaid: fc.boolean(),
  caqAttestation: fc.boolean(),
  offerOfEmploymentNumber: fc.constant("A1234567"),
  complianceFeePaid: fc.boolean(),
  lmiaExemptionCode: fc.constantFrom("T36", "F22", "F32", "F42", "F12", "F52", "C10", "C12", "A70", "T25"),
  openPermitCategory: fc.constantFrom(...OPEN_PERMIT_CATEGORIES),
  principalTeer: fc.integer({ min: 0, max: 5 }),
  principalEligibleTeer23: fc.boolean(),
  principalProgram: fc.constantFrom(...PRINCIPAL_PROGRAMS),
  principalStream: fc.constantFrom(...PRINCIPAL_STREAMS),
  principalTransitioningToPr: fc.boolean(),
  // Whole and fractional months around the 6- and 16-month thresholds, and far from them.
  principalPermitMonthsLeft: fc.oneof(
    fc.constantFrom(5, 5.9, 6, 15, 15.9, 16),
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 60, noNaN: true }),
  ),
  // Principal codes that exempt an FTA spouse (F32, F42, F12), professional codes that do not, and the spouses' own codes.
  principalLmiaExemptionCode: fc.constantFrom("F32", "F42", "F12", "T36", "F22", "F52", "F36", "T25", "C10"),
  iecInvitation: fc.boolean(),
  stayMonths: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.double({ min: 0, max: 48, noNaN: true })),
  recentResidence: fc.uniqueArray(country, { maxLength: 2 }),
  designatedCountryStay: fc.boolean(),
  publicHealthJob: fc.boolean(),
  medicalExamDate: fc.oneof(fc.constant(null), pastDate),
  biometricsWithin10Years: fc.boolean(),
  portOfEntry: fc.constantFrom(
    "YVR",
    "YYZ",
    "YUL",
    "Peace Arch",
    "Lacolle",
    "yyc",
    "Calgary International Airport",
  ),
};

/** A complete profile. */
export const fullProfile: fc.Arbitrary<Profile> = fc.record(fieldArbitraries) as fc.Arbitrary<Profile>;

/** A profile with a random subset of fields unknown (`keep` = probability a field stays known). */
export function partialProfile(keep = 0.6): fc.Arbitrary<Profile> {
  return fc
    .tuple(
      fullProfile,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: FIELDS.length,
        maxLength: FIELDS.length,
      }),
    )
    .map(([p, coins]) => {
      const out: Record<string, unknown> = {};
      FIELDS.forEach((f, i) => {
        if (coins[i]! < keep) out[f] = p[f];
      });
      return out as Profile;
    });
}
