/**
 * Examples for the documents to bring (poe.html; IMP PDI; PDI Quebec cases; Help Centre Q1053; IRPR
 * 7, 190, 197, 30(3)). A document rule states its own condition; the assessment lists it only on a
 * route that goes to a border officer (docs/contract.md §2).
 */
import type { ExampleTable } from "../examples.js";

const french = { citizenships: ["FR"], usPermanentResident: false, passportKinds: [], arrival: "2025-06-01" };
const citizen = { citizenships: ["CA"], arrival: "2025-06-01" };

export const examples = {
  "D-PASSPORT": {
    fires: [{ profile: { ...french } }],
    silent: [{ profile: { ...citizen }, note: "a citizen's route lists nothing to bring" }],
  },
  "D-US-PR-CARD": {
    fires: [{ profile: { ...french, usPermanentResident: true } }],
    silent: [{ profile: { ...french } }],
  },
  "D-LOI": {
    fires: [{ profile: { ...french, letterOfIntroduction: true } }],
    silent: [{ profile: { ...french, letterOfIntroduction: false }, note: "not issued yet" }],
  },
  "D-VISA": {
    fires: [
      {
        profile: {
          citizenships: ["IN"],
          usPermanentResident: false,
          passportKinds: [],
          permit: "lmia-exempt",
          arrival: "2025-06-01",
        },
        note: "apply-online-first: the visa comes with the approval",
      },
    ],
    silent: [
      { profile: { ...french } },
      {
        profile: {
          citizenships: ["BR"],
          usPermanentResident: false,
          passportKinds: [],
          travelMode: "air",
          usNonimmigrantVisa: true,
          canadianVisaPast10Years: false,
          arrival: "2025-06-01",
        },
        note: "a conditional eTA instead",
      },
    ],
  },
  "D-JOB-OFFER": {
    fires: [{ profile: { ...french, permit: "lmia" } }, { profile: { ...french, permit: "lmia-exempt" } }],
    silent: [{ profile: { ...french, permit: "open" } }],
  },
  "D-LMIA-COPY": {
    fires: [{ profile: { ...french, permit: "lmia", lmiaIssued: true } }],
    silent: [
      { profile: { ...french, permit: "lmia", lmiaIssued: false } },
      { profile: { ...french, permit: "lmia-exempt", lmiaIssued: true } },
    ],
  },
  "D-LMIA-NUMBER": {
    fires: [{ profile: { ...french, permit: "lmia", lmiaIssued: true } }],
    silent: [{ profile: { ...french, permit: "lmia", lmiaIssued: false } }],
  },
  "D-QUALIFICATIONS": {
    fires: [{ profile: { ...french, permit: "lmia-exempt" } }],
    silent: [{ profile: { ...french, permit: "iec" } }],
  },
  "D-CAQ": {
    fires: [{ profile: { ...french, permit: "lmia", jobProvince: "QC", jobDays: 31, jobUnpaid: false } }],
    silent: [
      { profile: { ...french, permit: "lmia", jobProvince: "QC", jobDays: 30, jobUnpaid: false } },
      { profile: { ...french, permit: "lmia-exempt", jobProvince: "QC", jobDays: 365, jobUnpaid: false } },
    ],
  },
  "D-OFFER-NUMBER": {
    fires: [{ profile: { ...french, permit: "lmia-exempt" } }],
    silent: [{ profile: { ...french, permit: "lmia" } }],
  },
  "D-LMIA-EXEMPTION": {
    fires: [{ profile: { ...french, permit: "lmia-exempt" } }],
    silent: [{ profile: { ...french, permit: "open" } }],
  },
  "D-MEDICAL": {
    fires: [{ profile: { ...french, publicHealthJob: true } }],
    silent: [{ profile: { ...french, publicHealthJob: false, stayMonths: 6 } }],
  },
  "D-OPEN": {
    fires: [{ profile: { ...french, permit: "open" } }],
    silent: [{ profile: { ...french, permit: "pgwp" } }],
  },
  "D-IEC": {
    fires: [{ profile: { ...french, permit: "iec" } }],
    silent: [{ profile: { ...french, permit: "sawp" } }],
  },
} satisfies ExampleTable;
