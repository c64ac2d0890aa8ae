/**
 * Examples for the permit-type rules (IRPR 198(2)(a)(i), 198(2)(c); IEC PDI; PGWP instructions), at
 * the edges: IEC with and without a Letter of Introduction, a US PR with and without the invitation,
 * and the PGWP change's first day.
 */
import type { ExampleTable } from "../examples.js";

const irish = { citizenships: ["IE"], usPermanentResident: false };
const american = { citizenships: ["US"] };

export const examples = {
  "R-POE-05": {
    fires: [
      { profile: { citizenships: ["MX"], permit: "sawp", arrival: "2025-06-01" }, expect: { poe: "no" } },
    ],
    silent: [{ profile: { citizenships: ["MX"], permit: "lmia", arrival: "2025-06-01" } }],
  },
  "R-POE-06": {
    fires: [{ profile: { ...irish, permit: "iec", letterOfIntroduction: false, arrival: "2025-06-01" } }],
    silent: [
      {
        profile: { ...irish, permit: "iec", letterOfIntroduction: true, arrival: "2025-06-01" },
        note: "IRPR 198(2)(c): approved before entry",
      },
      {
        profile: {
          citizenships: ["IE"],
          usPermanentResident: true,
          permit: "iec",
          letterOfIntroduction: false,
          arrival: "2025-06-01",
        },
      },
      { profile: { ...american, permit: "iec", letterOfIntroduction: false, arrival: "2025-06-01" } },
    ],
  },
  "R-POE-06b": {
    fires: [
      {
        profile: { ...american, permit: "iec", iecInvitation: false, arrival: "2025-06-01" },
        expect: { poe: "no" },
      },
      {
        profile: {
          citizenships: ["IE"],
          usPermanentResident: true,
          permit: "iec",
          iecInvitation: false,
          arrival: "2025-06-01",
        },
        note: "a US permanent resident",
      },
    ],
    silent: [
      { profile: { ...american, permit: "iec", iecInvitation: true, arrival: "2025-06-01" } },
      {
        profile: { ...irish, permit: "iec", iecInvitation: false, arrival: "2025-06-01" },
        note: "R-POE-06 instead",
      },
      { profile: { ...american, permit: "lmia-exempt", iecInvitation: false, arrival: "2025-06-01" } },
    ],
  },
  "R-POE-07": {
    fires: [{ profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2024-06-21" }, note: "first day" }],
    silent: [
      { profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2024-06-20" }, note: "the day before" },
      { profile: { citizenships: ["FR"], permit: "open", arrival: "2025-06-01" } },
    ],
  },
} satisfies ExampleTable;
