/**
 * Examples for the flagpoling rules (CBSA release of 2024-12-23; IMP PDI, exemptions): at the
 * instant the ban started, and for FTA spouses, whose exemption follows the principal's code.
 */
import type { ExampleTable } from "../examples.js";

/** A French worker in Canada with status, back from the US, none of the other exemptions. */
const flagpoler = {
  citizenships: ["FR"],
  usPermanentResident: false,
  inCanadaWithStatus: true,
  arrivingFrom: "US",
  truckDriverCrossBorder: false,
  cbsaAppointment: false,
  letterOfIntroduction: false,
};
const ftaSpouse = { ...flagpoler, permit: "open", openPermitCategory: "fta-spouse" };

export const examples = {
  "R-POE-08": {
    fires: [
      {
        profile: {
          ...flagpoler,
          permit: "lmia-exempt",
          lmiaExemptionCode: "C10",
          jobOffer: true,
          complianceFeePaid: true,
          arrival: "2024-12-23T23:59:00-05:00",
        },
        note: "the instant the ban started",
        expect: { poe: "no", route: "apply-from-inside-canada" },
      },
      {
        profile: {
          ...flagpoler,
          permit: "lmia-exempt",
          lmiaExemptionCode: "C10",
          jobOffer: true,
          complianceFeePaid: true,
          letterOfIntroduction: true,
          arrival: "2025-03-01",
        },
        note: "a Letter of Introduction cannot be printed at a flagpole (docs/contract.md §2, route 1)",
        expect: { poe: "no", route: "apply-from-inside-canada" },
      },
      {
        profile: {
          ...ftaSpouse,
          principalLmiaExemptionCode: "T36",
          lmiaExemptionCode: "F12",
          arrival: "2025-03-01",
        },
        note: "spouse of a CUSMA professional: not an exempt spouse, whatever the spouse's own code",
      },
      {
        profile: { ...flagpoler, permit: "lmia", arrivingFrom: "PM", arrival: "2025-03-01" },
        note: "back from St. Pierre and Miquelon",
      },
    ],
    silent: [
      {
        profile: {
          ...flagpoler,
          permit: "lmia-exempt",
          lmiaExemptionCode: "C10",
          arrival: "2024-12-23T23:58:00-05:00",
        },
        note: "a minute before the ban",
      },
      {
        profile: {
          ...ftaSpouse,
          principalLmiaExemptionCode: "F32",
          lmiaExemptionCode: "F36",
          arrival: "2025-03-01",
        },
        note: "spouse of a Korea FTA professional (F32)",
      },
      { profile: { ...flagpoler, permit: "lmia-exempt", lmiaExemptionCode: "T36", arrival: "2025-03-01" } },
      {
        profile: { ...flagpoler, permit: "lmia", arrivingFrom: "FR", arrival: "2025-03-01" },
        note: "not back from the US or St. Pierre",
      },
    ],
  },
  "R-POE-08b": {
    fires: [
      {
        profile: { ...ftaSpouse, principalLmiaExemptionCode: "F42", arrival: "2025-03-01" },
        note: "spouse of a Panama FTA professional",
      },
      { profile: { ...flagpoler, citizenships: ["US"], permit: "lmia", arrival: "2024-12-24" } },
      { profile: { ...flagpoler, permit: "lmia", cbsaAppointment: true, arrival: "2025-03-01" } },
    ],
    silent: [
      {
        profile: { ...flagpoler, citizenships: ["US"], permit: "lmia", arrival: "2024-12-23T23:58:00-05:00" },
        note: "before the ban",
      },
      {
        profile: { ...ftaSpouse, principalLmiaExemptionCode: "F22", arrival: "2025-03-01" },
        note: "Chile: professionals only",
      },
      { profile: { ...flagpoler, permit: "lmia-exempt", lmiaExemptionCode: "C10", arrival: "2025-03-01" } },
    ],
  },
} satisfies ExampleTable;
