/**
 * Examples for the open-permit rules (PDIs C41/C46, C47/C48, C42 and the open work permit PDI), at
 * the edges: the days the policies changed, 5 against 6 and 15 against 16 months left, TEER 1
 * against 2 and 3 against 4, a principal transitioning to permanent residence or not.
 */
import type { ExampleTable } from "../examples.js";

const open = { citizenships: ["FR"], permit: "open", letterOfIntroduction: false };
const spouse = { ...open, openPermitCategory: "spouse-of-worker" };
const child = { ...open, openPermitCategory: "dependent-child" };
const student = { ...open, openPermitCategory: "spouse-of-student" };

export const examples = {
  "R-POE-18": {
    fires: [
      { profile: { ...open, openPermitCategory: "bridging", arrival: "2025-06-01" } },
      {
        profile: {
          ...open,
          openPermitCategory: "vulnerable-worker",
          inCanadaWithStatus: false,
          arrival: "2025-06-01",
        },
        note: "only open after entry: applied for from inside Canada, even while still abroad",
        expect: { poe: "no", route: "apply-from-inside-canada" },
      },
    ],
    silent: [
      { profile: { ...open, openPermitCategory: "co-op", arrival: "2025-06-01" } },
      {
        profile: {
          citizenships: ["FR"],
          permit: "lmia-exempt",
          openPermitCategory: "bridging",
          arrival: "2025-06-01",
        },
      },
    ],
  },
  "R-POE-14": {
    fires: [
      {
        profile: {
          ...spouse,
          arrival: "2025-01-21",
          principalTeer: 4,
          principalPermitMonthsLeft: 24,
          principalTransitioningToPr: false,
        },
        note: "first day of the 2025 rules (they start at midnight Eastern): TEER 4 no longer qualifies",
        expect: { poe: "no", route: "none" },
      },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalTeer: 1,
          principalPermitMonthsLeft: 15,
          principalTransitioningToPr: false,
        },
        note: "15 months left: under the 16 required from 2025-01-21",
      },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalTeer: 1,
          principalPermitMonthsLeft: 15.9,
          principalTransitioningToPr: false,
        },
        note: "a fraction short of 16 months",
      },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalTeer: 2,
          principalEligibleTeer23: false,
          principalPermitMonthsLeft: 24,
          principalTransitioningToPr: false,
        },
        note: "TEER 2 not on IRCC's list",
      },
      {
        profile: {
          ...spouse,
          arrival: "2024-06-01",
          principalTeer: 4,
          principalStream: "low-wage-lmia",
          principalPermitMonthsLeft: 12,
          principalTransitioningToPr: false,
        },
        note: "C47 excluded low-wage LMIA principals",
      },
      {
        profile: {
          ...spouse,
          arrival: "2024-06-01",
          principalTeer: 5,
          principalStream: "sawp",
          principalPermitMonthsLeft: 12,
          principalTransitioningToPr: true,
        },
        note: "SAWP stays excluded even on a PR pathway (the Agri-Food exception covers the agricultural and low-wage streams)",
      },
      {
        profile: { ...spouse, arrival: "2024-06-01", principalTeer: 1, principalPermitMonthsLeft: 5 },
        note: "5 months left: under the 6 required before 2025-01-21",
      },
      {
        profile: {
          ...spouse,
          arrival: "2023-01-29",
          principalTeer: 4,
          principalStream: "other",
          principalPermitMonthsLeft: 12,
        },
        note: "the day before TEER 4 and 5 families became eligible",
      },
      {
        profile: {
          ...spouse,
          arrival: "2023-08-17",
          principalTeer: 4,
          principalStream: "agricultural",
          principalPermitMonthsLeft: 12,
          principalTransitioningToPr: true,
        },
        note: "the day before the Agri-Food Pilot exception",
      },
      {
        profile: {
          ...spouse,
          arrival: "2026-03-01",
          principalTeer: 4,
          principalStream: "low-wage-lmia",
          principalPermitMonthsLeft: 5,
          principalTransitioningToPr: true,
        },
        note: "on a PR pathway the earlier rules apply, with their 6 months",
      },
    ],
    silent: [
      {
        profile: {
          ...spouse,
          arrival: "2025-01-20",
          principalTeer: 4,
          principalStream: "other",
          principalPermitMonthsLeft: 6,
        },
        note: "last day of the earlier rules: TEER 4 outside the excluded streams, exactly 6 months",
      },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalTeer: 1,
          principalPermitMonthsLeft: 16,
          principalTransitioningToPr: false,
        },
        note: "exactly 16 months left",
      },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalTeer: 3,
          principalEligibleTeer23: true,
          principalPermitMonthsLeft: 16,
          principalTransitioningToPr: false,
        },
        note: "TEER 3 on IRCC's list",
      },
      {
        profile: {
          ...spouse,
          arrival: "2026-03-01",
          principalTeer: 4,
          principalStream: "low-wage-lmia",
          principalPermitMonthsLeft: 6,
          principalTransitioningToPr: true,
        },
        note: "PR pathway (Agri-Food Pilot): the earlier rules and their exception",
      },
      {
        profile: {
          ...spouse,
          arrival: "2023-08-18",
          principalTeer: 4,
          principalStream: "agricultural",
          principalPermitMonthsLeft: 12,
          principalTransitioningToPr: true,
        },
        note: "first day of the Agri-Food Pilot exception",
      },
      {
        profile: {
          ...spouse,
          arrival: "2023-01-30",
          principalTeer: 5,
          principalStream: "other",
          principalPermitMonthsLeft: 6,
        },
        note: "first day TEER 4 and 5 families were eligible",
      },
      { profile: { ...spouse, arrival: "2022-06-01", principalTeer: 3, principalPermitMonthsLeft: 6 } },
      {
        profile: { ...student, arrival: "2025-06-01", principalTeer: 5, principalProgram: "doctoral" },
        note: "another category, itself eligible",
      },
    ],
  },
  "R-POE-14b": {
    fires: [
      {
        profile: {
          ...child,
          arrival: "2025-01-21",
          principalTeer: 1,
          principalPermitMonthsLeft: 24,
          principalTransitioningToPr: false,
        },
        note: "first day children are no longer eligible",
        expect: { poe: "no", route: "none" },
      },
      {
        profile: { ...child, arrival: "2023-01-29", principalTeer: 1, principalPermitMonthsLeft: 24 },
        note: "the day before children became eligible",
      },
      {
        profile: {
          ...child,
          arrival: "2024-06-01",
          principalTeer: 4,
          principalStream: "sawp",
          principalPermitMonthsLeft: 12,
          principalTransitioningToPr: false,
        },
      },
      {
        profile: {
          ...child,
          arrival: "2026-03-01",
          principalTeer: 1,
          principalPermitMonthsLeft: 5,
          principalTransitioningToPr: true,
        },
        note: "PR pathway, but under 6 months left",
      },
    ],
    silent: [
      { profile: { ...child, arrival: "2025-01-20", principalTeer: 1, principalPermitMonthsLeft: 24 } },
      {
        profile: { ...child, arrival: "2023-01-30", principalTeer: 3, principalPermitMonthsLeft: 6 },
        note: "first day children were eligible",
      },
      {
        profile: {
          ...child,
          arrival: "2026-03-01",
          principalTeer: 2,
          principalPermitMonthsLeft: 6,
          principalTransitioningToPr: true,
        },
        note: "PR pathway: the earlier rules, under which children qualify",
      },
      {
        profile: {
          ...spouse,
          arrival: "2026-03-01",
          principalTeer: 1,
          principalPermitMonthsLeft: 16,
          principalTransitioningToPr: false,
        },
        note: "another category, itself eligible",
      },
    ],
  },
  "R-POE-15": {
    fires: [
      {
        profile: { ...student, arrival: "2025-01-21", principalProgram: "masters-under-16-months" },
        note: "first day master's programs under 16 months no longer qualify",
        expect: { poe: "no", route: "none" },
      },
      {
        profile: { ...student, arrival: "2024-03-19", principalProgram: "other" },
        note: "first day of the 2024 limits",
      },
      {
        profile: { ...student, arrival: "2024-04-29", principalProgram: "eligible-listed" },
        note: "the listed pilots qualify only from 2024-04-30",
      },
      { profile: { ...student, arrival: "2026-01-10", principalProgram: "other" } },
    ],
    silent: [
      {
        profile: { ...student, arrival: "2025-01-20", principalProgram: "masters-under-16-months" },
        note: "last day a master's under 16 months qualified",
      },
      {
        profile: { ...student, arrival: "2024-03-18", principalProgram: "other" },
        note: "before the 2024 limits",
      },
      { profile: { ...student, arrival: "2024-04-30", principalProgram: "eligible-listed" } },
      {
        profile: { ...student, arrival: "2024-04-01", principalProgram: "masters-16-months-plus" },
        note: "March 19 to April 29, 2024: graduate programs qualify",
      },
      {
        profile: { ...student, arrival: "2025-06-01", principalProgram: "masters-16-months-plus" },
      },
      { profile: { ...student, arrival: "2025-06-01", principalProgram: "doctoral" } },
      {
        profile: {
          ...spouse,
          arrival: "2025-06-01",
          principalProgram: "other",
          principalTeer: 0,
          principalPermitMonthsLeft: 30,
          principalTransitioningToPr: false,
        },
        note: "another category, itself eligible",
      },
    ],
  },
} satisfies ExampleTable;
