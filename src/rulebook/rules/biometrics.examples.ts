/**
 * Examples for the biometrics rules (IRPR 12.001, 12.1(h), 12.2, 12.7; CBSA list of enrolment
 * ports), at the edges: ages 13/14 and 79/80, a US national, biometrics given in the last 10 years,
 * a port on the partial CBSA list against one that is not. R-POE-10 (the blocker) takes part in the
 * rulebook only once a port is known not to collect (none is today), so it has no examples here.
 */
import type { ExampleTable } from "../examples.js";

const french = {
  citizenships: ["FR"],
  usPermanentResident: false,
  passportKinds: [],
  biometricsWithin10Years: false,
  arrival: "2025-06-01",
};
/** Applies at the border: visa-exempt, LMIA-exempt job with the offer complete, no other bar. */
const atBorder = {
  ...french,
  countryOfResidence: "FR",
  travelMode: "land",
  arrivingFrom: "US",
  inCanadaWithStatus: false,
  letterOfIntroduction: false,
  permit: "lmia-exempt",
  jobOffer: true,
  complianceFeePaid: true,
  publicHealthJob: false,
  stayMonths: 6,
  age: 30,
};

export const examples = {
  "R-POE-10a": {
    fires: [{ profile: { ...french, age: 14 } }, { profile: { ...french, age: 79 } }],
    silent: [
      { profile: { ...french, age: 13 } },
      { profile: { ...french, age: 80 } },
      { profile: { ...french, age: 30, biometricsWithin10Years: true } },
      { profile: { ...french, citizenships: ["US"], age: 30 }, note: "IRPR 12.2: US nationals" },
    ],
  },
  "R-POE-10b": {
    fires: [
      { profile: { ...atBorder, portOfEntry: "Lacolle" }, note: "a land crossing: not on the partial list" },
    ],
    silent: [
      { profile: { ...atBorder, portOfEntry: "YVR" }, note: "on the CBSA list" },
      {
        profile: { ...atBorder, portOfEntry: "Lacolle", letterOfIntroduction: true },
        note: "not applying at the border",
      },
    ],
  },
} satisfies ExampleTable;
