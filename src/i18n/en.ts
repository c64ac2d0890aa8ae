import { codes, type Messages } from "./messages.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** `2026-02-12` as "12 February 2026". */
const longDate = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** What decides the family categories (PDIs C41/C46, C47/C48, C42), said once for the ineligibility text. */
const FAMILY_HINT_EN: Record<string, string> = {
  "spouse-of-worker":
    " For applications from 21 January 2025, the principal worker needs a TEER 0 or 1 job, or a TEER 2 or 3 job on IRCC's list, and at least 16 months left on the permit; families of workers transitioning to permanent residence keep the earlier rules (a TEER 0 to 3 job, or TEER 4 or 5 outside the Seasonal Agricultural Worker Program and the agricultural and low-wage LMIA streams, and at least 6 months left).",
  "dependent-child":
    " Dependent children of workers could apply from 30 January 2023; for applications from 21 January 2025, only if the principal worker is transitioning to permanent residence, and the principal's job and months left on the permit must qualify.",
  "spouse-of-student":
    " For applications from 21 January 2025, the student must be in a master's program of 16 months or more, a doctorate, a listed professional degree or a program on IRCC's list.",
};

/**
 * A listed document the profile says the traveller does not have yet: said to be needed and
 * missing, never listed as if in hand (the rulebook decides which documents are listed; this is
 * only their wording).
 */
const NOT_YET_EN = {
  jobOffer: ": needed, and you said you do not have it yet.",
  lmiaIssued: ": needed, and the LMIA has not been issued yet.",
  qualificationsProof: ": needed, and you said you cannot show it yet.",
  caqAttestation: ": needed, and you said you do not hold it yet.",
  complianceFeePaid:
    ": needed; your employer receives it on submitting the offer in the Employer Portal, which you said is not done yet.",
  letterOfIntroduction: ": needed; you receive it once your online application is approved.",
  medicalExamDate: ": needed, and you said you have not taken the exam yet.",
  iecInvitation: ": needed, and you said you do not have them yet.",
} as const;

export const en = {
  lang: "en",
  blockers: {
    "visa-required": ({ profile }) =>
      `Only travellers who are exempt from the visitor visa may apply at the border. Your citizenship (${codes(profile.citizenships)}) needs a visa, and you did not mention a green card or an exempt travel document.`,
    "eta-conditional-country": ({ profile }) =>
      `Your citizenship (${codes(profile.citizenships)}) can fly in with a conditional eTA, but that does not make you visa-exempt, so you cannot apply on arrival.`,
    "lmia-not-issued": () =>
      "Your job needs an LMIA and it has not been issued yet. Only US citizens and permanent residents, and residents of Greenland or St. Pierre and Miquelon, may apply before it is issued.",
    sawp: () =>
      "Seasonal Agricultural Worker Program permits are never issued on an application made at the border.",
    "iec-not-us": () =>
      "International Experience Canada applications are taken at the border only from US citizens and US permanent residents; others apply online first.",
    pgwp: () => "Since 21 June 2024, a post-graduation work permit cannot be applied for at a port of entry.",
    flagpoling: () =>
      "You are in Canada with temporary status and re-entering from the United States or St. Pierre and Miquelon. Since 23 December 2024 at 11:59 pm ET, the border no longer issues work permits on such trips unless you belong to an exempt group.",
    "medical-certificate-missing": () =>
      "Your job or stay requires an immigration medical exam, and you must already hold a valid result (an exam from the last 12 months) to apply at the border.",
    "biometrics-not-collected-at-poe": () =>
      "You must give biometrics, and the port of entry you chose does not collect them.",
    "open-category-not-on-entry": ({ profile }) =>
      `The open work permit category you asked for (${profile.openPermitCategory ?? "?"}) is not offered at the border; it is applied for from inside Canada.`,
    "open-category-ineligible": ({ profile }) =>
      `On these facts you are not eligible for the open work permit category you asked for (${profile.openPermitCategory ?? "?"}) under the rules in force on your arrival date.${FAMILY_HINT_EN[profile.openPermitCategory ?? ""] ?? ""}`,
    "employer-offer-incomplete": () =>
      "An employer-specific permit needs a job offer that the employer has submitted in the Employer Portal, with the compliance fee paid, before you apply.",
    "caq-missing": () =>
      "Your job in Quebec needs an LMIA, and no work permit may be issued for it, by any route, until you hold Quebec's acceptance certificate (CAQ). Once Quebec has issued it (you receive an attestation of issuance), you can apply. No CAQ is needed for work of 30 days or less, unpaid work, or a job that needs no LMIA.",
    "iec-invitation-missing": () =>
      "US citizens and permanent residents may apply for International Experience Canada at the border only with their invitation to apply and the documents IEC asks for there (the recognized organization's letter where one is used, the receipt of the fee paid online). Without them, apply online first.",
    "canadian-citizen": () =>
      "You are a Canadian citizen: you need no work permit to work in Canada, and no visa or eTA. Enter Canada as a citizen, with your Canadian passport.",
  },
  documents: {
    passport: () => "Your valid passport (the one you will travel on).",
    "us-permanent-resident-card": () =>
      "Your US green card (or another accepted proof of US permanent residence).",
    "job-offer": ({ profile }) =>
      `Your job offer letter or contract${profile.jobOffer === false ? NOT_YET_EN.jobOffer : "."}`,
    "lmia-copy": ({ profile }) =>
      `A copy of the positive LMIA${profile.lmiaIssued === false ? NOT_YET_EN.lmiaIssued : "."}`,
    "lmia-number": ({ profile }) =>
      `The LMIA number${profile.lmiaIssued === false ? NOT_YET_EN.lmiaIssued : "."}`,
    "qualifications-proof": ({ profile }) =>
      `Proof that you meet the job's qualifications and experience (diplomas, references)${profile.qualificationsProof === false ? NOT_YET_EN.qualificationsProof : "."}`,
    "caq-attestation": ({ profile }) =>
      `The attestation of issuance of your Quebec Acceptance Certificate (CAQ)${profile.caqAttestation === false ? NOT_YET_EN.caqAttestation : "."}`,
    "offer-of-employment-number": ({ profile }) =>
      `The offer of employment number from your employer${profile.offerOfEmploymentNumber ? ` (${profile.offerOfEmploymentNumber})` : ""}${profile.complianceFeePaid === false && !profile.offerOfEmploymentNumber ? NOT_YET_EN.complianceFeePaid : "."}`,
    "lmia-exemption-proof": ({ profile }) =>
      `Proof that the job does not need an LMIA${profile.lmiaExemptionCode ? ` (exemption code ${profile.lmiaExemptionCode})` : ""}.`,
    "letter-of-introduction": ({ profile }) =>
      `Your port of entry Letter of Introduction${profile.letterOfIntroduction === false ? NOT_YET_EN.letterOfIntroduction : "."}`,
    "medical-certificate": ({ profile }) =>
      `Proof of your immigration medical exam (done within the last 12 months)${profile.medicalExamDate === null ? NOT_YET_EN.medicalExamDate : "."}`,
    "open-permit-eligibility-proof": () =>
      "Proof that you qualify for the open work permit category (for example, marriage certificate and your partner's permit).",
    "iec-documents": ({ profile }) =>
      `Your IEC invitation and port of entry documents, and proof the participation fee was paid online${profile.iecInvitation === false ? NOT_YET_EN.iecInvitation : "."}`,
    "visitor-visa": () => "Your visitor visa (temporary resident visa), in the passport you travel on.",
  },
  advisories: {
    "officer-decides": () =>
      "The border services officer makes the final decision on your eligibility and admissibility; a Letter of Introduction is not a guarantee.",
    "eta-required": ({ profile }) =>
      `You need an electronic travel authorization (eTA) before you travel (about CAD 7). The regulations waive it in a few cases we do not ask about: if you already hold a valid Canadian visitor visa, for accredited diplomats and air crews, and for a temporary resident of Canada coming back from a visit solely to the United States or St. Pierre and Miquelon${profile.travelMode === "sea" ? ", or on a ship with overnight cabins for at least 100 passengers" : ""}.`,
    "visa-required": () =>
      "You need a visitor visa to travel to Canada, in addition to your work permit application.",
    "medical-exam-required": () =>
      "An immigration medical exam is required; take it before you travel and keep proof with you. It counts for 12 months.",
    "medical-exam-expired": () =>
      "Your medical exam is more than 12 months old on your arrival date; take a new one.",
    "biometrics-required": () =>
      "You must give biometrics (fingerprints and photo, CAD 85) unless you gave them in the last 10 years.",
    "biometrics-poe-unconfirmed": ({ profile }) =>
      `We could not confirm that ${profile.portOfEntry ?? "your port of entry"} collects biometrics. The copy of the CBSA list we hold names only seven airports (Calgary, Edmonton, Kelowna, Vancouver, Victoria, Winnipeg, Moncton) and breaks off there; other airports and every land and marine crossing are unknown, not ruled out. Check with the CBSA before you choose this crossing.`,
    "maintained-status-work-stops": () =>
      "Leaving Canada while on maintained status ends your right to keep working; you may not work after re-entry until the new permit is approved.",
    "compliance-fee-unpaid": () =>
      "Your employer has not submitted the offer and paid the CAD 230 compliance fee; ask them to do so before you apply.",
    "flagpoling-exempt": () =>
      "You are re-entering from the US or St. Pierre and Miquelon, but you belong to a group exempt from the flagpoling ban. You still need to meet every other condition.",
    "dual-citizen-passport-choice": () =>
      "You hold several citizenships: travel on, and apply with, the passport that gives the visa exemption; your eTA is tied to that passport.",
    "data-unverified": () =>
      "Part of this answer rests on reference data that could not be verified against the official list; check it before you travel.",
    "rules-may-change": ({ verifiedThrough }) =>
      verifiedThrough
        ? `These rules were checked against the law up to ${longDate(verifiedThrough)}, and your arrival is after that date: the rules may have changed since. Check the official sources cited before you travel.`
        : "Your arrival is in the future: this answer uses the rules known today, and they may change before you travel.",
  },
  poe: {
    yes: "Yes: you may apply for this work permit at the port of entry, on arrival.",
    no: "No: you cannot apply for this work permit at the port of entry.",
    unknown: "Not settled yet: some facts that could change the answer are unknown.",
  },
  route: {
    "apply-at-poe": "Apply on arrival, to a border services officer.",
    "letter-of-introduction": "Show your Letter of Introduction at the border to have the permit printed.",
    "apply-online-first": "Apply online before travelling; if approved, the permit is printed at the border.",
    "apply-from-inside-canada": "Apply online from inside Canada; the border will not issue this permit.",
    none: "No route on these facts: something must change first (see why).",
    unknown: "Not settled yet: it depends on facts still unknown.",
  },
  fields: {
    arrival: "arrival date and time",
    citizenships: "citizenships",
    passportKinds: "special travel documents",
    usPermanentResident: "US permanent resident (green card)",
    countryOfResidence: "country of residence",
    age: "age",
    travelMode: "how you arrive (air, land, sea)",
    arrivingFrom: "country you arrive from",
    usNonimmigrantVisa: "valid US non-immigrant visa",
    canadianVisaPast10Years: "Canadian visitor visa in the last 10 years",
    inCanadaWithStatus: "in Canada now with temporary status",
    maintainedStatus: "on maintained status",
    truckDriverCrossBorder: "cross-border truck driver",
    cbsaAppointment: "pre-booked CBSA appointment",
    letterOfIntroduction: "Letter of Introduction",
    permit: "kind of work permit",
    jobOffer: "job offer",
    lmiaIssued: "LMIA already issued",
    lmiaNumber: "LMIA number",
    qualificationsProof: "proof of qualifications",
    jobProvince: "province of the job",
    jobDays: "length of the job (days)",
    jobUnpaid: "unpaid work",
    caqAttestation: "Quebec CAQ attestation",
    offerOfEmploymentNumber: "offer of employment number",
    complianceFeePaid: "offer submitted and compliance fee paid",
    lmiaExemptionCode: "LMIA exemption code",
    openPermitCategory: "open work permit category",
    principalTeer: "partner's job TEER",
    principalEligibleTeer23: "partner's TEER 2 or 3 job on the eligible list",
    principalProgram: "partner's study program",
    principalStream: "principal worker's permit stream",
    principalTransitioningToPr: "principal worker on a pathway to permanent residence",
    principalPermitMonthsLeft: "months left on the principal worker's permit",
    principalLmiaExemptionCode: "LMIA exemption code of the partner's permit",
    iecInvitation: "IEC invitation",
    stayMonths: "length of stay (months)",
    recentResidence: "countries lived in for 6+ months last year",
    designatedCountryStay: "6+ months in a country that requires a medical exam",
    publicHealthJob: "job in a public-health setting",
    medicalExamDate: "date of the medical exam",
    biometricsWithin10Years: "biometrics given in the last 10 years",
    portOfEntry: "port of entry",
  },
  errors: {
    "not-an-object": () => "The profile must be a JSON object.",
    "not-json": (d) => `This is not valid JSON (${d}).`,
    "unknown-key": (d) => `Unknown field "${d}": it is not part of the profile.`,
    "wrong-type": (d) => `Wrong type: expected ${d}.`,
    "bad-value": (d) => `Not an accepted value${d ? `: expected ${d}` : ""}.`,
    "bad-date": () =>
      "Not a valid date: use YYYY-MM-DD (or an ISO 8601 date-time with an offset for arrival).",
    "unknown-country": (d) => `Unknown country code "${d}": use ISO 3166-1 alpha-2, upper case.`,
    "bad-offer-number": () =>
      "The offer of employment number is the letter A followed by 7 digits (A1234567).",
    "out-of-range": (d) => `Out of range${d ? `: ${d}` : ""}.`,
    "outside-coverage": (d) => `This arrival is before the rulebook's coverage, which starts on ${d}.`,
  },
  server: {
    notJson: (why) => `The request body is not valid JSON (${why}).`,
    tooLarge: (kb) => `The request body is over ${kb} KB.`,
    keyMissing: () => "This endpoint needs the API key: send `Authorization: Bearer <key>`.",
    keyInvalid: () => "The API key is not valid.",
    methodNotAllowed: (method, allowed) => `${method} is not allowed here; use ${allowed}.`,
    noRecord: () => "No saved assessment has this id.",
    noRoute: (method, path) => `No route for ${method} ${path}.`,
    badCountryCode: () => "`code` is an ISO 3166-1 alpha-2 code in upper case, e.g. FR.",
    badCursor: () => "The cursor is not one this server issued.",
    internal: () => "Internal error; the request id is in the X-Request-Id header.",
    conflictAsOf: (asOf, arrival) =>
      `The query's asOf (${asOf}) and the body's arrival (${arrival}) differ; give the date once, or the same in both.`,
    conflictLang: (query, body) =>
      `The query's lang (${query}) and the body's lang (${body}) differ; give it once, or the same in both.`,
    unknownKey: (key) => `Unknown key "${key}".`,
    badInstant: () => "Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset.",
    instantRange: (last) => `Expected a date from 0001-01-01 to ${last}.`,
    badText: () => "The text holds a control character or a lone surrogate (invalid Unicode).",
    badEncoding: () => "The query string is not valid percent-encoded UTF-8.",
    clientClosed: () => "The client closed the connection before the request was read.",
    headersTooLarge: () => "The request's headers are too large.",
    requestTimeout: () => "The request took too long to arrive.",
    badRequest: () => "The request is not valid HTTP.",
  },
  ui: {
    verdict: "Can you apply at the border?",
    route: "What to do",
    bring: "Bring these documents",
    advisories: "Also note",
    why: "Why",
    sources: "Sources",
    stillUnknown: "Still unknown (could change the answer)",
    couldRefine: "Would refine the checklist",
    nothingToBring: "Nothing to bring to the border on this route.",
    rulebook: "Rulebook",
    asOf: "Rules as of",
    effective: "In force",
    from: "from",
    until: "until",
    always: "long-standing",
    lastVerified: "last verified",
    inputErrors: "The profile has problems",
    line: "line",
    openRoute: "Not at the border. Which other route is open to you depends on facts still unknown:",
    ifYes: "if yes",
    ifNo: "if no",
    letterBlocked:
      "Your Letter of Introduction gets the permit printed at the border only once what is listed under Why is resolved.",
    letterBlockedAfter:
      "Your Letter of Introduction gets the permit printed at the border only once this is resolved.",
    lifts: "lifts",
    alsoDependsOn: "Whether that is enough also depends on facts still unknown:",
    answerFirst: "Nothing found on what is known so far; these facts decide it first:",
  },
} as const satisfies Messages;
