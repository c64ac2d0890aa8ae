/**
 * The profile (docs/contract.md §1): what a caller knows about the traveller. Every field is optional;
 * an absent field is "not known yet".
 */

export const PERMITS = ["lmia", "lmia-exempt", "open", "pgwp", "iec", "sawp"] as const;
export type Permit = (typeof PERMITS)[number];

export const TRAVEL_MODES = ["air", "land", "sea"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const PASSPORT_KINDS = [
  "romania-e-passport",
  "israel-national-passport",
  "taiwan-passport-with-personal-id",
  "hong-kong-sar-passport",
  "british-national-overseas",
  "british-subject-right-of-abode",
  "british-overseas-citizen-readmissible",
  "holy-see",
] as const;
export type PassportKind = (typeof PASSPORT_KINDS)[number];

export const OPEN_PERMIT_CATEGORIES = [
  "spouse-of-worker",
  "spouse-of-student",
  "fta-spouse",
  "co-op",
  "athlete",
  "military-or-diplomatic-family",
  "dependent-child",
  "bridging",
  "pr-applicant",
  "refugee-claimant",
  "protected-person",
  "temporary-resident-permit-holder",
  "vulnerable-worker",
] as const;
export type OpenPermitCategory = (typeof OPEN_PERMIT_CATEGORIES)[number];

export const PRINCIPAL_PROGRAMS = [
  "masters-16-months-plus",
  "masters-under-16-months",
  "doctoral",
  "professional",
  "eligible-listed",
  "other",
] as const;
export type PrincipalProgram = (typeof PRINCIPAL_PROGRAMS)[number];

/** (1.1) The stream of the principal worker's permit (docs/contract.md §1; PDI C47/C48: the LMIA stream). */
export const PRINCIPAL_STREAMS = ["sawp", "agricultural", "low-wage-lmia", "other"] as const;
export type PrincipalStream = (typeof PRINCIPAL_STREAMS)[number];

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;
/** `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Profile {
  arrival?: string;
  citizenships?: CountryCode[];
  passportKinds?: PassportKind[];
  usPermanentResident?: boolean;
  countryOfResidence?: CountryCode;
  age?: number;
  travelMode?: TravelMode;
  arrivingFrom?: CountryCode;
  usNonimmigrantVisa?: boolean;
  canadianVisaPast10Years?: boolean;
  inCanadaWithStatus?: boolean;
  maintainedStatus?: boolean;
  truckDriverCrossBorder?: boolean;
  cbsaAppointment?: boolean;
  letterOfIntroduction?: boolean;
  permit?: Permit;
  jobOffer?: boolean;
  lmiaIssued?: boolean;
  lmiaNumber?: string;
  qualificationsProof?: boolean;
  jobProvince?: Province;
  jobDays?: number;
  jobUnpaid?: boolean;
  caqAttestation?: boolean;
  offerOfEmploymentNumber?: string;
  complianceFeePaid?: boolean;
  lmiaExemptionCode?: string;
  openPermitCategory?: OpenPermitCategory;
  principalTeer?: number;
  principalEligibleTeer23?: boolean;
  principalProgram?: PrincipalProgram;
  /** (1.1) Spouse or child of a worker: the stream of the principal's permit. */
  principalStream?: PrincipalStream;
  /** (1.1) Spouse or child of a worker: the principal is on a pathway to permanent residence. */
  principalTransitioningToPr?: boolean;
  /** (1.1) Spouse or child of a worker: months the principal may still work after the family member applies. */
  principalPermitMonthsLeft?: number;
  /** (1.1) Spouse of an FTA worker: the principal's International Mobility Program code (e.g. `F32`). */
  principalLmiaExemptionCode?: string;
  iecInvitation?: boolean;
  stayMonths?: number;
  recentResidence?: CountryCode[];
  designatedCountryStay?: boolean;
  publicHealthJob?: boolean;
  medicalExamDate?: IsoDate | null;
  biometricsWithin10Years?: boolean;
  portOfEntry?: string;
}

export type Field = keyof Profile;

/** Every profile field, in the contract's order. */
export const FIELDS = [
  "arrival",
  "citizenships",
  "passportKinds",
  "usPermanentResident",
  "countryOfResidence",
  "age",
  "travelMode",
  "arrivingFrom",
  "usNonimmigrantVisa",
  "canadianVisaPast10Years",
  "inCanadaWithStatus",
  "maintainedStatus",
  "truckDriverCrossBorder",
  "cbsaAppointment",
  "letterOfIntroduction",
  "permit",
  "jobOffer",
  "lmiaIssued",
  "lmiaNumber",
  "qualificationsProof",
  "jobProvince",
  "jobDays",
  "jobUnpaid",
  "caqAttestation",
  "offerOfEmploymentNumber",
  "complianceFeePaid",
  "lmiaExemptionCode",
  "openPermitCategory",
  "principalTeer",
  "principalEligibleTeer23",
  "principalProgram",
  "principalStream",
  "principalTransitioningToPr",
  "principalPermitMonthsLeft",
  "principalLmiaExemptionCode",
  "iecInvitation",
  "stayMonths",
  "recentResidence",
  "designatedCountryStay",
  "publicHealthJob",
  "medicalExamDate",
  "biometricsWithin10Years",
  "portOfEntry",
] as const satisfies readonly Field[];

/** Canadian provinces and territories (job location). */
export const PROVINCES = [
  "AB",
  "BC",
  "MB",
  "NB",
  "NL",
  "NS",
  "NT",
  "NU",
  "ON",
  "PE",
  "QC",
  "SK",
  "YT",
] as const;

/** A province or territory code (`jobProvince`). */
export type Province = (typeof PROVINCES)[number];
