import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

const cli = runCli;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-cli-roster-input-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
const byId = (rows: Record<string, string>[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
/** The result columns that depend on the dates read. */
const outcome = (r: Record<string, string> | undefined) =>
  r && {
    status: r.status,
    poe: r.poe,
    route: r.route,
    blockers: r.blockers,
    advisories: r.advisories,
    missing: r.missing,
  };

describe("--date-format: day-first and month-first dates, as spreadsheets write them", () => {
  // 6 July 2024 is after PGWPs ended at the border (21 June 2024); 7 June 2024 is before.
  const ROSTER =
    "id,citizenships,permit,arrival,publicHealthJob,medicalExamDate\n" +
    "iso-jul,FR,pgwp,2024-07-06,yes,2024-05-01\n" +
    "iso-jun,FR,pgwp,2024-06-07,yes,2024-05-01\n" +
    "slash,FR,pgwp,06/07/2024,yes,01/05/2024\n" +
    "dot,FR,pgwp,06.07.2024,yes,01.05.2024\n" +
    "dash,FR,pgwp,06-07-2024,yes,01-05-2024\n" +
    "iso-kept,FR,pgwp,2024-07-06,yes,2024-05-01\n";

  it("dmy reads 06/07/2024, 06.07.2024 and 06-07-2024 as 6 July 2024 (and ISO as written)", async () => {
    const r = await cli(["batch", await file("dmy.csv", ROSTER), "--date-format", "dmy", "--no-progress"]);
    expect(r.stderr).not.toMatch(/unknown option/);
    expect(r.code).toBe(0);
    const rows = byId(rowsOf(r.stdout));
    for (const id of ["slash", "dot", "dash", "iso-kept"])
      expect(outcome(rows[id])).toEqual(outcome(rows["iso-jul"]));
    expect(rows.slash!.blockers).toContain("pgwp");
    // The carried cells stay as the roster wrote them.
    expect(rows.slash!.arrival).toBe("06/07/2024");
  });

  it("mdy reads the same cells as 7 June 2024 (and 5 January)", async () => {
    const r = await cli(["batch", await file("mdy.csv", ROSTER), "--date-format", "mdy", "--no-progress"]);
    expect(r.code).toBe(0);
    const rows = byId(rowsOf(r.stdout));
    for (const id of ["slash", "dot", "dash"]) expect(outcome(rows[id])).toEqual(outcome(rows["iso-jun"]));
    expect(rows.slash!.blockers).not.toContain("pgwp");
  });

  it("rescreen reads them too", async () => {
    const roster = await file(
      "rescreen.csv",
      "id,citizenships,permit,medicalExamDate,publicHealthJob\nw1,FR,pgwp,31/12/2023,yes\n",
    );
    const r = await cli([
      "rescreen",
      roster,
      "--from",
      "2024-06-01",
      "--to",
      "2024-07-01",
      "--date-format",
      "dmy",
      "--format",
      "csv",
    ]);
    expect(r.stderr).not.toMatch(/could not be assessed|unknown option/);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout).map((x) => x.id)).toEqual(["w1"]);
  });

  it.each([
    // [form, cell, what the error row says]
    [
      "iso",
      "03/04/2024",
      /"03\/04\/2024" is ambiguous: day first or month first\? .*--date-format dmy or mdy/,
    ],
    ["iso", "31/12/2023", /"31\/12\/2023" is not written YYYY-MM-DD: .*--date-format dmy/],
    ["iso", "2024-02-30", /"2024-02-30" is not a real date/],
    ["dmy", "31/12/23", /"31\/12\/23" has a two-digit year, which is ambiguous/],
    ["dmy", "31/02/2024", /"31\/02\/2024" is not a real date \(read day first, DD\/MM\/YYYY\)/],
    ["mdy", "31/12/2023", /"31\/12\/2023" is not a real date \(read month first.*--date-format dmy/],
    ["dmy", "last spring", /"last spring" is not a date: write YYYY-MM-DD or day first/],
  ])("--date-format %s: %s is an error for its row, naming the cell", async (form, cell, message) => {
    const roster = await file(
      `bad-${form}-${cell.replace(/\W/g, "")}.csv`,
      `id,citizenships,permit,medicalExamDate\nbad,FR,pgwp,${cell}\ngood,FR,pgwp,2024-01-10\n`,
    );
    const r = await cli(["batch", roster, "--date-format", form, "--as-of", "2024-07-01", "--no-progress"]);
    expect(r.code).toBe(2);
    const rows = byId(rowsOf(r.stdout));
    expect(rows.bad!.status).toBe("error");
    expect(rows.bad!.errors).toMatch(/^medicalExamDate: /);
    expect(rows.bad!.errors).toMatch(message);
    expect(rows.good!.status).toBe("ok");
  });

  it("the errors are in French with --lang fr, with French typography", async () => {
    const roster = await file("fr.csv", "id,citizenships,permit,arrival\nw1,FR,pgwp,03/04/2024\n");
    const r = await cli(["batch", roster, "--lang", "fr", "--no-progress"]);
    // The summary too: a no-break space before the colon, the nouns agreeing with the counts.
    expect(r.stderr).toMatch(/^1 ligne\u00a0: 0 évaluée, 1 en erreur/);
    expect(rowsOf(r.stdout)[0]!.errors).toBe(
      "arrival: «\u00a003/04/2024\u00a0» est ambiguë\u00a0: jour ou mois en premier\u00a0? Précisez-le avec --date-format dmy ou mdy",
    );
  });

  it("refuses a form it does not know (exit 2), and --help names the forms", async () => {
    const roster = await file("any.csv", "id,permit\nw1,pgwp\n");
    const bad = await cli(["batch", roster, "--date-format", "ymd"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date-format.*Allowed choices are iso, dmy, mdy/);
    for (const command of ["batch", "rescreen"]) {
      const help = await cli([command, "--help"]);
      expect(help.stdout).toMatch(/--date-format <form>[\s\S]*dmy = day first[\s\S]*mdy = month first/);
    }
  });
});

describe("batch reads the JSON that assess reads and the interview saves", () => {
  const A = { id: "a", citizenships: ["FR"], permit: "pgwp", arrival: "2025-03-01" };
  const B = { id: "b", citizenships: ["IN"], permit: "lmia-exempt", arrival: "2025-03-01" };
  const jsonl = async () => {
    const r = await cli(["batch", await file("same.jsonl", `${JSON.stringify(A)}\n${JSON.stringify(B)}\n`)]);
    return r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  };
  const results = (rows: Record<string, unknown>[]) => rows.map(({ line: _line, ...rest }) => rest);

  it("a JSON array of profiles: one row per element, each with the line it starts on", async () => {
    const text = `[\n  ${JSON.stringify(A, null, 2).replaceAll("\n", "\n  ")},\n  ${JSON.stringify(B)}\n]\n`;
    const r = await cli(["batch", await file("roster.json", text), "--no-progress"]);
    expect(r.stderr).toMatch(/^2 rows: 2 assessed, 0 with errors/);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => [x.id, x.line])).toEqual([
      ["a", 2],
      ["b", 10], // "[" on line 1, A's 8 lines, then B
    ]);
    expect(results(rows)).toEqual(results(await jsonl()));
  });

  it("a single pretty-printed profile, as `interview --save-answers` writes it", async () => {
    const { id: _id, ...profile } = A;
    const saved = await file("answers.json", `${JSON.stringify(profile, null, 2)}\n`);
    const r = await cli(["batch", saved, "--format", "csv", "--no-progress"]);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: "1", line: "1", status: "ok", poe: "no", blockers: "pgwp" });
  });

  it("several pretty-printed profiles one after the other, and a bad element is an error row", async () => {
    const text = `${JSON.stringify(A, null, 2)}\n${JSON.stringify({ ...B, age: "old" }, null, 2)}\n`;
    const r = await cli(["batch", await file("several.json", text), "--no-progress"]);
    expect(r.code).toBe(2);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => [x.id, x.line, x.status])).toEqual([
      ["a", 1, "ok"],
      ["b", 9, "error"],
    ]);
    expect(String(rows[1]!.errors)).toMatch(/^age: /);
  });

  it("an array cut short says so on its last line; an empty array is no input", async () => {
    const cut = await cli([
      "batch",
      await file("cut.json", `[\n${JSON.stringify(A)},\n${JSON.stringify(B)}\n`),
    ]);
    const rows = cut.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => x.status)).toEqual(["ok", "ok", "error"]);
    expect(String(rows[2]!.errors)).toMatch(/not valid JSON/);
    const empty = await cli(["batch", await file("empty.json", "[ ]\n")]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no input/);
  });

  it("rescreen reads an array too", async () => {
    const text = JSON.stringify([{ id: "g", citizenships: ["FR"], permit: "pgwp" }], null, 2);
    const r = await cli([
      "rescreen",
      await file("rescreen.json", text),
      "--from",
      "2024-06-01",
      "--to",
      "2024-07-01",
      "--format",
      "jsonl",
    ]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(["g"]);
  });
});
