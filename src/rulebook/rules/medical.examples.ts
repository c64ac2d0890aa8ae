/**
 * Examples for the medical-exam rules (IRPR 30(1)(a), 30(3), 198(2)(b); IME PDI), at the edges: a
 * stay of 6 against 7 months, an exam exactly 12 months old against one a day older, an exam after
 * arrival, and the IME country revision of 2025-11-03 (Argentina designated from that day).
 */
import type { ExampleTable } from "../examples.js";

const worker = { citizenships: ["FR"], permit: "lmia-exempt" };
const healthJob = { ...worker, publicHealthJob: true };

export const examples = {
  "R-POE-09": {
    fires: [
      {
        profile: { ...healthJob, medicalExamDate: null, arrival: "2025-06-01" },
        expect: { poe: "no" },
      },
      {
        profile: { ...healthJob, medicalExamDate: "2024-05-31", arrival: "2025-06-01" },
        note: "12 months and a day old",
      },
      {
        profile: { ...healthJob, medicalExamDate: "2025-06-02", arrival: "2025-06-01" },
        note: "taken after arrival",
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 7,
          designatedCountryStay: true,
          medicalExamDate: null,
          arrival: "2025-06-01",
        },
      },
    ],
    silent: [
      {
        profile: { ...healthJob, medicalExamDate: "2024-06-01", arrival: "2025-06-01" },
        note: "exactly 12 months old",
      },
      {
        profile: { ...healthJob, medicalExamDate: "2025-06-01", arrival: "2025-06-01" },
        note: "taken on the day",
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 6,
          designatedCountryStay: true,
          medicalExamDate: null,
          arrival: "2025-06-01",
        },
        note: "6 months is not more than 6",
      },
    ],
  },
  "R-POE-09a": {
    fires: [
      { profile: { ...healthJob, arrival: "2025-06-01" } },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 6.5,
          designatedCountryStay: true,
          arrival: "2025-06-01",
        },
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 12,
          recentResidence: ["AR"],
          arrival: "2025-11-03",
        },
        note: "Argentina designated for applications from 2025-11-03 (IME revision)",
      },
    ],
    silent: [
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 6,
          designatedCountryStay: true,
          arrival: "2025-06-01",
        },
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 12,
          designatedCountryStay: false,
          arrival: "2025-06-01",
        },
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 12,
          recentResidence: ["AR"],
          arrival: "2025-11-02",
        },
        note: "the day before the IME revision",
      },
    ],
  },
  "R-POE-09b": {
    fires: [
      {
        profile: { ...healthJob, medicalExamDate: "2024-05-31", arrival: "2025-06-01" },
        note: "12 months and a day old",
      },
    ],
    silent: [
      {
        profile: { ...healthJob, medicalExamDate: "2024-06-01", arrival: "2025-06-01" },
        note: "exactly 12 months old",
      },
      {
        profile: { ...healthJob, medicalExamDate: null, arrival: "2025-06-01" },
        note: "no exam is missing, not expired",
      },
      {
        profile: {
          ...worker,
          publicHealthJob: false,
          stayMonths: 3,
          medicalExamDate: "2020-01-01",
          arrival: "2025-06-01",
        },
      },
    ],
  },
} satisfies ExampleTable;
