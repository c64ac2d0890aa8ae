import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

const cli = runCli;

const COMMON =
  "passportKinds,usPermanentResident,age,usNonimmigrantVisa,canadianVisaPast10Years,maintainedStatus,truckDriverCrossBorder,cbsaAppointment,letterOfIntroduction,stayMonths,recentResidence,designatedCountryStay,publicHealthJob,medicalExamDate,biometricsWithin10Years";
const COMMON_VALUES = "none,no,34,no,no,no,no,no,no,12,none,no,no,none,yes";
const HEADER = `id,citizenships,countryOfResidence,travelMode,arrivingFrom,inCanadaWithStatus,portOfEntry,permit,jobOffer,qualificationsProof,jobProvince,jobDays,jobUnpaid,offerOfEmploymentNumber,complianceFeePaid,lmiaExemptionCode,${COMMON}`;
const ROSTER = [
  HEADER,
  `pgwp-fr,FR,FR,air,FR,no,YUL,pgwp,,,,,,,,,${COMMON_VALUES}`,
  `flag-de,DE,CA,land,US,yes,Lacolle,lmia-exempt,yes,yes,ON,365,no,A1234567,yes,C10,${COMMON_VALUES}`,
  `fta-cl,CL,CA,land,US,yes,Lacolle,lmia-exempt,yes,yes,ON,365,no,A1234567,yes,F22,${COMMON_VALUES}`,
  `bad-xx,XX,FR,air,FR,no,YUL,pgwp,,,,,,,,,${COMMON_VALUES}`,
].join("\n");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-cli-batch-"));
  await writeFile(join(dir, "roster.csv"), `${ROSTER}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("poe-permit batch (CLI)", () => {
  it("screens a CSV file into a CSV file, with a summary on stderr and exit 2 for the error row", async () => {
    const out = join(dir, "out.csv");
    const r = await cli(["batch", join(dir, "roster.csv"), "-o", out, "--as-of", "2025-01-15"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^4 rows: 3 assessed, 1 with errors/);
    expect(r.stderr).toMatch(/poe: (no 2, yes 1|yes 1, no 2)/);
    const rows = parse(await readFile(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x.id, x.status, x.poe, x.route])).toEqual([
      ["pgwp-fr", "ok", "no", "apply-online-first"],
      ["flag-de", "ok", "no", "apply-from-inside-canada"],
      ["fta-cl", "ok", "yes", "apply-at-poe"],
      ["bad-xx", "error", "", ""],
    ]);
  });

  it("writes JSON Lines to stdout in French, and exits 0 when every row is assessed", async () => {
    await writeFile(join(dir, "good.csv"), `${ROSTER.split("\n").slice(0, 3).join("\n")}\n`);
    const r = await cli([
      "batch",
      join(dir, "good.csv"),
      "--format",
      "jsonl",
      "--lang",
      "fr",
      "--as-of",
      "2024-06-01",
    ]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.id, x.poe])).toEqual([
      ["pgwp-fr", "yes"],
      ["flag-de", "yes"],
    ]);
    expect(rows[0].explanation).toMatch(/^Présentez la demande à votre arrivée/);
    expect(r.stderr).toMatch(/^2 lignes\u00a0: 2 évaluées, 0 en erreur/);
  });

  it("stops before running on a bad header, a bad --as-of or a missing file (exit 2)", async () => {
    await writeFile(join(dir, "bad-header.csv"), "id,permit,permit\n1,pgwp,pgwp\n");
    const [header, asOf, missing] = await Promise.all([
      cli(["batch", join(dir, "bad-header.csv")]),
      cli(["batch", join(dir, "roster.csv"), "--as-of", "1999-01-01"]),
      cli(["batch", join(dir, "nope.csv")]),
    ]);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/column "permit" appears more than once/);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toMatch(/--as-of "1999-01-01": /);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv.*there is no such file/);
  });
});

describe("poe-permit rescreen (CLI)", () => {
  it("lists the workers whose answer changed, why, and a summary", async () => {
    const r = await cli(["rescreen", join(dir, "roster.csv"), "--from", "2024-06-01", "--to", "2025-01-15"]);
    expect(r.code).toBe(2); // the bad-xx row could not be assessed
    expect(r.stdout).toMatch(
      /^line 2 {2}pgwp-fr: poe yes → no, route apply-at-poe → apply-online-first\n {4}R-POE-07 /,
    );
    expect(r.stdout).toMatch(
      /\nline 3 {2}flag-de: poe yes → no, route apply-at-poe → apply-from-inside-canada\n {4}R-POE-08 /,
    );
    expect(r.stdout).not.toMatch(/fta-cl/);
    expect(r.stdout).toMatch(/\n2 of your 3 workers changed between 2024-06-01 and 2025-01-15 because:\n/);
    expect(r.stdout).toMatch(/1 row\(s\) could not be assessed:\n {2}line 5 \(bad-xx\)/);
  });

  it("requires --from and --to", async () => {
    const r = await cli(["rescreen", join(dir, "roster.csv"), "--from", "2024-06-01"]);
    expect(r.code).toBe(2); // a usage error (issue 15: exit codes as documented)
    expect(r.stderr).toMatch(/required option '--to <date>' not specified/);
  });
});
