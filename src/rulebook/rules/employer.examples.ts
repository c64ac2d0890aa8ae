/**
 * Examples for the employer rules (IRPR 198(2)(a), 200(3)(b), 200(3)(f.1), 209.11, 303.1; PDI Quebec
 * cases), at the edges: residence in Greenland against elsewhere, a Quebec job of 30 days against 31,
 * unpaid work, an LMIA-exempt Quebec job.
 */
import type { ExampleTable } from "../examples.js";

const french = { citizenships: ["FR"], usPermanentResident: false, countryOfResidence: "FR" };
const quebecLmia = {
  ...french,
  permit: "lmia",
  lmiaIssued: true,
  jobProvince: "QC",
  jobDays: 31,
  jobUnpaid: false,
  arrival: "2025-06-01",
};

export const examples = {
  "R-POE-04": {
    fires: [
      {
        profile: {
          citizenships: ["AU"],
          usPermanentResident: false,
          countryOfResidence: "AU",
          permit: "lmia",
          lmiaIssued: false,
          arrival: "2025-06-01",
        },
      },
    ],
    silent: [
      {
        profile: {
          citizenships: ["AU"],
          usPermanentResident: false,
          countryOfResidence: "GL",
          permit: "lmia",
          lmiaIssued: false,
          arrival: "2025-06-01",
        },
        note: "IRPR 198(2)(a)(ii): a resident of Greenland",
      },
      { profile: { ...french, permit: "lmia", lmiaIssued: true, arrival: "2025-06-01" } },
    ],
  },
  "R-POE-11": {
    fires: [
      {
        profile: {
          ...french,
          permit: "lmia-exempt",
          jobOffer: true,
          complianceFeePaid: false,
          arrival: "2025-06-01",
        },
      },
      {
        profile: { ...french, permit: "lmia", jobOffer: false, arrival: "2025-06-01" },
        note: "no job offer",
      },
    ],
    silent: [
      {
        profile: {
          ...french,
          permit: "lmia-exempt",
          jobOffer: true,
          complianceFeePaid: true,
          arrival: "2025-06-01",
        },
      },
      { profile: { ...french, permit: "open", jobOffer: false, arrival: "2025-06-01" } },
    ],
  },
  "R-POE-11b": {
    fires: [
      { profile: { ...french, permit: "lmia-exempt", complianceFeePaid: false, arrival: "2025-06-01" } },
    ],
    silent: [
      { profile: { ...french, permit: "lmia-exempt", complianceFeePaid: true, arrival: "2025-06-01" } },
      { profile: { ...french, permit: "lmia", complianceFeePaid: false, arrival: "2025-06-01" } },
    ],
  },
  "R-POE-12": {
    fires: [
      { profile: { ...quebecLmia, caqAttestation: false }, note: "31 days, paid", expect: { poe: "no" } },
    ],
    silent: [
      { profile: { ...quebecLmia, jobDays: 30, caqAttestation: false }, note: "30 days or less: no CAQ" },
      { profile: { ...quebecLmia, jobUnpaid: true, caqAttestation: false }, note: "unpaid work" },
      { profile: { ...quebecLmia, permit: "lmia-exempt", caqAttestation: false }, note: "no LMIA, no CAQ" },
      { profile: { ...quebecLmia, jobProvince: "ON", caqAttestation: false } },
      { profile: { ...quebecLmia, caqAttestation: true } },
    ],
  },
} satisfies ExampleTable;
