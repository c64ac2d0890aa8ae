import type {
  OpenPermitCategory,
  PassportKind,
  Permit,
  PROVINCES,
  PrincipalProgram,
  PrincipalStream,
  TravelMode,
} from "../contract/profile.js";
import type { Topic } from "../rulebook/rule.js";

type Province = (typeof PROVINCES)[number];

import {
  type BatchWords,
  type CliWords,
  codes,
  type Messages,
  type PlainWords,
  type RowMessages,
  type ServerMessages,
  type UiWords,
} from "./messages.js";

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
  ruleKind: { blocker: "blocker", document: "document to bring", advisory: "advisory" },
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
} as const satisfies Messages;

/** The web page's own words (src/web): everything it shows that the engine does not write. */
export const web = {
  appName: "Work permit at the border?",
  tagline: "Can you get your Canadian work permit at the port of entry, and what must you bring?",
  skipToContent: "Skip to main content",
  switchLanguage: "Français",
  switchLanguageLabel: "Afficher cette page en français",
  privacy: "Private: your answers stay in this browser. Nothing is sent anywhere.",
  privacyDetail:
    "Your answers are kept only in this browser's storage, and deleted 30 days after your last change. Nothing is sent anywhere.",
  forget: "Forget my answers",
  forgotten: "Your answers have been deleted from this browser.",
  notGoc:
    "This page is not a Government of Canada service. It is an independent tool that links to the official sources.",
  navLabel: "Main menu",
  nav: { home: "Start", rules: "How we decide", result: "Result" },
  welcome: {
    title: "Can you apply for your work permit at the border?",
    intro:
      "Answer a few questions, one at a time. We tell you whether you may apply for your Canadian work permit at the port of entry when you arrive, what to do instead if not, and what to bring.",
    notAdvice: "This is information, not legal advice. The border officer always makes the final decision.",
    start: "Start",
    resume: "Continue where you left off",
    startOver: "Start over",
    answered: (n: number) => (n === 1 ? "1 question answered so far." : `${n} questions answered so far.`),
  },
  question: {
    progress: (n: number, left: number) =>
      left <= 0 ? `Question ${n}` : `Question ${n}, about ${left} more after this one`,
    dontKnowArrival: "I don't know yet",
    dontKnowArrivalHelp: "Then we use the rules in force today, and say so on the result.",
    dateLabel: "Date",
    openEarly:
      "The answer cannot be settled with what you know so far. The questions left can still add documents or advice.",
    progressLabel: "Progress",
    whyWeAsk: "Why we ask",
    dontKnow: "I don't know",
    next: "Next",
    back: "Back",
    yes: "Yes",
    no: "No",
    seeResult: "See the result now",
    settledEarly: "We already have enough to answer. You can see the result now or keep refining it.",
    countryHint: "Type a name or a two-letter code, then choose from the list (arrow keys and Enter).",
    countriesFound: (n: number) => (n === 1 ? "1 country found." : `${n} countries found.`),
    noCountryFound: "No country matches. Check the spelling, or type the two-letter code.",
    addCountry: "Add another country",
    removeCountry: (name: string) => `Remove ${name}`,
    none: "None",
    errors: {
      required: "Please give an answer, or choose “I don't know”.",
      country:
        "We could not find the country you typed. Choose it from the list as you type, or type its two-letter code.",
      number: "Please enter a number.",
      range: (min: number, max: number) => `Please enter a number from ${min} to ${max}.`,
      date: "Please enter a real date, for example 1 March 2026.",
      time: "Please enter the time as HH:MM (24-hour), for example 14:30.",
      future:
        "This date is after today. Enter the date you took the exam, or choose that you have not taken it.",
      pattern: (example: string) => `This does not look right. Example: ${example}`,
    },
    errorPrefix: "Error:",
    errorSummary: "There is a problem",
    timeLabel: "Time of arrival (Eastern Time), if you know it",
    timeHint: "HH:MM, 24-hour",
    example: (e: string) => `Example: ${e}`,
    countryN: (n: number) => `Country ${n}`,
  },
  result: {
    title: "Your result",
    why: "Why",
    documents: "Bring these documents",
    documentsNone: "No list of documents for the border on this route.",
    advisories: "Also good to know",
    whatWouldChange: "What would change it",
    whatWouldChangeNone: "Nothing you can do before travelling would change this verdict on these facts.",
    and: ", and ",
    missing: "Answers that could still change the verdict",
    refine: "Answers that could refine the checklist",
    keepAnswering: "Answer the remaining questions",
    sources: "Official sources",
    source: "Official source",
    inEnglish: "in English",
    downloadPdf: "Download the checklist (PDF)",
    pdfWorking: "Preparing the PDF…",
    pdfFailed: "The PDF could not be prepared (are you offline?). You can print this page instead.",
    print: "Print",
    yourAnswers: "Your answers",
    change: "Change",
    startOver: "Start over",
    asOf: (date: string, version: string) => `Rules in force on ${date} (rulebook ${version}).`,
    usedToday:
      "You did not give an arrival date, so these are the rules in force today. Check again once you know when you travel.",
    checkAgainFar: (date: string) =>
      `Check again before you travel: your arrival is weeks away, and the rules may change before ${date}.`,
    checkAgainUnverified: (verified: string) =>
      `Check again before you travel: we last checked these rules against the law on ${verified}, before your arrival date.`,
    lastVerified: (date: string) => `Rules last checked against the law on ${date}.`,
    fees: "Fees to pay at the border",
    fee: {
      workPermit: (amount: number): string =>
        `The work permit processing fee, CAD ${amount}, paid when you apply to the officer (some applicants are exempt).`,
      openPermitHolder: (amount: number) =>
        `If it is an open work permit: in most cases also the open work permit holder fee, CAD ${amount}.`,
    },
    beforeTravel: "Before you travel",
    whyYes: "Why yes",
    whyYesText: (n: number) =>
      `None of the ${n} rules in force that can stop a border application applies to your answers.`,
    whyYesLink: "See every rule and its source",
    liftingNote: "This lifts the problem above; the answer then depends on the questions still open.",
    openRefine: (n: number) =>
      n === 1
        ? "1 question left that can add documents or advice."
        : `${n} questions left that can add documents or advice.`,
    answerThem: "Answer them",
    notAdvice: "Information, not legal advice: the border officer makes the final decision.",
    error: "Some answers could not be used:",
    checklistFor: "Checklist for the border",
  },
  rules: {
    title: "How we decide",
    intro:
      "Every answer comes from the rules below. Each one names the official source it rests on, when it applies, and when we last checked it.",
    version: (v: string) => `Rulebook version ${v}.`,
    colon: ": ",
    count: (n: number) => `${n} rules.`,
    topic: "Topic",
    concludes: "Concludes",
    effective: "In force",
    always: "Throughout the period we cover",
    from: (d: string) => `From ${d}`,
    until: (d: string) => `Until ${d}`,
    between: (a: string, b: string) => `From ${a} until ${b}`,
    lastVerified: "Last verified",
    covered: (d: string) => `The rules cover arrivals from ${d}.`,
    contents: "Contents",
    filter: "Filter the rules (a word, a provision such as 200(3))",
    showing: (n: number, total: number) => `${n} of ${total} rules shown.`,
    /** Topic names, over the rulebook's own topics: a new topic without a name fails to compile. */
    topics: {
      "visa-and-eta": "Visas and eTAs",
      "permit-types": "Kinds of work permit",
      employer: "The employer's part",
      "open-permits": "Open work permits",
      flagpoling: "Flagpoling",
      medical: "Medical exam",
      biometrics: "Biometrics",
      general: "General",
      documents: "Documents to bring",
    } satisfies Record<Topic, string>,
    sources: "Sources",
  },
  pdf: {
    title: "Work permit at the border: checklist",
    generated: (d: string) => `Prepared on ${d}. Your answers never left your device.`,
    footer: "Information, not legal advice. The border officer makes the final decision.",
  },
  notFound: "Page not found.",
};

/** The shape of the web page's words: every language fills it. */
export type WebStrings = typeof web;

/** The terminal interview's own words (buttons, hints, headings): src/interview, src/cli/interview. */
export const interview = {
  title: "Can I get my Canadian work permit at the border?",
  intro: "Answer one question at a time. Only questions that can still change the answer are asked.",
  yes: "Yes",
  no: "No",
  dontKnow: "I don't know",
  back: "← Back",
  skipOptional: "Skip the remaining optional questions",
  optional: "optional",
  whyWeAsk: "Why we ask",
  whyNoRule: "It completes the picture the rules need.",
  decides: "it can decide",
  typeHint: 'type ? for "I don\'t know", < to go back',
  searchHint: "type to search",
  noneOfThese: "None",
  invalidYesNo: "Answer yes or no.",
  invalidChoice: "Choose one of the listed options.",
  invalidCountry: "Unknown country: type a name or a two-letter code.",
  invalidDate: "Write the date as YYYY-MM-DD.",
  invalidDateTime: "Write YYYY-MM-DD, or YYYY-MM-DD HH:MM (Eastern time).",
  invalidNumber: "Enter a number",
  invalidText: "Expected something like",
  between: "between",
  and: "and",
  arrivalSetup: "When will you arrive at the border? (YYYY-MM-DD; leave empty for today)",
  todayDefault: "Leave empty for today in Eastern Time",
  keysList: "↑/↓ move • Enter confirm",
  keysYesNo: "y yes • n no",
  keysMulti: "↑/↓ move • Space select • Enter confirm",
  keysSearch: "type to search • ↑/↓ move • Enter confirm",
  keysSearchMulti: "type to search • ↑/↓ move • Tab select • Enter confirm",
  keysText: "Enter confirm • ? I don't know • < back",
  keysCancel: "Ctrl-C leave",
  keysEnter: "Enter confirm",
  switchLanguage: "Continuer en français",
  switchToken: ":fr",
  chooseFirst: "Choose an answer first: ↑/↓ then Enter, or y / n.",
  chooseOne: "Choose an answer first: ↑/↓ then Enter.",
  search: "Search",
  matches: "matches",
  noMatch: "No country matches.",
  typeToSearchFirst: "Type a country's name or code, or choose one with ↑/↓.",
  noneChosen: "none",
  cannotWrite: "Cannot write this file",
  writeAgain: "choose another file (empty: do not save it)",
  unasked: "Not asked (the input ended first)",
  resultTitle: "Your assessment",
  poe: "Apply at the border on arrival",
  route: "What to do next",
  blockers: "Why not at the border",
  documents: "Bring to the border",
  advisories: "Also good to know",
  uncertain: 'Still uncertain (you answered "I don\'t know")',
  unrefined: "Not asked or skipped (could change documents or advice only)",
  whatWouldChange: "What would change the answer",
  whatWouldChangeNone: "Nothing you can change before travelling would allow it on these facts.",
  satisfies: "satisfies",
  sources: "Sources",
  saveAsk: "Save your answers and the checklist to files?",
  saveProfile: "File for your answers (profile JSON)",
  saveChecklist: "File for the checklist (Markdown)",
  saved: "Saved",
  cancelled: "Interview stopped. Nothing was saved.",
  notTty: "Not a terminal: reading one answer per line from standard input (? = I don't know, < = back).",
  endOfInput: "Input ended before the interview finished; the rest stays unknown.",
  questionsAsked: "questions asked",
  verdictYes: "Yes",
  verdictNo: "No",
  verdictUnknown: "Not known yet",
  yesWord: "yes",
  noWord: "no",
  unknownWord: "unknown",
  checklistTitle: "Work permit at the border: checklist",
  answersHeading: "Your answers",
  colon: ": ",
  openQuote: "“",
  closeQuote: "”",
} as const;

/** The shape of the interview's words: every language fills it. */
export type InterviewStrings = { readonly [K in keyof typeof interview]: string };

/** "What would change it": the actions a traveller (or the employer) can take, by the fact each sets. */
export const actions = {
  lmiaIssued: "Wait until the positive LMIA is issued for your job (your employer applies to ESDC)",
  jobOffer: "Get the written job offer from your employer",
  complianceFeePaid:
    "Have your employer submit the offer in IRCC's Employer Portal and pay the compliance fee",
  medicalExamDate:
    "Take the immigration medical exam with a panel physician before you travel (valid 12 months)",
  caqAttestation: "Get the Quebec attestation of issuance of your CAQ before you travel",
  cbsaAppointment: "Book an appointment with the CBSA at the port of entry in advance",
  iecInvitation: "Get your IEC invitation and the port-of-entry documents, fee paid online",
  letterOfIntroduction: "Apply online before travelling; once approved you receive a Letter of Introduction",
} as const;

export type ActionStrings = { readonly [K in keyof typeof actions]: string };

/** A roster's error rows that the batch itself writes. */
export const rows = {
  expectedBoolean: (text) => `expected true/false, yes/no or 1/0, got "${text}"`,
  expectedInteger: (text) => `expected a whole number, got "${text}"`,
  expectedNumber: (text) => `expected a number, got "${text}"`,
  badDate: (text, problem, format, hint, dateTime) => {
    const form = { iso: "YYYY-MM-DD", dmy: "day first, DD/MM/YYYY", mdy: "month first, MM/DD/YYYY" };
    switch (problem) {
      case "ambiguous":
        return `"${text}" is ambiguous: day first or month first? Say which with --date-format dmy or mdy`;
      case "needs-format":
        return `"${text}" is not written YYYY-MM-DD: say how the file writes dates with --date-format ${hint ?? "dmy or mdy"}`;
      case "two-digit-year":
        return `"${text}" has a two-digit year, which is ambiguous: write the year in full`;
      case "not-a-date":
        return `"${text}" is not a date: write YYYY-MM-DD${format === "iso" ? "" : ` or ${form[format]}`}${dateTime ? ", or an ISO 8601 date-time with offset (2025-06-01T14:30-04:00)" : ""}`;
      case "invalid":
        return `"${text}" is not a real date${format === "iso" ? "" : ` (read ${form[format]})`}${hint ? `; it is one read --date-format ${hint}: is that the file's form?` : ""}`;
    }
  },
  cellCount: (cells, columns) => `the row has ${cells} cells but the header has ${columns} columns`,
  unreadableCsv: (detail) => `unreadable CSV row: ${detail}`,
  notJson: (detail) => `not valid JSON: ${detail}`,
  idType: () => "id: expected a string or a number",
  internalFault: (detail) => `internal fault: ${detail}`,
} satisfies RowMessages;

/** Input errors in plain words for people (the validator's own are for programs). */
export const plain = {
  kind: {
    list: 'a list in brackets, e.g. ["FR"]',
    boolean: "true or false",
    integer: "a whole number",
    number: "a number",
    "date-or-none": "a date (YYYY-MM-DD) or null",
    text: "text in quotes",
  },
  range: (what: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? `${what} from ${min} to ${max}`
      : max !== undefined
        ? `${what} of at most ${max}`
        : `${what} of at least ${min}`,
  expected: (what: string, got: string) => `expected ${what}, got ${got}`,
  nullBoolean: (field: string) =>
    `null is not an answer: if you don't know whether ${field} is true, leave the field out (an absent field is "not known yet")`,
  didYouMean: (name: string) => ` Did you mean "${name}"?`,
} satisfies PlainWords;

/** The batch's summary line and explanations. */
export const batch = {
  rows: (n) => (n === 1 ? "row" : "rows"),
  ok: () => "assessed",
  colon: ":",
  errors: "with errors",
  poe: "poe",
  route: "route",
  in: "in",
  workers: "workers",
  blank: (n: number) => `${n} blank row${n === 1 ? "" : "s"} skipped`,
  openRoute: "Which other route applies depends on facts still unknown.",
  missing: "Still needed:",
} satisfies BatchWords;

/** The command line's own words. */
export const cli = {
  noSuchFile: (path) => `cannot read "${path}": there is no such file`,
  isFolder: (path) => `cannot read "${path}": it is a folder, not a file`,
  permissionDenied: (path) => `cannot read "${path}": permission denied`,
  cannotRead: (path, reason) => `cannot read "${path}": ${reason}`,
  optionProblem: (option, value, reason) => `${option} "${value}": ${reason}`,
  notRegularFile: (path) => `cannot read "${path}": it is not a regular file`,
  stdinNeedsFormat: "reading standard input: say which format with --input-format csv|jsonl",
  formatUnknown: (path) => `cannot tell the format of "${path}" from its name: use --input-format csv|jsonl`,
  badInstantOption: (option, value) =>
    `${option} "${value}": expected YYYY-MM-DD or an ISO 8601 date-time with offset`,
  noInput: "no input: the file holds no profile",
  noHeader:
    'no header row: the file is empty, or its first row is blank; the first row names the columns (e.g. "id,citizenships,permit")',
  outputIsInput: (output, input) =>
    `the output "${output}" is the input file "${input}": writing it would destroy the roster; choose another -o file`,
  badDelimiter: (value) => `--delimiter "${value}": expected one character such as , ; or tab`,
  badWorkers: (value) => `--workers "${value}": expected a whole number or "auto"`,
  howToGiveInput: `poe-permit assess reads a profile (JSON) from a file or from standard input, and nothing is piped in.
  poe-permit assess profile.json
  echo '{"citizenships":["FR"],"permit":"pgwp"}' | poe-permit assess
  poe-permit interview        (answers questions one at a time instead)`,
  keyCreated: (id, name, tenant) =>
    `key ${id} created for "${name}" (tenant ${tenant}); it is shown only now:`,
  legacyKey: "the server's initial key (POE_PERMIT_API_KEY or api-key)",
  keyActive: "active",
  keyRevokedAt: (at) => `revoked ${at}`,
  keyRevoked: (id) => `key ${id} revoked`,
  noSuchKey: (id) => `no key has the id ${id}`,
  badArrival: "--arrival must be YYYY-MM-DD or an ISO date-time with offset",
  recheckProgress: (done, total, changed) => `${done}/${total} re-checked, ${changed} changed`,
} satisfies CliWords;

/** `rescreen`: whose answer changed between two dates, and why. */
export const rescreen = {
  added: "now applies",
  removed: "no longer applies",
  blocker: "blocker",
  advisory: "advisory",
  missing: "needed fact",
  of: (n: number, total: number) => `${n} of your ${total} workers changed`,
  none: (total: number) => `None of your ${total} workers changed`,
  between: "between",
  and: "and",
  because: "because:",
  errors: (n: number) => `${n} row(s) could not be assessed:`,
  line: "line",
  unknownTime: "the time of arrival is needed (a rule changed during that day)",
};

export type RescreenWords = typeof rescreen;

/** The interview's questions: per field its prompt, help, and where it has one the "none" answer and unit; the answers' labels. */
export const questions = {
  labels: {
    permit: {
      lmia: "Employer-specific, with an LMIA",
      "lmia-exempt": "Employer-specific, LMIA-exempt (International Mobility Program)",
      open: "Open work permit",
      pgwp: "Post-graduation work permit (PGWP)",
      iec: "International Experience Canada (IEC)",
      sawp: "Seasonal Agricultural Worker Program (SAWP)",
    } satisfies Record<Permit, string>,
    travelMode: {
      air: "By air",
      land: "By land",
      sea: "By sea",
    } satisfies Record<TravelMode, string>,
    passportKind: {
      "romania-e-passport": "Romanian electronic (chip) passport",
      "israel-national-passport": "Israeli national passport",
      "taiwan-passport-with-personal-id": "Taiwan passport with a personal identification number",
      "hong-kong-sar-passport": "Hong Kong SAR passport",
      "british-national-overseas": "British National (Overseas) passport",
      "british-subject-right-of-abode": "British Subject passport with the right of abode in the UK",
      "british-overseas-citizen-readmissible": "British overseas citizen passport, re-admissible to the UK",
      "holy-see": "Passport or travel document of the Holy See",
    } satisfies Record<PassportKind, string>,
    openPermitCategory: {
      "spouse-of-worker": "Spouse or partner of a worker",
      "spouse-of-student": "Spouse or partner of a student",
      "fta-spouse": "Spouse under a free trade agreement (e.g. CETA, CPTPP)",
      "co-op": "Co-op or internship required by studies",
      athlete: "Professional athlete needing other work",
      "military-or-diplomatic-family": "Family of foreign military or diplomatic staff",
      "dependent-child": "Dependent child of a worker or student",
      bridging: "Bridging open work permit (PR pending)",
      "pr-applicant": "Permanent residence applicant",
      "refugee-claimant": "Refugee claimant",
      "protected-person": "Protected person",
      "temporary-resident-permit-holder": "Temporary resident permit holder",
      "vulnerable-worker": "Vulnerable worker",
    } satisfies Record<OpenPermitCategory, string>,
    principalProgram: {
      "masters-16-months-plus": "Master's program of 16 months or more",
      "masters-under-16-months": "Master's program of less than 16 months",
      doctoral: "Doctoral program",
      professional: "Listed professional degree (medicine, law, engineering, nursing, …)",
      "eligible-listed": "Another program on IRCC's eligible list",
      other: "Another program",
    } satisfies Record<PrincipalProgram, string>,
    principalStream: {
      sawp: "Seasonal Agricultural Worker Program",
      agricultural: "Agricultural stream (LMIA)",
      "low-wage-lmia": "Low-wage position (LMIA)",
      other: "Another stream",
    } satisfies Record<PrincipalStream, string>,
    province: {
      AB: "Alberta",
      BC: "British Columbia",
      MB: "Manitoba",
      NB: "New Brunswick",
      NL: "Newfoundland and Labrador",
      NS: "Nova Scotia",
      NT: "Northwest Territories",
      NU: "Nunavut",
      ON: "Ontario",
      PE: "Prince Edward Island",
      QC: "Quebec",
      SK: "Saskatchewan",
      YT: "Yukon",
    } satisfies Record<Province, string>,
  },
  teer: (n: number) => `TEER ${n}`,
  fields: {
    arrival: {
      prompt: "When will you arrive at the Canadian border?",
      help: "The rules in force on that day apply. Add the time (Eastern) only if we ask for it.",
    },
    citizenships: {
      prompt: "Which citizenships do you hold?",
      help: "List every one: the answer can depend on the passport you travel with.",
    },
    passportKinds: {
      none: "None of these",
      prompt: "Do you hold any of these special passports or travel documents?",
      help: "Some travel documents exempt their holder from the visitor visa on their own.",
    },
    usPermanentResident: {
      prompt: "Are you a lawful permanent resident of the United States (green card holder)?",
      help: "A valid green card or an equivalent proof of US permanent status.",
    },
    countryOfResidence: {
      prompt: "Which country do you live in?",
      help: "Where you normally live, whatever your citizenship.",
    },
    age: {
      unit: "years",
      prompt: "How old will you be when you arrive?",
      help: "Your age in whole years on the day of arrival.",
    },
    travelMode: {
      prompt: "How will you arrive in Canada?",
      help: "By plane, by road or rail, or by boat.",
    },
    arrivingFrom: {
      prompt: "Which country will you be coming from, just before Canada?",
      help: "The last country you leave to enter Canada (for a connecting flight, where it departs from).",
    },
    usNonimmigrantVisa: {
      prompt: "Do you hold a valid US non-immigrant visa (for example B1/B2, H-1B, F-1)?",
      help: "A visa in your passport that is still valid on the day you apply.",
    },
    canadianVisaPast10Years: {
      prompt: "Have you held a Canadian visitor visa at any time in the last 10 years?",
      help: "A temporary resident visa (visitor visa) issued by Canada, even if it has expired.",
    },
    inCanadaWithStatus: {
      prompt: "Are you a temporary resident of Canada coming back from a short trip out of the country?",
      help: "For example a visitor, worker or student staying in Canada who crosses the border and returns. Answer no if you are coming to Canada from abroad.",
    },
    maintainedStatus: {
      prompt:
        "Are you in Canada on maintained status (you asked to extend your permit before it expired and are waiting)?",
      help: "Also called implied status.",
    },
    truckDriverCrossBorder: {
      prompt:
        "Are you a truck driver holding a work permit (or on maintained status) who is coming back from a trip outside Canada for your job?",
      help: "Answer yes only if you held the work permit or maintained status when you left Canada. Drivers who only drive inside Canada answer no.",
    },
    cbsaAppointment: {
      prompt: "Do you have an appointment booked in advance with the CBSA at the port of entry?",
      help: "An appointment the Canada Border Services Agency confirmed before your trip.",
    },
    letterOfIntroduction: {
      prompt:
        "Do you already hold a port-of-entry Letter of Introduction (your online application was approved)?",
      help: "IRCC sends this letter when it approves a work permit application made online before the trip.",
    },
    permit: {
      prompt: "Which work permit are you asking for?",
      help: "If an employer hired you, your offer says whether it needed an LMIA (Labour Market Impact Assessment).",
    },
    jobOffer: {
      prompt: "Do you have the job offer from your employer?",
      help: "The written offer (or contract) for the job in Canada.",
    },
    lmiaIssued: {
      prompt: "Has a positive LMIA already been issued for this job offer?",
      help: "Your employer receives it from Employment and Social Development Canada (ESDC).",
    },
    lmiaNumber: {
      prompt: "What is the LMIA number?",
      help: "It is printed on the LMIA decision letter.",
    },
    qualificationsProof: {
      prompt: "Can you prove you meet the job's qualifications and experience?",
      help: "Diplomas, licences, reference letters.",
    },
    jobProvince: {
      prompt: "In which province or territory is the job?",
      help: "Quebec has its own step for some jobs (the CAQ).",
    },
    jobDays: {
      unit: "days",
      prompt: "How many days will the job last?",
      help: "Count continuous days of work.",
    },
    jobUnpaid: {
      prompt: "Is the work unpaid?",
      help: "Answer yes only if you receive no salary for it.",
    },
    caqAttestation: {
      prompt: "Do you hold the Quebec attestation of issuance of your CAQ (Quebec Acceptance Certificate)?",
      help: "Quebec's immigration ministry (MIFI) issues it online.",
    },
    offerOfEmploymentNumber: {
      prompt: "What is the offer of employment number from your employer?",
      help: "The letter A followed by 7 digits, from IRCC's Employer Portal.",
    },
    complianceFeePaid: {
      prompt: "Is your job offer complete in IRCC's Employer Portal?",
      help: "Complete means your employer submitted it there and paid the employer compliance fee, or marked the offer exempt from the fee. Ask your employer: it must be done before you apply.",
    },
    lmiaExemptionCode: {
      prompt: "What is the LMIA exemption code of your job (for example C10, T36)?",
      help: "Your employer or lawyer can tell you; it is a letter and two digits.",
    },
    openPermitCategory: {
      prompt: "On what basis are you asking for an open work permit?",
      help: "Only some categories can be asked for on arrival.",
    },
    principalTeer: {
      prompt: "What is the TEER category of your spouse's or partner's job?",
      help: "TEER comes from the job's National Occupational Classification code (its second digit).",
    },
    principalEligibleTeer23: {
      prompt: "Is your spouse's or partner's TEER 2 or 3 job on IRCC's list of eligible occupations?",
      help: "IRCC publishes the list of TEER 2 and 3 occupations that qualify.",
    },
    principalProgram: {
      prompt: "Which program is your spouse or partner studying in?",
      help: "Full-time studies at a designated learning institution.",
    },
    principalStream: {
      prompt:
        "Under which stream does the principal worker (your spouse, partner or parent) hold the work permit?",
      help: "The LMIA approval letter names the stream. Choose “another stream” for a permit without an LMIA.",
    },
    principalTransitioningToPr: {
      prompt:
        "Is the principal worker on a pathway to permanent residence (for example a bridging permit, or a permit under a PR pilot)?",
      help: "Families of workers transitioning to permanent residence keep the rules in force before 21 January 2025.",
    },
    principalPermitMonthsLeft: {
      unit: "months",
      prompt:
        "On the day you apply, how many months will the principal worker still be authorized to work in Canada?",
      help: "Count from your application to the end date of the principal's work permit.",
    },
    principalLmiaExemptionCode: {
      prompt:
        "What is the LMIA exemption code of your spouse's or partner's work permit (for example F32, F42, F12)?",
      help: "It is printed on your spouse's or partner's work permit: a letter and two digits.",
    },
    iecInvitation: {
      prompt: "Do you hold your IEC invitation and the port-of-entry documents for IEC?",
      help: "The invitation to apply, the recognized organization's letter if any, and the fee receipt.",
    },
    stayMonths: {
      unit: "months",
      prompt: "How many months do you plan to stay?",
      help: "Stays over 6 months can require a medical exam.",
    },
    recentResidence: {
      prompt: "In the past year, in which countries did you spend 6 months or more in a row?",
      help: "Leave the list empty if none. This helps tell whether a medical exam is required.",
    },
    designatedCountryStay: {
      prompt:
        "In the past year, did you spend 6 months or more in a row in a country where Canada requires a medical exam?",
      help: 'IRCC publishes the list of these countries. If you are not sure, answer "I don\'t know" and we can ask where you lived.',
    },
    publicHealthJob: {
      prompt:
        "Will you work where public health must be protected (health care, clinical labs, schools, child care, in-home care, …)?",
      help: "Also agricultural work if you come from a country designated for the medical exam.",
    },
    medicalExamDate: {
      none: "I have not done it",
      prompt: "When did you take your immigration medical exam?",
      help: "The exam date (YYYY-MM-DD) with a panel physician.",
    },
    biometricsWithin10Years: {
      prompt:
        "Have you given biometrics (fingerprints and photo) for a Canadian visa or permit in the last 10 years?",
      help: "Biometrics given within 10 years are reused.",
    },
    portOfEntry: {
      prompt: "Through which port of entry will you arrive (airport code or border crossing name)?",
      help: "For example YVR, YYZ, or Peace Arch / Douglas.",
    },
  },
};

export type QuestionStrings = typeof questions;

/** The HTTP API's own errors (the request envelope, keys, routing, conflicts): src/server. */
export const server = {
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
  beforeCoverage: (start) => `This date is before the rulebook's coverage, which starts on ${start}.`,
  badText: () => "The text holds a control character or a lone surrogate (invalid Unicode).",
  badEncoding: () => "The query string is not valid percent-encoded UTF-8.",
  clientClosed: () => "The client closed the connection before the request was read.",
  headersTooLarge: () => "The request's headers are too large.",
  requestTimeout: () => "The request took too long to arrive.",
  badRequest: () => "The request is not valid HTTP.",
} satisfies ServerMessages;

/** The words of an assessment rendered as text (the CLI, the batch). */
export const ui = {
  verdict: "Can you apply at the border?",
  route: "What to do",
  bring: "Bring these documents",
  advisories: "Also note",
  why: "Why",
  sources: "Sources",
  stillUnknown: "Still unknown (could change the answer)",
  couldRefine: "Would refine the checklist",
  nothingToBring: "Nothing to bring to the border on this route.",
  bringDependsOnRoute:
    "What to bring depends on the route, which is not settled yet (see the facts still unknown below).",
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
} satisfies UiWords;
