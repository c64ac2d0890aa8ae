/**
 * What to bring to the border (poe.html; IMP PDI; PDI Quebec cases; Help Centre Q1053). On the
 * `apply-online-first` route the list is what to bring when the approved permit is printed
 * (docs/contract.md §2): the passport, the Letter of Introduction once issued (it is listed when
 * held), the visitor visa for those who need one, and the supporting documents the officer may ask
 * to see again (the same rules as on the other routes: they follow the permit asked for).
 */
import type { DocumentCode } from "../../contract/codes.js";
import {
  caqNeeded,
  conditionalEtaEligible,
  employerSpecific,
  medicalExamRequired,
  usPermanentResident,
  visaExempt,
} from "../facts.js";
import { all, always, type Fact, is, isTrue, not } from "../logic.js";
import { rule, type Source, SRC } from "../rule.js";

function doc(
  id: string,
  code: DocumentCode,
  title: { en: string; fr: string },
  when: Fact,
  sources: Source[],
  lastVerified: string,
) {
  return rule({
    id,
    topic: "documents",
    title,
    concludes: { kind: "document", code },
    when,
    sources,
    lastVerified,
  });
}

const lmiaJob = is("permit", "lmia");
const lmiaExemptJob = is("permit", "lmia-exempt");

export const documentRules = [
  doc(
    "D-PASSPORT",
    "passport",
    { en: "Bring your passport", fr: "Apportez votre passeport" },
    always,
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-US-PR-CARD",
    "us-permanent-resident-card",
    {
      en: "US permanent residents: bring the green card",
      fr: "Résidents permanents des États-Unis : apportez la carte verte",
    },
    usPermanentResident,
    [SRC.usPrHelp()],
    "2026-02-12",
  ),
  doc(
    "D-LOI",
    "letter-of-introduction",
    { en: "Bring the Letter of Introduction", fr: "Apportez la lettre d'introduction" },
    // Once issued: on the online-first route it is not held yet, and comes with the approval.
    isTrue("letterOfIntroduction"),
    [SRC.irpr("197", "IRPR 197"), SRC.poePage()],
    "2026-07-23",
  ),
  doc(
    "D-VISA",
    "visitor-visa",
    {
      en: "Those who need a visitor visa: bring it",
      fr: "Si un visa de résident temporaire vous est exigé : apportez-le",
    },
    // IRPR 7(1), 190, 7.01: the same travellers as the visa-required advisory (R-POE-01b).
    all(not(visaExempt), not(conditionalEtaEligible)),
    [SRC.irpr("7", "IRPR 7(1)"), SRC.irpr("190", "IRPR 190"), SRC.irpr("7.01", "IRPR 7.01(1)-(2)")],
    "2026-07-23",
  ),
  doc(
    "D-JOB-OFFER",
    "job-offer",
    { en: "Bring the job offer", fr: "Apportez l'offre d'emploi" },
    employerSpecific,
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-LMIA-COPY",
    "lmia-copy",
    { en: "Bring a copy of the LMIA", fr: "Apportez une copie de l'EIMT" },
    all(lmiaJob, isTrue("lmiaIssued")),
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-LMIA-NUMBER",
    "lmia-number",
    { en: "Bring the LMIA number", fr: "Apportez le numéro de l'EIMT" },
    all(lmiaJob, isTrue("lmiaIssued")),
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-QUALIFICATIONS",
    "qualifications-proof",
    { en: "Bring proof of your qualifications", fr: "Apportez la preuve de vos qualifications" },
    employerSpecific,
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-CAQ",
    "caq-attestation",
    { en: "Quebec: bring the CAQ attestation", fr: "Québec : apportez l'attestation de délivrance du CAQ" },
    caqNeeded,
    [SRC.quebecPdi("PDI Quebec cases", "Instructions d'IRCC, Cas du Québec"), SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-OFFER-NUMBER",
    "offer-of-employment-number",
    { en: "Bring the offer of employment number", fr: "Apportez le numéro de l'offre d'emploi" },
    lmiaExemptJob,
    [SRC.poePage(), SRC.impPdi("IMP PDI: offer of employment number")],
    "2026-02-12",
  ),
  doc(
    "D-LMIA-EXEMPTION",
    "lmia-exemption-proof",
    {
      en: "Bring proof that the job needs no LMIA",
      fr: "Apportez la preuve que l'emploi est dispensé d'EIMT",
    },
    lmiaExemptJob,
    [SRC.poePage()],
    "2026-02-12",
  ),
  doc(
    "D-MEDICAL",
    "medical-certificate",
    { en: "Bring the medical exam proof", fr: "Apportez la preuve de l'examen médical" },
    medicalExamRequired,
    [SRC.irpr("30", "IRPR 30(3)"), SRC.irpr("198", "IRPR 198(2)(b)")],
    "2026-02-12",
  ),
  doc(
    "D-OPEN",
    "open-permit-eligibility-proof",
    {
      en: "Bring proof of open-permit eligibility",
      fr: "Apportez la preuve d'admissibilité au permis ouvert",
    },
    is("permit", "open"),
    [SRC.openPdi("Open work permit PDI", "Instructions d'IRCC, permis de travail ouvert")],
    "2026-02-12",
  ),
  doc(
    "D-IEC",
    "iec-documents",
    { en: "Bring the IEC documents", fr: "Apportez les documents d'EIC" },
    is("permit", "iec"),
    [SRC.irpr("198", "IRPR 198(2)(c)")],
    "2026-02-12",
  ),
];
