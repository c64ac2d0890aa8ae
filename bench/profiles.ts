/**
 * Deterministic profile generators for the benchmarks (a seeded PRNG, so every run measures the
 * same inputs). "Complete" profiles give every field the core POE rules read, inside the domain
 * the json-rules-engine peer encodes (see bench/README.md); "partial" profiles drop a random half
 * of those fields, which makes the engine work out `missing`/`refine`.
 */
import type { Profile } from "../src/contract/profile.js";

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Citizenships whose visa status did not change over the covered years (Mexico and Qatar did).
const VISA_EXEMPT = ["FR", "DE", "GB", "AU", "JP", "IE", "IT", "NL", "CL", "KR", "NZ", "CH"];
const CONDITIONAL = ["BR", "PH", "AR", "TH"];
const VISA_REQUIRED = ["IN", "CN", "NG", "VN", "PK"];
const PERMITS = ["lmia", "lmia-exempt", "pgwp", "iec", "sawp"] as const;
const IMP_CODES = ["C10", "T36", "F22", "C12", "A70"];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A date between 2023-01-01 and 2026-06-30, avoiding the two change days (their answer needs a time). */
function arrival(r: () => number): string {
  for (;;) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 1277) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (day !== "2024-06-21" && day !== "2024-12-23") return day;
  }
}

export function completeProfile(r: () => number): Profile {
  const roll = r();
  const citizenships =
    roll < 0.55
      ? [pick(r, VISA_EXEMPT)]
      : roll < 0.65
        ? ["US"]
        : roll < 0.8
          ? [pick(r, CONDITIONAL)]
          : roll < 0.95
            ? [pick(r, VISA_REQUIRED)]
            : [pick(r, VISA_REQUIRED), pick(r, VISA_EXEMPT)];
  const inCanada = r() < 0.35;
  const permit = pick(r, PERMITS);
  const fromUs = inCanada ? r() < 0.7 : r() < 0.2;
  const p: Profile = {
    arrival: arrival(r),
    citizenships,
    passportKinds: [],
    usPermanentResident: !citizenships.includes("US") && r() < 0.08,
    countryOfResidence: inCanada ? "CA" : citizenships[0]!,
    age: 20 + Math.floor(r() * 40),
    travelMode: fromUs ? "land" : "air",
    arrivingFrom: fromUs ? "US" : citizenships[0]!,
    usNonimmigrantVisa: r() < 0.2,
    canadianVisaPast10Years: r() < 0.2,
    inCanadaWithStatus: inCanada,
    maintainedStatus: false,
    truckDriverCrossBorder: inCanada && r() < 0.05,
    cbsaAppointment: inCanada && r() < 0.05,
    letterOfIntroduction: false,
    permit,
    stayMonths: 6,
    recentResidence: [],
    designatedCountryStay: false,
    publicHealthJob: false,
    medicalExamDate: null,
    biometricsWithin10Years: true,
    portOfEntry: fromUs ? "Lacolle" : "YYZ",
  };
  if (permit === "lmia" || permit === "lmia-exempt" || permit === "sawp") {
    Object.assign(p, {
      jobOffer: true,
      qualificationsProof: true,
      jobProvince: "ON",
      jobDays: 365,
      jobUnpaid: false,
    });
  }
  if (permit === "lmia") Object.assign(p, { lmiaIssued: r() < 0.7, lmiaNumber: "1234567" });
  if (permit === "lmia-exempt") {
    Object.assign(p, {
      lmiaExemptionCode: pick(r, IMP_CODES),
      offerOfEmploymentNumber: "A1234567",
      complianceFeePaid: true,
    });
  }
  if (permit === "iec") p.iecInvitation = true;
  return p;
}

/** A complete profile with each field kept with probability one half (citizenships always kept). */
export function partialProfile(r: () => number): Profile {
  const full = completeProfile(r) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(full)) {
    if (k === "citizenships" || k === "arrival" || r() < 0.5) out[k] = v;
  }
  return out as Profile;
}

export function profiles(kind: "complete" | "partial", n: number, seed: number): Profile[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => (kind === "complete" ? completeProfile(r) : partialProfile(r)));
}
