import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/index.js";
import { causesOf, rescreenSummaryText, runRescreen } from "./rescreen.js";
import { jsonLines, sink } from "./testing/streams.js";

/**
 * A roster built from the dossier's rules (§1, §4, §5): the PGWP stopped being accepted at the POE
 * from 2024-06-21 (start of day, ET); flagpoling ended 2024-12-23 23:59 ET, except for listed
 * groups (FTA professionals such as F22, CBSA appointments, …). Every field that decides `poe` is
 * given, so the only thing that varies is the arrival.
 */
const BASE = {
  passportKinds: "none",
  usPermanentResident: "no",
  age: "34",
  usNonimmigrantVisa: "no",
  canadianVisaPast10Years: "no",
  maintainedStatus: "no",
  truckDriverCrossBorder: "no",
  cbsaAppointment: "no",
  letterOfIntroduction: "no",
  stayMonths: "12",
  recentResidence: "none",
  designatedCountryStay: "no",
  publicHealthJob: "no",
  medicalExamDate: "none",
  biometricsWithin10Years: "yes",
};
const NEW_ARRIVAL = {
  countryOfResidence: "FR",
  travelMode: "air",
  arrivingFrom: "FR",
  inCanadaWithStatus: "no",
  portOfEntry: "YUL",
};
const FLAGPOLER = {
  countryOfResidence: "CA",
  travelMode: "land",
  arrivingFrom: "US",
  inCanadaWithStatus: "yes",
  portOfEntry: "Lacolle",
};
const IMP_JOB = {
  permit: "lmia-exempt",
  jobOffer: "yes",
  qualificationsProof: "yes",
  jobProvince: "ON",
  jobDays: "365",
  jobUnpaid: "no",
  offerOfEmploymentNumber: "A1234567",
  complianceFeePaid: "yes",
};

const ROWS: Record<string, string>[] = [
  // PGWP asked for at the border by a new arrival: yes before 2024-06-21, no after (R-POE-07).
  { id: "pgwp-fr", citizenships: "FR", ...BASE, ...NEW_ARRIVAL, permit: "pgwp" },
  {
    id: "pgwp-ie",
    citizenships: "IE",
    ...BASE,
    ...NEW_ARRIVAL,
    countryOfResidence: "IE",
    arrivingFrom: "IE",
    permit: "pgwp",
  },
  // Flagpoling with a C10 (not exempt): yes until the ban, no after (R-POE-08).
  { id: "flag-de", citizenships: "DE", ...BASE, ...FLAGPOLER, ...IMP_JOB, lmiaExemptionCode: "C10" },
  { id: "flag-it", citizenships: "IT", ...BASE, ...FLAGPOLER, ...IMP_JOB, lmiaExemptionCode: "C10" },
  // Unchanged: FTA professional (F22, exempt from the ban); CBSA appointment (exempt); a new arrival
  // on an IMP job; a visa-required national (no at both dates).
  { id: "fta-cl", citizenships: "CL", ...BASE, ...FLAGPOLER, ...IMP_JOB, lmiaExemptionCode: "F22" },
  {
    id: "appt-de",
    citizenships: "DE",
    ...BASE,
    ...FLAGPOLER,
    ...IMP_JOB,
    lmiaExemptionCode: "C10",
    cbsaAppointment: "yes",
  },
  { id: "imp-fr", citizenships: "FR", ...BASE, ...NEW_ARRIVAL, ...IMP_JOB, lmiaExemptionCode: "C10" },
  {
    id: "visa-in",
    citizenships: "IN",
    ...BASE,
    ...NEW_ARRIVAL,
    countryOfResidence: "IN",
    arrivingFrom: "IN",
    ...IMP_JOB,
    lmiaExemptionCode: "C10",
  },
  // Bad rows: an unknown country code, an unreadable boolean.
  { id: "bad-country", citizenships: "XX", ...BASE, ...NEW_ARRIVAL, permit: "pgwp" },
  { id: "bad-bool", citizenships: "FR", ...BASE, ...NEW_ARRIVAL, permit: "pgwp", jobOffer: "sometimes" },
];

const COLUMNS = [...new Set(ROWS.flatMap((r) => Object.keys(r)))];
const CSV = [COLUMNS.join(","), ...ROWS.map((r) => COLUMNS.map((c) => r[c] ?? "").join(","))].join("\r\n");

async function rescreen(
  from: string,
  to: string,
  format: "csv" | "text" | "jsonl" = "csv",
  lang: "en" | "fr" = "en",
) {
  const out = sink();
  const summary = await runRescreen({
    input: Readable.from([CSV]),
    inputFormat: "csv",
    from,
    to,
    output: out,
    format,
    lang,
    assess,
  });
  return { summary, text: out.text() };
}

type Changed = {
  id: string;
  poe_before: string;
  route_before: string;
  poe_after: string;
  route_after: string;
  rules: string;
  changes: string;
};

describe("rescreen across the 2024 PGWP and flagpoling changes (real engine)", () => {
  it("names exactly the PGWP and flagpoling rows, with the rule that changed each", async () => {
    const { summary, text } = await rescreen("2024-06-01", "2025-01-15");
    const rows = parse(text, { columns: true }) as Changed[];
    expect(
      rows.map((r) => [r.id, r.poe_before, r.route_before, r.poe_after, r.route_after, r.rules, r.changes]),
    ).toEqual([
      ["pgwp-fr", "yes", "apply-at-poe", "no", "apply-online-first", "R-POE-07", "+pgwp"],
      ["pgwp-ie", "yes", "apply-at-poe", "no", "apply-online-first", "R-POE-07", "+pgwp"],
      ["flag-de", "yes", "apply-at-poe", "no", "apply-from-inside-canada", "R-POE-08", "+flagpoling"],
      ["flag-it", "yes", "apply-at-poe", "no", "apply-from-inside-canada", "R-POE-08", "+flagpoling"],
    ]);
    expect(summary).toMatchObject({ rows: 10, changed: 4, errors: 2 });
    expect(summary.causes.map((c) => [c.cause.rule, c.cause.code, c.cause.change, c.rows])).toEqual([
      ["R-POE-07", "pgwp", "added", 2],
      ["R-POE-08", "flagpoling", "added", 2],
    ]);
    expect(summary.errorSamples.map((e) => [e.id, e.errors.map((x) => x.path)])).toEqual([
      ["bad-country", ["citizenships[0]"]],
      ["bad-bool", ["jobOffer"]],
    ]);
    const human = rescreenSummaryText(summary, "en");
    expect(human.split("\n")[0]).toBe(
      "4 of your 8 workers changed between 2024-06-01 and 2025-01-15 because:",
    );
    expect(human).toMatch(/^ {2}2 × R-POE-07 .+ \(blocker pgwp\) now applies$/m);
    expect(human).toMatch(/^ {2}2 × R-POE-08 .+ \(blocker flagpoling\) now applies$/m);
    expect(human).toMatch(
      /2 row\(s\) could not be assessed:\n {2}line \d+ \(bad-country\): citizenships\[0\]/,
    );
  });

  it("separates the two changes: only PGWP rows between June and July 2024, only flagpolers after", async () => {
    const june = await rescreen("2024-06-20", "2024-06-21");
    expect((parse(june.text, { columns: true }) as Changed[]).map((r) => r.id)).toEqual([
      "pgwp-fr",
      "pgwp-ie",
    ]);
    const winter = await rescreen("2024-07-01", "2025-01-15");
    expect((parse(winter.text, { columns: true }) as Changed[]).map((r) => r.id)).toEqual([
      "flag-de",
      "flag-it",
    ]);
  });

  it("takes the flagpoling change at 23:59 ET, and asks for the time on that day", async () => {
    const minute = await rescreen("2024-12-23T23:58-05:00", "2024-12-23T23:59-05:00");
    expect((parse(minute.text, { columns: true }) as Changed[]).map((r) => r.id)).toEqual([
      "flag-de",
      "flag-it",
    ]);
    const day = await rescreen("2024-12-22", "2024-12-23", "jsonl");
    const rows = jsonLines(day.text);
    expect(rows.map((r) => [r.id, r.after.poe, r.causes])).toEqual([
      ["flag-de", "unknown", [{ rule: "", code: "missing:arrival", kind: "missing", change: "added" }]],
      ["flag-it", "unknown", [{ rule: "", code: "missing:arrival", kind: "missing", change: "added" }]],
    ]);
    expect(rescreenSummaryText(day.summary, "en")).toMatch(/2 × the time of arrival is needed/);
  });

  it("reports no change when nothing changed, in French too", async () => {
    const { summary, text } = await rescreen("2025-01-15", "2025-06-01", "text", "fr");
    expect(text).toBe("");
    expect(rescreenSummaryText(summary, "fr").split("\n")[0]).toBe(
      "Aucun de vos 8 travailleurs n'a changé entre le 2025-01-15 et le 2025-06-01.",
    );
  });

  it("writes a readable text report", async () => {
    const { text } = await rescreen("2024-06-01", "2025-01-15", "text");
    expect(text.split("\n").slice(0, 2)).toEqual([
      "line 2  pgwp-fr: poe yes → no, route apply-at-poe → apply-online-first",
      expect.stringMatching(/^ {4}R-POE-07 .+ \(blocker pgwp\) now applies$/),
    ]);
  });
});

describe("causesOf", () => {
  const a = (over: object) =>
    ({
      contract: 1,
      rulebook: "x",
      asOf: "x",
      verifiedThrough: "2026-02-12",
      poe: "yes",
      route: "apply-at-poe",
      blockers: [],
      documents: [],
      advisories: [],
      missing: [],
      refine: [],
      ...over,
    }) as Parameters<typeof causesOf>[0];

  it("prefers blocker differences, both ways", () => {
    const before = a({ blockers: [{ code: "pgwp", rule: "R-POE-07", because: "", sources: [] }] });
    const after = a({ blockers: [{ code: "flagpoling", rule: "R-POE-08", because: "", sources: [] }] });
    expect(causesOf(before, after)).toEqual([
      { rule: "R-POE-08", code: "flagpoling", kind: "blocker", change: "added" },
      { rule: "R-POE-07", code: "pgwp", kind: "blocker", change: "removed" },
    ]);
  });
});
