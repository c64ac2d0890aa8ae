/**
 * Family open work permits as dated data: which principals' spouses and children may get an open
 * work permit (public policies under IRPR 205(c)(ii): C41/C46, C47/C48 for workers; C42 for
 * students), each period with its sources. The rules in rules/open-permits.ts read these values at
 * the arrival instant; a change of policy is a new period here, not a new copy of a rule.
 *
 * The PDIs date these changes by the day IRCC or the CBSA receives the family member's
 * application; at a port of entry that is the day of arrival.
 *
 * Readings where the texts leave room (each also in the closing note of issue 13):
 * - Before 2023-01-30 dependent children of workers get no open permit: the C49 PDI says the
 *   Minister included "all family members" of R1(3) on that day; the earlier C47/C48 text says
 *   families of TEER 4 or 5 workers were not eligible before it.
 * - The 6-month minimum before 2025 is read from the current C41/C46 and C47/C48 texts, which
 *   govern every application received before 2025-01-21 05:00 UTC (also those of 2022).
 * - `principalTransitioningToPr` readmits the agricultural and low-wage streams (docs/contract.md §1),
 *   whereas the C47/C48 PDI names Agri-Food Pilot principals whose PR application IRCC has
 *   acknowledged; the profile has no finer fact.
 * - Spouses of students, 2024-03-19 to 2024-04-29: the C42 PDI names graduate and professional
 *   programs only, so an IRCC-listed program does not qualify in that window.
 * - The in-Canada renewal exception of the PDIs (aligned durations) is not a port-of-entry case.
 */
import type { PrincipalProgram, PrincipalStream } from "../contract/profile.js";
import { type Dated, dated } from "./dated.js";
import { SRC } from "./rule.js";

/** What the principal worker must meet for the family member to be eligible, in one period. */
export interface WorkerFamilyRules {
  /** TEER categories whose families are eligible whatever the occupation (C41/C46). */
  readonly anyOccupationTeers: readonly number[];
  /** TEER categories eligible only for occupations on IRCC's list (select TEER 2 or 3, Annex A). */
  readonly listedOccupationTeers: readonly number[];
  /** TEER categories eligible unless the principal's LMIA stream is excluded (C47/C48). */
  readonly streamCheckedTeers: readonly number[];
  /** LMIA streams that exclude a principal in `streamCheckedTeers` (PDI C47/C48). */
  readonly excludedStreams: readonly PrincipalStream[];
  /** Excluded streams readmitted when the principal is transitioning to PR (Agri-Food Pilot exception). */
  readonly prPathwayStreams: readonly PrincipalStream[];
  /** Months the principal must still be authorized to work after the family member applies. */
  readonly minMonthsLeft: number;
  /** Whether dependent children (C46/C48) may get the permit at all. */
  readonly children: boolean;
  /** The rules for families of principals transitioning to PR, where they differ (PDI C41/C46, C47/C48). */
  readonly prPathway?: WorkerFamilyRules;
}

/** Applications received from 2025-01-21 05:00 UTC (PDIs C41/C46, C47/C48: "04:59:59 A.M. UTC" is the last old instant). */
export const FAMILY_OWP_CHANGE = "2025-01-21T00:00:00-05:00";
/** The Minister's designation of family members of workers in every TEER (PDI C47/C48, PDI C49). */
const ALL_TEERS_DESIGNATION = "2023-01-30T00:00:00-05:00";
/** Agri-Food Pilot: family of applicants holding an acknowledgment of receipt may apply (no time published). */
const AGRI_FOOD_FAMILY = "2023-08-18T00:00:00-04:00";

const LOW_WAGE_STREAMS: readonly PrincipalStream[] = ["sawp", "agricultural", "low-wage-lmia"];

const BEFORE_2023: WorkerFamilyRules = {
  anyOccupationTeers: [0, 1, 2, 3],
  listedOccupationTeers: [],
  streamCheckedTeers: [],
  excludedStreams: [],
  prPathwayStreams: [],
  minMonthsLeft: 6,
  children: false,
};

const FROM_2023: WorkerFamilyRules = {
  ...BEFORE_2023,
  streamCheckedTeers: [4, 5],
  excludedStreams: LOW_WAGE_STREAMS,
  children: true,
};

const FROM_AGRI_FOOD: WorkerFamilyRules = {
  ...FROM_2023,
  prPathwayStreams: ["agricultural", "low-wage-lmia"],
};

const FROM_2025: WorkerFamilyRules = {
  anyOccupationTeers: [0, 1],
  listedOccupationTeers: [2, 3],
  streamCheckedTeers: [],
  excludedStreams: [],
  prPathwayStreams: [],
  minMonthsLeft: 16,
  children: false,
  prPathway: FROM_AGRI_FOOD,
};

/** Family members of workers (spouses: C41, C47; dependent children: C46, C48). */
export const workerFamilyRules: Dated<WorkerFamilyRules> = dated("family-open-permits.worker", [
  {
    to: ALL_TEERS_DESIGNATION,
    value: BEFORE_2023,
    sources: [
      SRC.c41Pdi(
        "PDI C41/C46, Eligibility: TEER 0 to 3 (NOC 0, A, B), authorized 6 months after the application",
        "Instructions d'IRCC C41/C46, Recevabilité\u00a0: FEER 0 à 3 (CNP 0, A, B), autorisation valide 6 mois après la demande",
      ),
      SRC.c49Pdi("PDI C49: on 2023-01-30 the Minister included all family members of R1(3)"),
      SRC.c47Pdi("PDI C47/C48: family of TEER 4 or 5 workers not eligible before 2023-01-30"),
    ],
    note: "spouses of TEER 0 to 3 workers only; no permit for dependent children",
  },
  {
    from: ALL_TEERS_DESIGNATION,
    to: AGRI_FOOD_FAMILY,
    value: FROM_2023,
    sources: [
      SRC.c47Pdi(
        "PDI C47/C48, Eligibility: TEER 4 or 5, permit not from an SAWP, agricultural or low-wage LMIA",
      ),
      SRC.c41Pdi("PDI C41/C46, Eligibility", "Instructions d'IRCC C41/C46, Recevabilité"),
    ],
  },
  {
    from: AGRI_FOOD_FAMILY,
    to: FAMILY_OWP_CHANGE,
    value: FROM_AGRI_FOOD,
    sources: [SRC.c47Pdi("PDI C47/C48, Eligibility: Exceptions (Agri-Food Pilot)"), SRC.agriFoodPilot()],
  },
  {
    from: FAMILY_OWP_CHANGE,
    value: FROM_2025,
    sources: [
      SRC.familyUpdate2025(),
      SRC.militaryFamilyPdi(
        "PDI family members (C41): 16 months after the receipt date; no dependent children",
        "Instructions d'IRCC, membres de la famille (C41)\u00a0: 16 mois après la date de réception\u00a0; aucun enfant à charge",
      ),
      SRC.c41Pdi(
        "PDI C41/C46, Important: principals transitioning to PR keep these instructions",
        "Instructions d'IRCC C41/C46, Important\u00a0: ces instructions restent celles des travailleurs principaux en voie d'obtenir la résidence permanente",
      ),
      SRC.c47Pdi("PDI C47/C48, Important: no C47/C48 unless the principal is transitioning to PR"),
      SRC.openPdi(
        "Open work permit PDI, on-entry table: C41 for applications from 2025-01-21",
        "Instructions d'IRCC, permis de travail ouvert, tableau des demandes à l'entrée\u00a0: C41 pour les demandes à partir du 21 janvier 2025",
      ),
    ],
    note: "families of principals transitioning to permanent residence keep the rules of the previous period",
  },
]);

/** Spouses of students (C42): the principal's programs that qualify, by period (PDI C42, Eligibility). */
export const studentSpousePrograms: Dated<readonly PrincipalProgram[]> = dated(
  "family-open-permits.student",
  [
    {
      to: "2024-03-19T00:00:00-04:00",
      value: [
        "masters-16-months-plus",
        "masters-under-16-months",
        "doctoral",
        "professional",
        "eligible-listed",
        "other",
      ],
      sources: [
        SRC.c42Pdi(
          "PDI C42, applications submitted before March 19, 2024: any PGWP-eligible program",
          "Instructions d'IRCC C42, demandes présentées avant le 19 mars 2024\u00a0: tout programme admissible au PTPD",
        ),
      ],
      note: "'other' is read as a PGWP-eligible program outside the later groups",
    },
    {
      from: "2024-03-19T00:00:00-04:00",
      to: "2024-04-30T00:00:00-04:00",
      value: ["masters-16-months-plus", "masters-under-16-months", "doctoral", "professional"],
      sources: [
        SRC.c42Pdi(
          "PDI C42, applications submitted between March 19 and April 29, 2024: graduate or professional",
          "Instructions d'IRCC C42, demandes présentées du 19 mars au 29 avril 2024\u00a0: études supérieures ou programme professionnel",
        ),
      ],
      note: "no listed pilot programs in this window",
    },
    {
      from: "2024-04-30T00:00:00-04:00",
      to: FAMILY_OWP_CHANGE,
      value: [
        "masters-16-months-plus",
        "masters-under-16-months",
        "doctoral",
        "professional",
        "eligible-listed",
      ],
      sources: [
        SRC.c42Pdi(
          "PDI C42, applications submitted between April 30, 2024, and January 20, 2025: graduate, professional, pilots",
          "Instructions d'IRCC C42, demandes présentées du 30 avril 2024 au 20 janvier 2025\u00a0: études supérieures, programmes professionnels, projets pilotes",
        ),
      ],
    },
    {
      from: FAMILY_OWP_CHANGE,
      value: ["masters-16-months-plus", "doctoral", "professional", "eligible-listed"],
      sources: [
        SRC.c42Pdi(
          "PDI C42, applications submitted on or after January 21, 2025: master's of 16 months or longer",
          "Instructions d'IRCC C42, demandes présentées à partir du 21 janvier 2025\u00a0: maîtrise de 16 mois ou plus",
        ),
      ],
    },
  ],
);
