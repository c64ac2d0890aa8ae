/**
 * The interview's questions, as data: one per profile field, in English and French, with the kind of
 * answer it takes and a short help text. The compiler checks that every field has a question
 * (`satisfies Record<Field, Question>`) and that every enum value has a label in both languages.
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
  type OpenPermitCategory,
  PASSPORT_KINDS,
  type PassportKind,
  PERMITS,
  type Permit,
  PRINCIPAL_PROGRAMS,
  PRINCIPAL_STREAMS,
  PROVINCES,
  type PrincipalProgram,
  type PrincipalStream,
  TRAVEL_MODES,
  type TravelMode,
} from "../contract/profile.js";

/** A piece of text in every supported language. */
export type Text = Record<Lang, string>;

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

const PERMIT_LABELS = {
  lmia: { en: "Employer-specific, with an LMIA", fr: "Lié à un employeur, avec une EIMT" },
  "lmia-exempt": {
    en: "Employer-specific, LMIA-exempt (International Mobility Program)",
    fr: "Lié à un employeur, dispensé d'EIMT (Programme de mobilité internationale)",
  },
  open: { en: "Open work permit", fr: "Permis de travail ouvert" },
  pgwp: { en: "Post-graduation work permit (PGWP)", fr: "Permis de travail postdiplôme (PTPD)" },
  iec: { en: "International Experience Canada (IEC)", fr: "Expérience internationale Canada (EIC)" },
  sawp: {
    en: "Seasonal Agricultural Worker Program (SAWP)",
    fr: "Programme des travailleurs agricoles saisonniers (PTAS)",
  },
} as const satisfies Record<Permit, Text>;

const TRAVEL_MODE_LABELS = {
  air: { en: "By air", fr: "Par avion" },
  land: { en: "By land", fr: "Par la route" },
  sea: { en: "By sea", fr: "Par la mer" },
} as const satisfies Record<TravelMode, Text>;

const PASSPORT_KIND_LABELS = {
  "romania-e-passport": {
    en: "Romanian electronic (chip) passport",
    fr: "Passeport électronique roumain (à puce)",
  },
  "israel-national-passport": { en: "Israeli national passport", fr: "Passeport national israélien" },
  "taiwan-passport-with-personal-id": {
    en: "Taiwan passport with a personal identification number",
    fr: "Passeport de Taïwan avec numéro d'identification personnel",
  },
  "hong-kong-sar-passport": { en: "Hong Kong SAR passport", fr: "Passeport de la RAS de Hong Kong" },
  "british-national-overseas": {
    en: "British National (Overseas) passport",
    fr: "Passeport British National (Overseas)",
  },
  "british-subject-right-of-abode": {
    en: "British Subject passport with the right of abode in the UK",
    fr: "Passeport de sujet britannique avec droit de séjour au Royaume-Uni",
  },
  "british-overseas-citizen-readmissible": {
    en: "British overseas citizen passport, re-admissible to the UK",
    fr: "Passeport de citoyen britannique d'outre-mer, réadmissible au Royaume-Uni",
  },
  "holy-see": {
    en: "Passport or travel document of the Holy See",
    fr: "Passeport ou titre de voyage du Saint-Siège",
  },
} as const satisfies Record<PassportKind, Text>;

const OPEN_CATEGORY_LABELS = {
  "spouse-of-worker": { en: "Spouse or partner of a worker", fr: "Époux ou conjoint d'un travailleur" },
  "spouse-of-student": { en: "Spouse or partner of a student", fr: "Époux ou conjoint d'un étudiant" },
  "fta-spouse": {
    en: "Spouse under a free trade agreement (e.g. CETA, CPTPP)",
    fr: "Conjoint au titre d'un accord de libre-échange (p. ex. AECG, PTPGP)",
  },
  "co-op": {
    en: "Co-op or internship required by studies",
    fr: "Stage coop exigé par le programme d'études",
  },
  athlete: {
    en: "Professional athlete needing other work",
    fr: "Athlète professionnel ayant besoin d'un autre emploi",
  },
  "military-or-diplomatic-family": {
    en: "Family of foreign military or diplomatic staff",
    fr: "Famille de militaires ou de diplomates étrangers",
  },
  "dependent-child": {
    en: "Dependent child of a worker or student",
    fr: "Enfant à charge d'un travailleur ou étudiant",
  },
  bridging: {
    en: "Bridging open work permit (PR pending)",
    fr: "Permis de travail ouvert transitoire (RP en cours)",
  },
  "pr-applicant": { en: "Permanent residence applicant", fr: "Demandeur de résidence permanente" },
  "refugee-claimant": { en: "Refugee claimant", fr: "Demandeur d'asile" },
  "protected-person": { en: "Protected person", fr: "Personne protégée" },
  "temporary-resident-permit-holder": {
    en: "Temporary resident permit holder",
    fr: "Titulaire d'un permis de séjour temporaire",
  },
  "vulnerable-worker": { en: "Vulnerable worker", fr: "Travailleur vulnérable" },
} as const satisfies Record<OpenPermitCategory, Text>;

const PROGRAM_LABELS = {
  "masters-16-months-plus": {
    en: "Master's program of 16 months or more",
    fr: "Maîtrise de 16 mois ou plus",
  },
  "masters-under-16-months": {
    en: "Master's program of less than 16 months",
    fr: "Maîtrise de moins de 16 mois",
  },
  doctoral: { en: "Doctoral program", fr: "Doctorat" },
  professional: {
    en: "Listed professional degree (medicine, law, engineering, nursing, …)",
    fr: "Diplôme professionnel de la liste (médecine, droit, génie, sciences infirmières, …)",
  },
  "eligible-listed": {
    en: "Another program on IRCC's eligible list",
    fr: "Autre programme de la liste d'IRCC",
  },
  other: { en: "Another program", fr: "Autre programme" },
} as const satisfies Record<PrincipalProgram, Text>;

const STREAM_LABELS = {
  sawp: {
    en: "Seasonal Agricultural Worker Program",
    fr: "Programme des travailleurs agricoles saisonniers",
  },
  agricultural: { en: "Agricultural stream (LMIA)", fr: "Volet agricole (EIMT)" },
  "low-wage-lmia": { en: "Low-wage position (LMIA)", fr: "Poste à bas salaire (EIMT)" },
  other: { en: "Another stream", fr: "Un autre volet" },
} as const satisfies Record<PrincipalStream, Text>;

const PROVINCE_LABELS = {
  AB: { en: "Alberta", fr: "Alberta" },
  BC: { en: "British Columbia", fr: "Colombie-Britannique" },
  MB: { en: "Manitoba", fr: "Manitoba" },
  NB: { en: "New Brunswick", fr: "Nouveau-Brunswick" },
  NL: { en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador" },
  NS: { en: "Nova Scotia", fr: "Nouvelle-Écosse" },
  NT: { en: "Northwest Territories", fr: "Territoires du Nord-Ouest" },
  NU: { en: "Nunavut", fr: "Nunavut" },
  ON: { en: "Ontario", fr: "Ontario" },
  PE: { en: "Prince Edward Island", fr: "Île-du-Prince-Édouard" },
  QC: { en: "Quebec", fr: "Québec" },
  SK: { en: "Saskatchewan", fr: "Saskatchewan" },
  YT: { en: "Yukon", fr: "Yukon" },
} as const satisfies Record<(typeof PROVINCES)[number], Text>;

function choices<V extends string>(values: readonly V[], labels: Record<V, Text>): Choice<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const TEER_LABELS: Choice<number>[] = [0, 1, 2, 3, 4, 5].map((n) => ({
  value: n,
  label: { en: `TEER ${n}`, fr: `FEER ${n}` },
}));

/** Every question, keyed by the profile field it fills. */
export const QUESTIONS = {
  arrival: {
    field: "arrival",
    kind: "date",
    withTime: true,
    prompt: {
      en: "When will you arrive at the Canadian border?",
      fr: "Quand arriverez-vous à la frontière canadienne ?",
    },
    help: {
      en: "The rules in force on that day apply. Add the time (Eastern) only if we ask for it.",
      fr: "Les règles en vigueur ce jour-là s'appliquent. Précisez l'heure (heure de l'Est) seulement si on vous la demande.",
    },
  },
  citizenships: {
    field: "citizenships",
    kind: "countries",
    noneAllowed: false,
    prompt: { en: "Which citizenships do you hold?", fr: "Quelles citoyennetés avez-vous ?" },
    help: {
      en: "List every one: the answer can depend on the passport you travel with.",
      fr: "Indiquez-les toutes : la réponse peut dépendre du passeport avec lequel vous voyagez.",
    },
  },
  passportKinds: {
    field: "passportKinds",
    kind: "several-of",
    choices: choices(PASSPORT_KINDS, PASSPORT_KIND_LABELS),
    noneLabel: { en: "None of these", fr: "Aucun de ceux-ci" },
    prompt: {
      en: "Do you hold any of these special passports or travel documents?",
      fr: "Avez-vous l'un de ces passeports ou titres de voyage particuliers ?",
    },
    help: {
      en: "Some travel documents exempt their holder from the visitor visa on their own.",
      fr: "Certains titres de voyage dispensent à eux seuls du visa de visiteur.",
    },
  },
  usPermanentResident: {
    field: "usPermanentResident",
    kind: "yes-no",
    prompt: {
      en: "Are you a lawful permanent resident of the United States (green card holder)?",
      fr: "Êtes-vous résident permanent légal des États-Unis (titulaire d'une carte verte) ?",
    },
    help: {
      en: "A valid green card or an equivalent proof of US permanent status.",
      fr: "Une carte verte valide ou une preuve équivalente du statut permanent aux États-Unis.",
    },
  },
  countryOfResidence: {
    field: "countryOfResidence",
    kind: "country",
    prompt: { en: "Which country do you live in?", fr: "Dans quel pays habitez-vous ?" },
    help: {
      en: "Where you normally live, whatever your citizenship.",
      fr: "Là où vous vivez habituellement, quelle que soit votre citoyenneté.",
    },
  },
  age: {
    field: "age",
    kind: "number",
    integer: true,
    min: 0,
    max: 130,
    unit: { en: "years", fr: "ans" },
    prompt: { en: "How old will you be when you arrive?", fr: "Quel âge aurez-vous à votre arrivée ?" },
    help: {
      en: "Your age in whole years on the day of arrival.",
      fr: "Votre âge en années le jour de l'arrivée.",
    },
  },
  travelMode: {
    field: "travelMode",
    kind: "one-of",
    choices: choices(TRAVEL_MODES, TRAVEL_MODE_LABELS),
    prompt: { en: "How will you arrive in Canada?", fr: "Comment arriverez-vous au Canada ?" },
    help: {
      en: "By plane, by road or rail, or by boat.",
      fr: "En avion, par la route ou le train, ou en bateau.",
    },
  },
  arrivingFrom: {
    field: "arrivingFrom",
    kind: "country",
    prompt: {
      en: "Which country will you be coming from, just before Canada?",
      fr: "De quel pays arriverez-vous, juste avant le Canada ?",
    },
    help: {
      en: "The last country you leave to enter Canada (for a connecting flight, where it departs from).",
      fr: "Le dernier pays quitté pour entrer au Canada (pour une correspondance, le pays du départ du vol).",
    },
  },
  usNonimmigrantVisa: {
    field: "usNonimmigrantVisa",
    kind: "yes-no",
    prompt: {
      en: "Do you hold a valid US non-immigrant visa (for example B1/B2, H-1B, F-1)?",
      fr: "Avez-vous un visa américain de non-immigrant valide (par exemple B1/B2, H-1B, F-1) ?",
    },
    help: {
      en: "A visa in your passport that is still valid on the day you apply.",
      fr: "Un visa dans votre passeport, encore valide le jour de la demande.",
    },
  },
  canadianVisaPast10Years: {
    field: "canadianVisaPast10Years",
    kind: "yes-no",
    prompt: {
      en: "Have you held a Canadian visitor visa at any time in the last 10 years?",
      fr: "Avez-vous eu un visa de visiteur canadien au cours des 10 dernières années ?",
    },
    help: {
      en: "A temporary resident visa (visitor visa) issued by Canada, even if it has expired.",
      fr: "Un visa de résident temporaire (visa de visiteur) délivré par le Canada, même expiré.",
    },
  },
  inCanadaWithStatus: {
    field: "inCanadaWithStatus",
    kind: "yes-no",
    prompt: {
      en: "Are you in Canada now as a temporary resident, leaving briefly and coming back?",
      fr: "Êtes-vous au Canada en ce moment comme résident temporaire, pour une brève sortie avant de revenir ?",
    },
    help: {
      en: "For example a visitor, worker or student already in Canada who crosses the border and returns.",
      fr: "Par exemple un visiteur, un travailleur ou un étudiant déjà au Canada qui traverse la frontière puis revient.",
    },
  },
  maintainedStatus: {
    field: "maintainedStatus",
    kind: "yes-no",
    prompt: {
      en: "Are you in Canada on maintained status (you asked to extend your permit before it expired and are waiting)?",
      fr: "Êtes-vous au Canada en statut maintenu (prolongation demandée avant l'expiration, décision en attente) ?",
    },
    help: {
      en: "Also called implied status.",
      fr: "Aussi appelé statut implicite.",
    },
  },
  truckDriverCrossBorder: {
    field: "truckDriverCrossBorder",
    kind: "yes-no",
    prompt: {
      en: "Are you a truck driver whose job makes you leave Canada, and did you hold a work permit (or maintained status) before leaving?",
      fr: "Êtes-vous camionneur, votre travail vous fait-il sortir du Canada, et aviez-vous un permis de travail (ou un statut maintenu) avant de partir ?",
    },
    help: {
      en: "Drivers who only drive inside Canada answer no.",
      fr: "Les camionneurs qui ne roulent qu'au Canada répondent non.",
    },
  },
  cbsaAppointment: {
    field: "cbsaAppointment",
    kind: "yes-no",
    prompt: {
      en: "Do you have an appointment booked in advance with the CBSA at the port of entry?",
      fr: "Avez-vous un rendez-vous pris d'avance avec l'ASFC au point d'entrée ?",
    },
    help: {
      en: "An appointment the Canada Border Services Agency confirmed before your trip.",
      fr: "Un rendez-vous confirmé par l'Agence des services frontaliers du Canada avant votre voyage.",
    },
  },
  letterOfIntroduction: {
    field: "letterOfIntroduction",
    kind: "yes-no",
    prompt: {
      en: "Do you already hold a port-of-entry Letter of Introduction (your online application was approved)?",
      fr: "Avez-vous déjà une lettre d'introduction pour le point d'entrée (votre demande en ligne a été approuvée) ?",
    },
    help: {
      en: "IRCC sends this letter when it approves a work permit application made online before the trip.",
      fr: "IRCC envoie cette lettre quand elle approuve une demande de permis faite en ligne avant le voyage.",
    },
  },
  permit: {
    field: "permit",
    kind: "one-of",
    choices: choices(PERMITS, PERMIT_LABELS),
    prompt: { en: "Which work permit are you asking for?", fr: "Quel permis de travail demandez-vous ?" },
    help: {
      en: "If an employer hired you, your offer says whether it needed an LMIA (Labour Market Impact Assessment).",
      fr: "Si un employeur vous a embauché, votre offre indique s'il a fallu une EIMT (étude d'impact sur le marché du travail).",
    },
  },
  jobOffer: {
    field: "jobOffer",
    kind: "yes-no",
    prompt: {
      en: "Do you have the job offer from your employer?",
      fr: "Avez-vous l'offre d'emploi de votre employeur ?",
    },
    help: {
      en: "The written offer (or contract) for the job in Canada.",
      fr: "L'offre écrite (ou le contrat) pour l'emploi au Canada.",
    },
  },
  lmiaIssued: {
    field: "lmiaIssued",
    kind: "yes-no",
    prompt: {
      en: "Has a positive LMIA already been issued for this job offer?",
      fr: "Une EIMT favorable a-t-elle déjà été délivrée pour cette offre d'emploi ?",
    },
    help: {
      en: "Your employer receives it from Employment and Social Development Canada (ESDC).",
      fr: "Votre employeur la reçoit d'Emploi et Développement social Canada (EDSC).",
    },
  },
  lmiaNumber: {
    field: "lmiaNumber",
    kind: "text",
    pattern: /^\S.{0,39}$/,
    example: "8801234",
    prompt: { en: "What is the LMIA number?", fr: "Quel est le numéro de l'EIMT ?" },
    help: {
      en: "It is printed on the LMIA decision letter.",
      fr: "Il figure sur la lettre de décision de l'EIMT.",
    },
  },
  qualificationsProof: {
    field: "qualificationsProof",
    kind: "yes-no",
    prompt: {
      en: "Can you prove you meet the job's qualifications and experience?",
      fr: "Pouvez-vous prouver que vous avez les qualifications et l'expérience exigées pour l'emploi ?",
    },
    help: {
      en: "Diplomas, licences, reference letters.",
      fr: "Diplômes, permis d'exercice, lettres de référence.",
    },
  },
  jobProvince: {
    field: "jobProvince",
    kind: "one-of",
    choices: choices(PROVINCES, PROVINCE_LABELS),
    prompt: {
      en: "In which province or territory is the job?",
      fr: "Dans quelle province ou quel territoire est l'emploi ?",
    },
    help: {
      en: "Quebec has its own step for some jobs (the CAQ).",
      fr: "Le Québec a sa propre étape pour certains emplois (le CAQ).",
    },
  },
  jobDays: {
    field: "jobDays",
    kind: "number",
    integer: true,
    min: 1,
    max: 3660,
    unit: { en: "days", fr: "jours" },
    prompt: { en: "How many days will the job last?", fr: "Combien de jours durera l'emploi ?" },
    help: { en: "Count continuous days of work.", fr: "Comptez les jours de travail continus." },
  },
  jobUnpaid: {
    field: "jobUnpaid",
    kind: "yes-no",
    prompt: {
      en: "Is the work unpaid?",
      fr: "Le travail est-il non rémunéré ?",
    },
    help: {
      en: "Answer yes only if you receive no salary for it.",
      fr: "Répondez oui seulement si vous ne recevez aucun salaire.",
    },
  },
  caqAttestation: {
    field: "caqAttestation",
    kind: "yes-no",
    prompt: {
      en: "Do you hold the Quebec attestation of issuance of your CAQ (Quebec Acceptance Certificate)?",
      fr: "Avez-vous l'attestation de délivrance de votre CAQ (certificat d'acceptation du Québec) ?",
    },
    help: {
      en: "Quebec's immigration ministry (MIFI) issues it online.",
      fr: "Le ministère de l'Immigration du Québec (MIFI) la délivre en ligne.",
    },
  },
  offerOfEmploymentNumber: {
    field: "offerOfEmploymentNumber",
    kind: "text",
    pattern: /^A\d{7}$/,
    example: "A1234567",
    prompt: {
      en: "What is the offer of employment number from your employer?",
      fr: "Quel est le numéro d'offre d'emploi fourni par votre employeur ?",
    },
    help: {
      en: "The letter A followed by 7 digits, from IRCC's Employer Portal.",
      fr: "La lettre A suivie de 7 chiffres, tirée du Portail des employeurs d'IRCC.",
    },
  },
  complianceFeePaid: {
    field: "complianceFeePaid",
    kind: "yes-no",
    prompt: {
      en: "Has your employer submitted the offer in IRCC's Employer Portal and paid the compliance fee (or is it exempt)?",
      fr: "Votre employeur a-t-il soumis l'offre dans le Portail des employeurs d'IRCC et payé les frais de conformité (ou en est-il dispensé) ?",
    },
    help: {
      en: "Ask your employer: it must be done before you apply.",
      fr: "Demandez à votre employeur : cela doit être fait avant votre demande.",
    },
  },
  lmiaExemptionCode: {
    field: "lmiaExemptionCode",
    kind: "text",
    pattern: /^[A-Z]\d{2}$/,
    example: "C10",
    prompt: {
      en: "What is the LMIA exemption code of your job (for example C10, T36)?",
      fr: "Quel est le code de dispense d'EIMT de votre emploi (par exemple C10, T36) ?",
    },
    help: {
      en: "Your employer or lawyer can tell you; it is a letter and two digits.",
      fr: "Votre employeur ou votre avocat peut vous le dire ; c'est une lettre et deux chiffres.",
    },
  },
  openPermitCategory: {
    field: "openPermitCategory",
    kind: "one-of",
    choices: choices(OPEN_PERMIT_CATEGORIES, OPEN_CATEGORY_LABELS),
    prompt: {
      en: "On what basis are you asking for an open work permit?",
      fr: "À quel titre demandez-vous un permis de travail ouvert ?",
    },
    help: {
      en: "Only some categories can be asked for on arrival.",
      fr: "Seules certaines catégories peuvent être demandées à l'arrivée.",
    },
  },
  principalTeer: {
    field: "principalTeer",
    kind: "one-of",
    choices: TEER_LABELS,
    prompt: {
      en: "What is the TEER category of your spouse's or partner's job?",
      fr: "Quelle est la catégorie FEER de l'emploi de votre époux ou conjoint ?",
    },
    help: {
      en: "TEER comes from the job's National Occupational Classification code (its second digit).",
      fr: "La catégorie FEER vient du code de la Classification nationale des professions (son deuxième chiffre).",
    },
  },
  principalEligibleTeer23: {
    field: "principalEligibleTeer23",
    kind: "yes-no",
    prompt: {
      en: "Is your spouse's or partner's TEER 2 or 3 job on IRCC's list of eligible occupations?",
      fr: "L'emploi FEER 2 ou 3 de votre époux ou conjoint figure-t-il sur la liste d'IRCC des professions admissibles ?",
    },
    help: {
      en: "IRCC publishes the list of TEER 2 and 3 occupations that qualify.",
      fr: "IRCC publie la liste des professions FEER 2 et 3 admissibles.",
    },
  },
  principalProgram: {
    field: "principalProgram",
    kind: "one-of",
    choices: choices(PRINCIPAL_PROGRAMS, PROGRAM_LABELS),
    prompt: {
      en: "Which program is your spouse or partner studying in?",
      fr: "Dans quel programme votre époux ou conjoint étudie-t-il ?",
    },
    help: {
      en: "Full-time studies at a designated learning institution.",
      fr: "Études à temps plein dans un établissement d'enseignement désigné.",
    },
  },
  // Contract 1.1: the principal worker's facts that decide family open work permits (PDIs C41/C46,
  // C47/C48) and the FTA spouses' flagpoling exemption (IMP PDI).
  principalStream: {
    field: "principalStream",
    kind: "one-of",
    choices: choices(PRINCIPAL_STREAMS, STREAM_LABELS),
    prompt: {
      en: "Under which stream does the principal worker (your spouse, partner or parent) hold the work permit?",
      fr: "Dans quel volet le travailleur principal (votre époux, conjoint ou parent) a-t-il son permis de travail ?",
    },
    help: {
      en: "The LMIA approval letter names the stream. Choose “another stream” for a permit without an LMIA.",
      fr: "La lettre d'approbation de l'EIMT indique le volet. Choisissez « un autre volet » pour un permis sans EIMT.",
    },
  },
  principalTransitioningToPr: {
    field: "principalTransitioningToPr",
    kind: "yes-no",
    prompt: {
      en: "Is the principal worker on a pathway to permanent residence (for example a bridging permit, or a permit under a PR pilot)?",
      fr: "Le travailleur principal est-il en voie d'obtenir la résidence permanente (par exemple un permis de transition, ou un permis d'un projet pilote de résidence permanente) ?",
    },
    help: {
      en: "Families of workers transitioning to permanent residence keep the rules in force before 21 January 2025.",
      fr: "Les familles des travailleurs en voie d'obtenir la résidence permanente gardent les règles en vigueur avant le 21 janvier 2025.",
    },
  },
  principalPermitMonthsLeft: {
    field: "principalPermitMonthsLeft",
    kind: "number",
    integer: false,
    min: 0,
    max: 1200,
    unit: { en: "months", fr: "mois" },
    prompt: {
      en: "On the day you apply, how many months will the principal worker still be authorized to work in Canada?",
      fr: "Le jour de votre demande, pendant combien de mois le travailleur principal sera-t-il encore autorisé à travailler au Canada ?",
    },
    help: {
      en: "Count from your application to the end date of the principal's work permit.",
      fr: "Comptez de votre demande jusqu'à la date de fin du permis de travail du travailleur principal.",
    },
  },
  principalLmiaExemptionCode: {
    field: "principalLmiaExemptionCode",
    kind: "text",
    pattern: /^[A-Z]\d{2}$/,
    example: "F32",
    prompt: {
      en: "What is the LMIA exemption code of your spouse's or partner's work permit (for example F32, F42, F12)?",
      fr: "Quel est le code de dispense d'EIMT du permis de travail de votre époux ou conjoint (par exemple F32, F42, F12) ?",
    },
    help: {
      en: "It is printed on your spouse's or partner's work permit: a letter and two digits.",
      fr: "Il figure sur le permis de travail de votre époux ou conjoint : une lettre et deux chiffres.",
    },
  },
  iecInvitation: {
    field: "iecInvitation",
    kind: "yes-no",
    prompt: {
      en: "Do you hold your IEC invitation and the port-of-entry documents for IEC?",
      fr: "Avez-vous votre invitation EIC et les documents EIC pour le point d'entrée ?",
    },
    help: {
      en: "The invitation to apply, the recognized organization's letter if any, and the fee receipt.",
      fr: "L'invitation à présenter une demande, la lettre de l'organisme reconnu le cas échéant, et le reçu des frais.",
    },
  },
  stayMonths: {
    field: "stayMonths",
    kind: "number",
    integer: false,
    min: 0,
    max: 120,
    unit: { en: "months", fr: "mois" },
    prompt: { en: "How many months do you plan to stay?", fr: "Combien de mois comptez-vous rester ?" },
    help: {
      en: "Stays over 6 months can require a medical exam.",
      fr: "Un séjour de plus de 6 mois peut exiger un examen médical.",
    },
  },
  recentResidence: {
    field: "recentResidence",
    kind: "countries",
    noneAllowed: true,
    prompt: {
      en: "In the past year, in which countries did you spend 6 months or more in a row?",
      fr: "Au cours de la dernière année, dans quels pays avez-vous passé 6 mois consécutifs ou plus ?",
    },
    help: {
      en: "Leave the list empty if none. This helps tell whether a medical exam is required.",
      fr: "Laissez la liste vide si aucun. Cela aide à savoir si un examen médical est exigé.",
    },
  },
  designatedCountryStay: {
    field: "designatedCountryStay",
    kind: "yes-no",
    prompt: {
      en: "In the past year, did you spend 6 months or more in a row in a country where Canada requires a medical exam?",
      fr: "Au cours de la dernière année, avez-vous passé 6 mois consécutifs ou plus dans un pays pour lequel le Canada exige un examen médical ?",
    },
    help: {
      en: 'IRCC publishes the list of these countries. If you are not sure, answer "I don\'t know" and we can ask where you lived.',
      fr: "IRCC publie la liste de ces pays. Si vous n'êtes pas sûr, répondez « Je ne sais pas » : nous pourrons demander où vous avez vécu.",
    },
  },
  publicHealthJob: {
    field: "publicHealthJob",
    kind: "yes-no",
    prompt: {
      en: "Will you work where public health must be protected (health care, clinical labs, schools, child care, in-home care, …)?",
      fr: "Travaillerez-vous dans un milieu où la santé publique doit être protégée (soins de santé, laboratoires, écoles, garderies, soins à domicile, …) ?",
    },
    help: {
      en: "Also agricultural work if you come from a country designated for the medical exam.",
      fr: "Aussi le travail agricole si vous venez d'un pays désigné pour l'examen médical.",
    },
  },
  medicalExamDate: {
    field: "medicalExamDate",
    kind: "date",
    noneLabel: { en: "I have not done it", fr: "Je ne l'ai pas passé" },
    prompt: {
      en: "When did you take your immigration medical exam?",
      fr: "Quand avez-vous passé votre examen médical aux fins de l'immigration ?",
    },
    help: {
      en: "The exam date (YYYY-MM-DD) with a panel physician.",
      fr: "La date de l'examen (AAAA-MM-JJ) auprès d'un médecin désigné.",
    },
  },
  biometricsWithin10Years: {
    field: "biometricsWithin10Years",
    kind: "yes-no",
    prompt: {
      en: "Have you given biometrics (fingerprints and photo) for a Canadian visa or permit in the last 10 years?",
      fr: "Avez-vous donné vos données biométriques (empreintes et photo) pour un visa ou permis canadien au cours des 10 dernières années ?",
    },
    help: {
      en: "Biometrics given within 10 years are reused.",
      fr: "Les données biométriques données depuis moins de 10 ans sont réutilisées.",
    },
  },
  portOfEntry: {
    field: "portOfEntry",
    kind: "text",
    pattern: /^\S.{0,79}$/,
    example: "YVR",
    prompt: {
      en: "Through which port of entry will you arrive (airport code or border crossing name)?",
      fr: "Par quel point d'entrée arriverez-vous (code de l'aéroport ou nom du poste frontalier) ?",
    },
    help: {
      en: "For example YVR, YYZ, or Peace Arch / Douglas.",
      fr: "Par exemple YUL, YVR, ou Lacolle / Saint-Bernard-de-Lacolle.",
    },
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
