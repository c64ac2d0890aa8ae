/** The immigration medical exam (IRPR 30, 198(2)(b); IME PDI). */
import { medicalExamExpired, medicalExamRequired, medicalExamValid } from "../facts.js";
import { all, not } from "../logic.js";
import { rule, SRC } from "../rule.js";

export const medicalCertificateMissing = rule({
  id: "R-POE-09",
  topic: "medical",
  title: {
    en: "A required medical certificate must be held on arrival",
    fr: "Le certificat médical exigé doit être en main à l'arrivée",
  },
  concludes: { kind: "blocker", code: "medical-certificate-missing" },
  when: all(medicalExamRequired, not(medicalExamValid)),
  sources: [
    SRC.irpr("198", "IRPR 198(2)(b)"),
    SRC.irpr("30", "IRPR 30(1)(a), 30(3)"),
    SRC.imePdi("IME PDI", "Instructions d'IRCC sur l'EMI"),
  ],
  lastVerified: "2026-07-23",
});

export const medicalExamRequiredAdvisory = rule({
  id: "R-POE-09a",
  topic: "medical",
  title: {
    en: "A medical exam is required for this job or stay",
    fr: "Un examen médical est exigé pour cet emploi ou ce séjour",
  },
  concludes: { kind: "advisory", code: "medical-exam-required" },
  when: medicalExamRequired,
  sources: [
    SRC.irpr("30", "IRPR 30(1)(a)"),
    SRC.imePdi("IME PDI: who must submit", "Instructions d'IRCC sur l'EMI\u00a0: qui doit s'y soumettre"),
  ],
  lastVerified: "2026-07-23",
});

export const medicalExamExpiredAdvisory = rule({
  id: "R-POE-09b",
  topic: "medical",
  title: {
    en: "A medical exam counts for 12 months",
    fr: "Un examen médical est valable 12 mois",
  },
  concludes: { kind: "advisory", code: "medical-exam-expired" },
  when: all(medicalExamRequired, medicalExamExpired),
  sources: [SRC.irpr("30", "IRPR 30(3)")],
  lastVerified: "2026-07-23",
});

export const medicalRules = [
  medicalCertificateMissing,
  medicalExamRequiredAdvisory,
  medicalExamExpiredAdvisory,
];
