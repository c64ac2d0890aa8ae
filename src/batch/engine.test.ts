/**
 * The batch run with the real engine, in process and on worker threads (which load the engine
 * themselves): same rows, same order, same summary.
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/index.js";
import { runBatch } from "./run.js";
import { sink } from "./testing/streams.js";

const HEADER =
  "id,arrival,citizenships,travelMode,arrivingFrom,inCanadaWithStatus,permit,jobOffer,lmiaIssued,qualificationsProof,age,letterOfIntroduction,usPermanentResident,passportKinds";
const ROWS = [
  // A French PGWP new arrival after 2024-06-21: no, apply online first (R-POE-07).
  "pgwp-fr,2025-08-18,FR,air,FR,no,pgwp,,,,34,no,no,none",
  // An Indian national needs a visa: no.
  "lmia-in,2025-08-18,IN,air,IN,no,lmia,yes,yes,yes,29,no,no,none",
  // Citizenship only: unknown, and the engine says what is missing.
  "partial-mx,2025-08-18,MX,,,,,,,,,,,",
  // Bad rows: unknown country, negative age, unreadable boolean, a date before coverage.
  "bad-country,2025-08-18,XX,air,FR,no,pgwp,,,,34,no,no,none",
  "bad-age,2025-08-18,FR,air,FR,no,pgwp,,,,-4,no,no,none",
  "bad-bool,2025-08-18,FR,air,FR,maybe,pgwp,,,,34,no,no,none",
  "too-early,2019-01-01,FR,air,FR,no,pgwp,,,,34,no,no,none",
];

async function run(rows: string[], workers: number) {
  const out = sink();
  const summary = await runBatch({
    input: Readable.from([`${HEADER}\n${rows.join("\n")}\n`]),
    inputFormat: "csv",
    output: out,
    format: "csv",
    lang: "en",
    assess,
    workers,
    batchSize: 7,
  });
  return { summary, text: out.text() };
}

describe("batch with the real engine", () => {
  it("gives the right rows, error rows and summary", async () => {
    const { summary, text } = await run(ROWS, 0);
    const rows = parse(text, { columns: true }) as Record<string, string>[] as Array<
      Record<
        "id" | "status" | "poe" | "route" | "blockers" | "rules" | "documents" | "missing" | "errors",
        string
      >
    >;
    expect(rows.map((r) => [r.id, r.status, r.poe, r.route, r.blockers])).toEqual([
      ["pgwp-fr", "ok", "no", "apply-online-first", "pgwp"],
      ["lmia-in", "ok", "no", expect.any(String), expect.stringContaining("visa-required")],
      ["partial-mx", "ok", "unknown", "unknown", ""],
      ["bad-country", "error", "", "", ""],
      ["bad-age", "error", "", "", ""],
      ["bad-bool", "error", "", "", ""],
      ["too-early", "error", "", "", ""],
    ]);
    expect(rows[0]!.rules.split(";")).toContain("R-POE-07");
    expect(rows[0]!.documents.split(";")).toContain("passport");
    expect(rows[2]!.missing).not.toBe("");
    expect(rows[3]!.errors).toMatch(/^citizenships\[0\]: /);
    expect(rows[4]!.errors).toMatch(/^age: /);
    expect(rows[5]!.errors).toBe('inCanadaWithStatus: expected true/false, yes/no or 1/0, got "maybe"');
    expect(rows[6]!.errors).toMatch(/^arrival: /);
    expect(summary).toMatchObject({ rows: 7, ok: 3, errors: 4, poe: { no: 2, unknown: 1 } });
  });

  it("keeps input order and output identical on two worker threads", async () => {
    const many = Array.from({ length: 60 }, (_, i) => ROWS[i % ROWS.length]!.replace(/^[^,]+/, `r${i}`));
    const [threaded, local] = [await run(many, 2), await run(many, 0)];
    expect(threaded.summary.workers).toBe(2);
    expect(threaded.text).toBe(local.text);
    const ids = (parse(threaded.text, { columns: true }) as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual(many.map((_, i) => `r${i}`));
  });
});
