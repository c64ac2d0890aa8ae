/** Open work permits: which categories are offered on entry, and who is eligible (PDIs, 2024–2025 changes). */
import type { OpenPermitCategory } from "../../contract/profile.js";
import { all, any, is, isTrue, not, number } from "../logic.js";
import { rule, SRC } from "../rule.js";

/** Open-permit categories marked "N/A" on entry in the open.html PDI table (or only after entry). */
export const NOT_ON_ENTRY: readonly OpenPermitCategory[] = [
  "bridging",
  "pr-applicant",
  "refugee-claimant",
  "protected-person",
  "temporary-resident-permit-holder",
  "vulnerable-worker",
];

/** Family open permits narrowed for applications from 2025-01-21 05:00 UTC (C41/C46, C42, family PDI). */
const FAMILY_OWP_CHANGE = "2025-01-21T00:00:00-05:00";
/** First limits on spouses of students (C42). */
const C42_FIRST_LIMITS = "2024-03-19T00:00:00-04:00";

const openPermit = is("permit", "open");

export const openCategoryNotOnEntry = rule({
  id: "R-POE-18",
  topic: "open-permits",
  title: {
    en: "Some open work permits are only applied for from inside Canada",
    fr: "Certains permis de travail ouverts se demandent seulement depuis le Canada",
  },
  concludes: { kind: "blocker", code: "open-category-not-on-entry" },
  when: all(openPermit, is("openPermitCategory", ...NOT_ON_ENTRY)),
  sources: [SRC.openPdi("Open work permit PDI: before/on/after entry table"), SRC.irpr("199", "IRPR 199")],
  lastVerified: "2026-02-12",
});

const teer01 = number("principalTeer", (n) => n <= 1);
const teer23 = number("principalTeer", (n) => n === 2 || n === 3);

export const spouseOfWorkerIneligible = rule({
  id: "R-POE-14",
  topic: "open-permits",
  title: {
    en: "Spouses of workers: TEER 0 or 1, or an eligible TEER 2 or 3 job",
    fr: "Conjoints de travailleurs : FEER 0 ou 1, ou un emploi FEER 2 ou 3 admissible",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(
    openPermit,
    is("openPermitCategory", "spouse-of-worker"),
    not(any(teer01, all(teer23, isTrue("principalEligibleTeer23")))),
  ),
  effective: { from: FAMILY_OWP_CHANGE },
  sources: [SRC.c41Pdi("PDI C41/C46 (applications from 2025-01-21)"), SRC.openPdi("Open work permit PDI")],
  lastVerified: "2026-02-12",
});

export const spouseOfWorkerIneligibleBefore2025 = rule({
  id: "R-POE-14a",
  topic: "open-permits",
  title: {
    en: "Spouses of workers (before 2025-01-21): the principal's job must be TEER 0 to 3",
    fr: "Conjoints de travailleurs (avant le 2025-01-21) : l'emploi du titulaire principal doit être FEER 0 à 3",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(
    openPermit,
    is("openPermitCategory", "spouse-of-worker"),
    number("principalTeer", (n) => n > 3),
  ),
  effective: { to: FAMILY_OWP_CHANGE },
  sources: [SRC.c41Pdi("PDI C41/C46 (earlier rules)")],
  lastVerified: "2026-02-12",
});

export const dependentChildIneligible = rule({
  id: "R-POE-14b",
  topic: "open-permits",
  title: {
    en: "Dependent children can no longer get an open work permit",
    fr: "Les enfants à charge ne peuvent plus obtenir de permis de travail ouvert",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(openPermit, is("openPermitCategory", "dependent-child")),
  effective: { from: FAMILY_OWP_CHANGE },
  sources: [SRC.c41Pdi("PDI C41/C46 and family-members PDI (applications from 2025-01-21)")],
  lastVerified: "2026-02-12",
});

const programOther = is("principalProgram", "other");

export const spouseOfStudentIneligible = rule({
  id: "R-POE-15",
  topic: "open-permits",
  title: {
    en: "Spouses of students: master's of 16 months or more, doctoral, professional or listed programs",
    fr: "Conjoints d'étudiants : maîtrise de 16 mois ou plus, doctorat, programme professionnel ou inscrit sur la liste",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(openPermit, is("openPermitCategory", "spouse-of-student"), programOther),
  effective: { from: FAMILY_OWP_CHANGE },
  sources: [SRC.c42Pdi("PDI C42 (applications from 2025-01-21)")],
  lastVerified: "2026-02-12",
});

export const spouseOfStudentIneligible2024 = rule({
  id: "R-POE-15a",
  topic: "open-permits",
  title: {
    en: "Spouses of students (2024-03-19 to 2025-01-20): graduate, professional or listed programs",
    fr: "Conjoints d'étudiants (du 2024-03-19 au 2025-01-20) : programmes de cycle supérieur, professionnels ou inscrits",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(openPermit, is("openPermitCategory", "spouse-of-student"), programOther),
  effective: {
    from: C42_FIRST_LIMITS,
    to: FAMILY_OWP_CHANGE,
    note: "'other' is read as a program outside the graduate/professional/listed groups",
  },
  sources: [SRC.c42Pdi("PDI C42 (2024 regimes)")],
  lastVerified: "2026-02-12",
});

export const openPermitRules = [
  openCategoryNotOnEntry,
  spouseOfWorkerIneligible,
  spouseOfWorkerIneligibleBefore2025,
  dependentChildIneligible,
  spouseOfStudentIneligible,
  spouseOfStudentIneligible2024,
];
