/** Open work permits: which categories are offered on entry, and who is eligible (PDIs, 2024–2025 changes). */
import type { OpenPermitCategory } from "../../contract/profile.js";
import { studentSpousePrograms, type WorkerFamilyRules, workerFamilyRules } from "../family-permits.js";
import { all, always, any, type Fact, is, isFalse, isTrue, not, number } from "../logic.js";
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
  sources: [
    SRC.openPdi(
      "Open work permit PDI: before/on/after entry table",
      "Instructions d'IRCC, permis de travail ouvert\u00a0: tableau avant l'entrée, à l'entrée, après l'entrée",
    ),
    SRC.irpr("199", "IRPR 199"),
  ],
  lastVerified: "2026-02-12",
});

const inTeers = (teers: readonly number[]) => number("principalTeer", (n) => teers.includes(n));

/**
 * The principal worker meets one period's rules (PDIs C41/C46 and C47/C48, Eligibility): enough
 * months left on the work authorization, and an eligible occupation level (and stream).
 */
function principalQualifies(r: WorkerFamilyRules): Fact {
  const levels: Fact[] = [inTeers(r.anyOccupationTeers)];
  if (r.listedOccupationTeers.length > 0)
    levels.push(all(inTeers(r.listedOccupationTeers), isTrue("principalEligibleTeer23")));
  if (r.streamCheckedTeers.length > 0) {
    const streamAllowed = [not(is("principalStream", ...r.excludedStreams))];
    if (r.prPathwayStreams.length > 0)
      streamAllowed.push(
        all(isTrue("principalTransitioningToPr"), is("principalStream", ...r.prPathwayStreams)),
      );
    levels.push(all(inTeers(r.streamCheckedTeers), any(...streamAllowed)));
  }
  return all(
    number("principalPermitMonthsLeft", (n) => n >= r.minMonthsLeft),
    any(...levels),
  );
}

/** Families of principals transitioning to PR keep the earlier rules where the period says so. */
function eligibleUnder(r: WorkerFamilyRules, forMember: (r: WorkerFamilyRules) => Fact): Fact {
  if (!r.prPathway) return forMember(r);
  return any(
    all(isTrue("principalTransitioningToPr"), forMember(r.prPathway)),
    all(isFalse("principalTransitioningToPr"), forMember(r)),
  );
}

const never: Fact = not(always);
const spouseEligible = (r: WorkerFamilyRules): Fact => principalQualifies(r);
const childEligible = (r: WorkerFamilyRules): Fact => (r.children ? principalQualifies(r) : never);

/**
 * One rule for every period (it replaces R-POE-14 and R-POE-14a, which were copies of it for before
 * and after 2025-01-21): the periods and their conditions are the dated data `workerFamilyRules`.
 */
export const spouseOfWorkerIneligible = rule({
  id: "R-POE-14",
  topic: "open-permits",
  title: {
    en: "Spouses of workers: the principal's occupation and the months left on the permit must qualify",
    fr: "Conjoints de travailleurs : l'emploi du travailleur principal et les mois restants à son permis doivent être admissibles",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(
    openPermit,
    is("openPermitCategory", "spouse-of-worker"),
    not(workerFamilyRules.when((r) => eligibleUnder(r, spouseEligible))),
  ),
  effective: {
    note: "dated parameters: TEER 0-3 (before 2023-01-30); any TEER save SAWP, agricultural or low-wage LMIA principals, 6 months left (to 2025-01-21); TEER 0/1 or listed TEER 2/3, 16 months left (from 2025-01-21, unless the principal is transitioning to PR)",
  },
  sources: [
    SRC.c41Pdi(
      "PDI C41/C46, Important and Eligibility",
      "Instructions d'IRCC C41/C46, Important et Recevabilité",
    ),
    SRC.c47Pdi("PDI C47/C48, Important and Eligibility"),
    SRC.familyUpdate2025(),
    SRC.militaryFamilyPdi(
      "PDI family members (C41): the 16-month requirement",
      "Instructions d'IRCC, membres de la famille (C41)\u00a0: l'exigence de 16 mois",
    ),
  ],
  lastVerified: "2026-02-12",
});

/** Dependent children (C46/C48): same principal conditions as spouses, where children are eligible at all. */
export const dependentChildIneligible = rule({
  id: "R-POE-14b",
  topic: "open-permits",
  title: {
    en: "Dependent children of workers: only in some periods, and only if the principal qualifies",
    fr: "Enfants à charge de travailleurs : seulement à certaines périodes, et si le travailleur principal est admissible",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(
    openPermit,
    is("openPermitCategory", "dependent-child"),
    not(workerFamilyRules.when((r) => eligibleUnder(r, childEligible))),
  ),
  effective: {
    note: "eligible from 2023-01-30; from 2025-01-21 only if the principal is transitioning to permanent residence",
  },
  sources: [
    SRC.c41Pdi(
      "PDI C41/C46 (C46: dependent children), Important",
      "Instructions d'IRCC C41/C46 (C46\u00a0: enfants à charge), Important",
    ),
    SRC.c47Pdi("PDI C47/C48 (C48: dependent children), Important"),
    SRC.c49Pdi("PDI C49: all family members from 2023-01-30"),
    SRC.militaryFamilyPdi(
      "PDI family members: no dependent children from 2025-01-21",
      "Instructions d'IRCC, membres de la famille\u00a0: aucun enfant à charge à partir du 21 janvier 2025",
    ),
  ],
  lastVerified: "2026-02-12",
});

/**
 * Spouses of students (C42), one rule for every period (it replaces R-POE-15 and R-POE-15a): the
 * programs that qualify are the dated list `studentSpousePrograms`.
 */
export const spouseOfStudentIneligible = rule({
  id: "R-POE-15",
  topic: "open-permits",
  title: {
    en: "Spouses of students: the principal's program must be one that qualifies on the application date",
    fr: "Conjoints d'étudiants : le programme de l'étudiant principal doit être admissible à la date de la demande",
  },
  concludes: { kind: "blocker", code: "open-category-ineligible" },
  when: all(
    openPermit,
    is("openPermitCategory", "spouse-of-student"),
    not(studentSpousePrograms.when((programs) => is("principalProgram", ...programs))),
  ),
  effective: {
    note: "dated list: any program (before 2024-03-19); graduate or professional (to 2024-04-29); and listed pilots (to 2025-01-20); master's of 16 months or more, doctoral, professional, listed (from 2025-01-21)",
  },
  sources: [
    SRC.c42Pdi(
      "PDI C42, Eligibility: initial applications, by date of submission",
      "Instructions d'IRCC C42, Recevabilité\u00a0: demandes initiales, selon la date de présentation",
    ),
  ],
  lastVerified: "2026-02-12",
});

export const openPermitRules = [
  openCategoryNotOnEntry,
  spouseOfWorkerIneligible,
  dependentChildIneligible,
  spouseOfStudentIneligible,
];
