/**
 * The shape of a search: the order of `missing` and of the diagrams' variables, one object shape
 * for every profile, and the search state of a profile (its arrival as instants).
 */
import { FIELDS, type Field, type Profile } from "../contract/profile.js";
import { CHANGE_INSTANTS } from "../rulebook/index.js";
import { easternDate, easternDay, isIsoDate, parseDateTime } from "../rulebook/time.js";
import type { State } from "./state.js";

/** Order of `missing`: the facts that decide most come first (permit type and citizenship settle most rules). */
const DECISIVENESS: readonly Field[] = [
  "permit",
  "citizenships",
  "usPermanentResident",
  "passportKinds",
  "letterOfIntroduction",
  "inCanadaWithStatus",
  "arrivingFrom",
  "arrival",
  "openPermitCategory",
  "lmiaIssued",
  "jobOffer",
  "complianceFeePaid",
  "countryOfResidence",
  "lmiaExemptionCode",
  "truckDriverCrossBorder",
  "cbsaAppointment",
  "publicHealthJob",
  "stayMonths",
  "designatedCountryStay",
  "recentResidence",
  "medicalExamDate",
  "principalTeer",
  "principalEligibleTeer23",
  "principalProgram",
  "principalTransitioningToPr",
  "principalPermitMonthsLeft",
  "principalStream",
  "principalLmiaExemptionCode",
];
export const rank = (f: Field) => {
  const i = DECISIVENESS.indexOf(f);
  return i < 0 ? DECISIVENESS.length + FIELDS.indexOf(f) : i;
};

/** Builds the search state: the arrival becomes one instant, or the parts of an Eastern-Time day. */
export function stateOf(given: Profile, now: Date): { state: State; asOf: number } {
  const profile = uniformShape(given);
  const arrival = profile.arrival;
  if (arrival === undefined) {
    const t = now.getTime();
    return { state: { profile, instants: [t], arrivalDate: easternDate(t), now: t }, asOf: t };
  }
  if (isIsoDate(arrival)) {
    const { start, end } = easternDay(arrival);
    const inside = CHANGE_INSTANTS.filter((t) => t > start && t < end);
    return {
      state: { profile, instants: [start, ...inside], arrivalDate: arrival, now: now.getTime() },
      asOf: start,
    };
  }
  const t = parseDateTime(arrival)!;
  return { state: { profile, instants: [t], arrivalDate: easternDate(t), now: now.getTime() }, asOf: t };
}

/**
 * The same profile as an object with every contract field, in the contract's order (unknown ones
 * `undefined`). Profiles with different sets of fields are objects of different shapes, and the
 * rules read fields by name thousands of times per assessment: one shape for all keeps those reads
 * fast. Absent and `undefined` mean the same here (not known yet). Written out as one literal
 * rather than a loop over `FIELDS`, whose generic keyed stores were slow (ADR 0012); the compiler
 * checks that no field is left out, a test that the order is `FIELDS`'.
 */
export function uniformShape(p: Profile): Profile {
  return {
    arrival: p.arrival,
    citizenships: p.citizenships,
    passportKinds: p.passportKinds,
    usPermanentResident: p.usPermanentResident,
    countryOfResidence: p.countryOfResidence,
    age: p.age,
    travelMode: p.travelMode,
    arrivingFrom: p.arrivingFrom,
    usNonimmigrantVisa: p.usNonimmigrantVisa,
    canadianVisaPast10Years: p.canadianVisaPast10Years,
    inCanadaWithStatus: p.inCanadaWithStatus,
    maintainedStatus: p.maintainedStatus,
    truckDriverCrossBorder: p.truckDriverCrossBorder,
    cbsaAppointment: p.cbsaAppointment,
    letterOfIntroduction: p.letterOfIntroduction,
    permit: p.permit,
    jobOffer: p.jobOffer,
    lmiaIssued: p.lmiaIssued,
    lmiaNumber: p.lmiaNumber,
    qualificationsProof: p.qualificationsProof,
    jobProvince: p.jobProvince,
    jobDays: p.jobDays,
    jobUnpaid: p.jobUnpaid,
    caqAttestation: p.caqAttestation,
    offerOfEmploymentNumber: p.offerOfEmploymentNumber,
    complianceFeePaid: p.complianceFeePaid,
    lmiaExemptionCode: p.lmiaExemptionCode,
    openPermitCategory: p.openPermitCategory,
    principalTeer: p.principalTeer,
    principalEligibleTeer23: p.principalEligibleTeer23,
    principalProgram: p.principalProgram,
    principalStream: p.principalStream,
    principalTransitioningToPr: p.principalTransitioningToPr,
    principalPermitMonthsLeft: p.principalPermitMonthsLeft,
    principalLmiaExemptionCode: p.principalLmiaExemptionCode,
    iecInvitation: p.iecInvitation,
    stayMonths: p.stayMonths,
    recentResidence: p.recentResidence,
    designatedCountryStay: p.designatedCountryStay,
    publicHealthJob: p.publicHealthJob,
    medicalExamDate: p.medicalExamDate,
    biometricsWithin10Years: p.biometricsWithin10Years,
    portOfEntry: p.portOfEntry,
  } satisfies { [F in Field]-?: Profile[F] | undefined };
}

/** Variable order of the diagrams: decisive facts first keeps them small; then the contract's order. */
export const ORDER: readonly Field[] = [...DECISIVENESS, ...FIELDS.filter((f) => !DECISIVENESS.includes(f))];
