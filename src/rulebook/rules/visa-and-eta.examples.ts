/**
 * Examples for the entry-status, visa and eTA rules (IRPA 2(1), 19(1); IRPR 7.01, 7.1, 190, 198(1)),
 * at the edges: a citizen who holds another citizenship, a green card against none, the US PR eTA
 * waiver at 08:00 EDT on 2022-04-26, the St. Pierre and Miquelon waiver of 7.1(3)(e) by air and by
 * sea, and the SPM vessel rule's first day.
 */
import type { ExampleTable } from "../examples.js";

const noDocs = { passportKinds: [], usPermanentResident: false };
const indian = { citizenships: ["IN"], ...noDocs };
const french = { citizenships: ["FR"], ...noDocs, countryOfResidence: "FR", arrivingFrom: "FR" };
const spmFrench = { citizenships: ["FR"], ...noDocs, countryOfResidence: "PM", arrivingFrom: "PM" };

export const examples = {
  "R-POE-CA": {
    fires: [
      {
        profile: { citizenships: ["CA", "FR"], permit: "lmia-exempt", arrival: "2025-06-01" },
        note: "a dual citizen is still a citizen",
        expect: { poe: "no", route: "none", missing: [] },
      },
      {
        profile: { citizenships: ["CA"], letterOfIntroduction: true, arrival: "2025-06-01" },
        note: "no permit is printed for a citizen, whatever letter is held",
        expect: { route: "none" },
      },
    ],
    silent: [
      { profile: { ...french, permit: "lmia-exempt", arrival: "2025-06-01" } },
      {
        profile: { citizenships: ["US"], arrival: "2025-06-01" },
        note: "a US citizen is a foreign national",
      },
    ],
  },
  "R-POE-01": {
    fires: [
      {
        profile: { ...indian, permit: "lmia-exempt", arrival: "2025-06-01" },
        expect: { poe: "no" },
      },
      {
        profile: { ...indian, passportKinds: ["romania-e-passport"], arrival: "2025-06-01" },
        note: "IRPR 190(2.1) exempts a citizen of Romania holding the e-passport, not any holder",
        expect: { poe: "no" },
      },
    ],
    silent: [
      {
        profile: { ...indian, usPermanentResident: true, arrival: "2025-06-01" },
        note: "a green card exempts",
      },
      { profile: { ...indian, passportKinds: ["holy-see"], arrival: "2025-06-01" }, note: "IRPR 190(2)(b)" },
      {
        profile: {
          citizenships: ["RO"],
          passportKinds: ["romania-e-passport"],
          usPermanentResident: false,
          arrival: "2025-06-01",
        },
        note: "IRPR 190(2.1): a Romanian citizen with the e-passport",
      },
      { profile: { citizenships: ["CA", "IN"], arrival: "2025-06-01" }, note: "a Canadian needs no visa" },
      { profile: { citizenships: ["BR"], ...noDocs, arrival: "2025-06-01" }, note: "7.01: R-POE-02 instead" },
    ],
  },
  "R-POE-02": {
    fires: [{ profile: { citizenships: ["BR"], ...noDocs, arrival: "2025-06-01" } }],
    silent: [
      { profile: { citizenships: ["BR"], ...noDocs, usPermanentResident: true, arrival: "2025-06-01" } },
      { profile: { ...indian, arrival: "2025-06-01" }, note: "not a 7.01 country" },
    ],
  },
  "R-POE-03": {
    fires: [
      { profile: { ...french, travelMode: "air", arrival: "2025-06-01" } },
      {
        profile: {
          ...indian,
          usPermanentResident: true,
          travelMode: "air",
          arrival: "2022-04-26T07:59:00-04:00",
        },
        note: "a US PR one minute before the waiver",
      },
      {
        profile: { ...spmFrench, arrivingFrom: "US", travelMode: "air", arrival: "2025-06-01" },
        note: "7.1(3)(e) only when coming directly from St. Pierre and Miquelon",
      },
      {
        profile: {
          citizenships: ["BR"],
          ...noDocs,
          travelMode: "air",
          usNonimmigrantVisa: true,
          canadianVisaPast10Years: false,
          arrival: "2025-06-01",
        },
        note: "conditional eTA, IRPR 7.01(2)(b)",
      },
    ],
    silent: [
      {
        profile: { ...spmFrench, travelMode: "air", arrival: "2025-06-01" },
        note: "IRPR 7.1(3)(e): by air as well",
      },
      {
        profile: {
          ...indian,
          usPermanentResident: true,
          travelMode: "air",
          arrival: "2022-04-26T08:00:00-04:00",
        },
        note: "the US PR waiver's first minute",
      },
      { profile: { citizenships: ["US"], travelMode: "air", arrival: "2025-06-01" } },
      { profile: { ...french, travelMode: "land", arrival: "2025-06-01" } },
      { profile: { citizenships: ["CA", "FR"], travelMode: "air", arrival: "2025-06-01" } },
    ],
  },
  "R-POE-03b": {
    fires: [
      {
        profile: {
          citizenships: ["DE"],
          ...noDocs,
          countryOfResidence: "DE",
          travelMode: "sea",
          arrivingFrom: "PM",
          arrival: "2026-06-05",
        },
        note: "first day of SOR/2026-101",
      },
      {
        profile: {
          citizenships: ["FR"],
          ...noDocs,
          countryOfResidence: "FR",
          travelMode: "sea",
          arrivingFrom: "PM",
          arrival: "2026-06-05",
        },
        note: "a French citizen not residing in St. Pierre and Miquelon",
      },
    ],
    silent: [
      {
        profile: {
          citizenships: ["DE"],
          ...noDocs,
          countryOfResidence: "DE",
          travelMode: "sea",
          arrivingFrom: "PM",
          arrival: "2026-06-04",
        },
        note: "the day before",
      },
      {
        profile: { ...spmFrench, travelMode: "sea", arrival: "2026-07-01" },
        note: "IRPR 7.1(3)(e)",
      },
      {
        profile: {
          citizenships: ["DE"],
          ...noDocs,
          countryOfResidence: "DE",
          travelMode: "sea",
          arrivingFrom: "US",
          arrival: "2026-07-01",
        },
      },
    ],
  },
  "R-POE-01b": {
    fires: [
      { profile: { ...indian, arrival: "2025-06-01" } },
      {
        profile: { citizenships: ["BR"], ...noDocs, travelMode: "land", arrival: "2025-06-01" },
        note: "a conditional-eTA national by land needs a visa",
      },
    ],
    silent: [
      {
        profile: {
          citizenships: ["BR"],
          ...noDocs,
          travelMode: "air",
          usNonimmigrantVisa: true,
          canadianVisaPast10Years: false,
          arrival: "2025-06-01",
        },
      },
      { profile: { ...french, arrival: "2025-06-01" } },
      { profile: { citizenships: ["CA", "IN"], arrival: "2025-06-01" } },
    ],
  },
  "R-ADV-DUAL": {
    fires: [{ profile: { citizenships: ["FR", "IN"], arrival: "2025-06-01" } }],
    silent: [
      { profile: { citizenships: ["FR"], arrival: "2025-06-01" } },
      {
        profile: { citizenships: ["CA", "FR"], arrival: "2025-06-01" },
        note: "a citizen enters on the Canadian passport",
      },
    ],
  },
} satisfies ExampleTable;
