/**
 * Examples for the general and meta rules (IRPR 200, 186(u), 183(4)(a); docs/contract.md §2, §4).
 * `officer-decides` applies to every traveller by the contract, so it has no silent example.
 */

import type { ExampleTable } from "../examples.js";
import { VERIFIED_THROUGH, VERIFIED_THROUGH_END } from "../index.js";

const french = { citizenships: ["FR"], usPermanentResident: false, passportKinds: [] };
/** The Eastern calendar day after `VERIFIED_THROUGH`. */
const dayAfter = new Date(VERIFIED_THROUGH_END + 3 * 3600_000).toISOString().slice(0, 10);

export const examples = {
  "R-POE-19": {
    fires: [
      { profile: { ...french, arrival: "2025-06-01" } },
      { profile: { citizenships: ["CA"], arrival: "2025-06-01" } },
    ],
    silent: [],
  },
  "R-POE-17": {
    fires: [{ profile: { ...french, maintainedStatus: true, arrival: "2025-06-01" } }],
    silent: [
      { profile: { ...french, maintainedStatus: false, arrival: "2025-06-01" } },
      { profile: { citizenships: ["CA"], maintainedStatus: true, arrival: "2025-06-01" } },
    ],
  },
  "R-META-DATA": {
    fires: [
      {
        profile: {
          ...french,
          publicHealthJob: false,
          stayMonths: 12,
          recentResidence: ["IN"],
          arrival: "2025-06-01",
        },
        note: "the IME requirement read from the unverified country list",
      },
    ],
    silent: [
      {
        profile: {
          ...french,
          publicHealthJob: false,
          stayMonths: 12,
          recentResidence: ["IN"],
          designatedCountryStay: true,
          age: 10,
          arrival: "2025-06-01",
        },
        note: "answered directly",
      },
      {
        profile: { ...french, publicHealthJob: true, age: 10, arrival: "2025-06-01" },
        note: "settled without the list",
      },
      {
        profile: {
          ...french,
          designatedCountryStay: true,
          biometricsWithin10Years: true,
          arrival: "2025-06-01",
        },
        note: "answered directly, the exam itself still open (how long the stay is): no list read",
      },
    ],
  },
  "R-META-FUTURE": {
    fires: [
      { profile: { ...french, arrival: dayAfter }, note: "the day after verifiedThrough" },
      {
        profile: { ...french, arrival: "2026-01-06" },
        now: "2026-01-05T23:00:00-05:00",
        note: "an arrival still to come (tomorrow, Eastern), before verifiedThrough",
      },
      {
        profile: { ...french, arrival: "2026-01-05T23:30:00-05:00" },
        now: "2026-01-05T23:00:00-05:00",
        note: "half an hour from now",
      },
    ],
    silent: [
      { profile: { ...french, arrival: VERIFIED_THROUGH }, note: "the verifiedThrough date itself" },
      {
        profile: { ...french, arrival: "2026-01-05" },
        now: "2026-01-05T23:00:00-05:00",
        note: "today: the day began before now",
      },
      {
        profile: { ...french, arrival: "2026-01-05T23:00:00-05:00" },
        now: "2026-01-05T23:00:00-05:00",
        note: "arriving this very moment",
      },
    ],
  },
} satisfies ExampleTable;
