/**
 * The classes of each profile field: one representative value per class of values that the rules
 * can tell apart (design note: thresholds and list memberships). A partial profile stands for every
 * combination of its unknown fields' classes, which makes soundness and `missing` exact.
 *
 * Keep these in step with the rules: a rule that tests a new threshold needs a representative on
 * each side of it (the property tests compare against random concrete values to catch a gap).
 */
import type { Field, Profile } from "../contract/profile.js";
import {
  OPEN_PERMIT_CATEGORIES,
  PERMITS,
  PRINCIPAL_PROGRAMS,
  PRINCIPAL_STREAMS,
} from "../contract/profile.js";
import { addMonths } from "./time.js";

type Representatives = { [F in Field]: (arrivalDate: string) => readonly Profile[F][] };

const BOOL = () => [true, false] as const;

export const REPRESENTATIVES: Representatives = {
  // `arrival` is split by the engine into the instants of rule changes within the day.
  arrival: () => [],
  // US national; Schedule 1.1 citizen; conditional-eTA (7.01) national; visa-required; two
  // citizenships; Canadian citizen (IRPA 2(1): no rule on foreign nationals applies, whatever else held).
  citizenships: () => [["US"], ["FR"], ["BR"], ["IN"], ["FR", "IN"], ["CA"]],
  passportKinds: () => [[], ["holy-see"]],
  usPermanentResident: BOOL,
  countryOfResidence: () => ["GL", "PM", "FR"],
  age: () => [10, 30, 85],
  travelMode: () => ["air", "land", "sea"],
  arrivingFrom: () => ["US", "PM", "FR"],
  usNonimmigrantVisa: BOOL,
  canadianVisaPast10Years: BOOL,
  inCanadaWithStatus: BOOL,
  maintainedStatus: BOOL,
  truckDriverCrossBorder: BOOL,
  cbsaAppointment: BOOL,
  letterOfIntroduction: BOOL,
  permit: () => PERMITS,
  jobOffer: BOOL,
  lmiaIssued: BOOL,
  lmiaNumber: () => ["1234567"],
  qualificationsProof: BOOL,
  jobProvince: () => ["QC", "ON"],
  jobDays: () => [10, 365],
  jobUnpaid: BOOL,
  caqAttestation: BOOL,
  offerOfEmploymentNumber: () => ["A1234567"],
  complianceFeePaid: BOOL,
  lmiaExemptionCode: () => ["T36", "C10"],
  openPermitCategory: () => OPEN_PERMIT_CATEGORIES,
  principalTeer: () => [1, 2, 4],
  principalEligibleTeer23: BOOL,
  principalProgram: () => PRINCIPAL_PROGRAMS,
  principalStream: () => PRINCIPAL_STREAMS,
  principalTransitioningToPr: BOOL,
  // Below 6 months; 6 up to 16; 16 or more (the PDIs' thresholds, before and from 2025-01-21).
  principalPermitMonthsLeft: () => [5, 6, 16],
  // A principal code that exempts an FTA spouse from the flagpoling ban; one that does not.
  principalLmiaExemptionCode: () => ["F32", "T25"],
  iecInvitation: BOOL,
  stayMonths: () => [3, 12],
  recentResidence: () => [[], ["IN"]],
  designatedCountryStay: BOOL,
  publicHealthJob: BOOL,
  // none; valid on arrival; older than 12 months; taken after arrival (not held on arrival).
  medicalExamDate: (arrivalDate) => [
    null,
    arrivalDate,
    addMonths(arrivalDate, -24),
    addMonths(arrivalDate, 1),
  ],
  biometricsWithin10Years: BOOL,
  portOfEntry: () => ["YVR", "Lacolle"],
};
