/**
 * The fixed vocabulary of the assessment contract (version 1.1, docs/contract.md §2).
 * Codes may be added, never renamed or dropped.
 */

export const POE_VALUES = ["yes", "no", "unknown"] as const;
export type Poe = (typeof POE_VALUES)[number];

export const ROUTES = [
  "apply-at-poe",
  "letter-of-introduction",
  "apply-online-first",
  "apply-from-inside-canada",
  "none",
] as const;
export type Route = (typeof ROUTES)[number];
export type RouteAnswer = Route | "unknown";

export const BLOCKER_CODES = [
  "visa-required",
  "eta-conditional-country",
  "lmia-not-issued",
  "sawp",
  "iec-not-us",
  "pgwp",
  "flagpoling",
  "medical-certificate-missing",
  "biometrics-not-collected-at-poe",
  "open-category-not-on-entry",
  "open-category-ineligible",
  "employer-offer-incomplete",
  // Contract 1.1:
  "caq-missing",
  "iec-invitation-missing",
  "canadian-citizen",
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

export const DOCUMENT_CODES = [
  "passport",
  "us-permanent-resident-card",
  "job-offer",
  "lmia-copy",
  "lmia-number",
  "qualifications-proof",
  "caq-attestation",
  "offer-of-employment-number",
  "lmia-exemption-proof",
  "letter-of-introduction",
  "medical-certificate",
  "open-permit-eligibility-proof",
  "iec-documents",
  // Contract 1.1:
  "visitor-visa",
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

export const ADVISORY_CODES = [
  "officer-decides",
  "eta-required",
  "visa-required",
  "medical-exam-required",
  "medical-exam-expired",
  "biometrics-required",
  "biometrics-poe-unconfirmed",
  "maintained-status-work-stops",
  "compliance-fee-unpaid",
  "flagpoling-exempt",
  "dual-citizen-passport-choice",
  "data-unverified",
  "rules-may-change",
] as const;
export type AdvisoryCode = (typeof ADVISORY_CODES)[number];

/** Routes that send the traveller to a border officer, and so come with a list of documents to bring. */
export const ROUTES_WITH_DOCUMENTS: ReadonlySet<Route> = new Set([
  "apply-at-poe",
  "letter-of-introduction",
  "apply-online-first",
]);
