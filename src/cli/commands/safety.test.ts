/**
 * Issue 15, "never lose or corrupt data" and "the command line's manners", through the real CLI:
 * spawned processes, real files, real pipes.
 */
import { execFile } from "node:child_process";
import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MAIN as MAIN, type Run, runCli } from "../testing/run-cli.js";

const cli = runCli;

/** A shell pipeline, so the reader really closes the pipe early. */
function shell(command: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      "bash",
      ["-c", `set -o pipefail; ${command}`],
      { env: { ...process.env, NO_COLOR: "1", CLI: `${process.execPath} --import tsx ${MAIN}` } },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const ROSTER = "id,citizenships,permit\nw-1,FR,pgwp\nw-2,IN,lmia-exempt\n";
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-cli-safety-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("-o never destroys the roster", () => {
  it.each(["same path", "symbolic link", "hard link"])(
    "refuses -o onto the input (%s), exit 2",
    async (how) => {
      const sub = join(dir, how.replace(/ /g, "-"));
      await mkdir(sub);
      const roster = join(sub, "roster.csv");
      await writeFile(roster, ROSTER);
      const out = {
        "same path": roster,
        "symbolic link": join(sub, "alias.csv"),
        "hard link": join(sub, "hard.csv"),
      }[how]!;
      if (how === "symbolic link") await symlink(roster, out);
      if (how === "hard link") await link(roster, out);
      for (const command of [["batch"], ["rescreen", "--from", "2025-01-01", "--to", "2025-06-01"]]) {
        const r = await cli([...command, roster, "-o", out]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is the input file .*destroy/);
        expect(await readFile(roster, "utf8")).toBe(ROSTER);
      }
    },
  );

  it("writes through a temporary file: a failed run leaves the old output as it was, and no stray file", async () => {
    const sub = join(dir, "atomic");
    await mkdir(sub);
    await writeFile(join(sub, "bad.csv"), "id,permit,permit\nw-1,pgwp,pgwp\n");
    await writeFile(join(sub, "out.csv"), "previous result\n");
    const r = await cli(["batch", join(sub, "bad.csv"), "-o", join(sub, "out.csv")]);
    expect(r.code).toBe(2);
    expect(await readFile(join(sub, "out.csv"), "utf8")).toBe("previous result\n");
    expect((await readdir(sub)).sort()).toEqual(["bad.csv", "out.csv"]);
  });
});

describe("encodings", () => {
  const latin1 = Buffer.from("id,citizenships,permit\nw-1,FR,pgwp\nJos\xe9,FR,pgwp\n", "latin1");

  it("stops on bytes that are not UTF-8, naming the line and the way out, exit 2", async () => {
    await writeFile(join(dir, "latin1.csv"), latin1);
    const r = await cli(["batch", join(dir, "latin1.csv"), "-o", join(dir, "latin1-out.csv")]);
    expect(r.stderr).toMatch(/line 3 is not valid UTF-8/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3 is not valid UTF-8.*--encoding windows-1252/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await writeFile(
      join(dir, "latin1.jsonl"),
      Buffer.from('{"citizenships":["FR"]}\n{"x":"\xe9"}\n', "latin1"),
    );
    const lines = await cli(["batch", join(dir, "latin1.jsonl")]);
    expect(lines.stderr).toMatch(/^poe-permit batch: line 2 is not valid UTF-8/m);
    expect(lines.code).toBe(2);
  });

  it.each(["latin1", "windows-1252"])("reads it with --encoding %s", async (encoding) => {
    await writeFile(join(dir, "latin1.csv"), latin1);
    const r = await cli(["batch", join(dir, "latin1.csv"), "--encoding", encoding, "--format", "csv"]);
    const rows = parse(r.stdout, { columns: true }) as { id: string }[];
    expect(rows.map((x) => x.id)).toEqual(["w-1", "José"]);
  });

  it("reads UTF-16 LE with a byte order mark without being told, and with --encoding utf16le", async () => {
    const text = "id,citizenships,permit\r\nZoë,FR,pgwp\r\n";
    await writeFile(
      join(dir, "u16.csv"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    await writeFile(join(dir, "u16-nobom.csv"), Buffer.from(text, "utf16le"));
    const auto = await cli(["batch", join(dir, "u16.csv")]);
    const told = await cli(["batch", join(dir, "u16-nobom.csv"), "--encoding", "utf16le"]);
    for (const r of [auto, told]) {
      expect((parse(r.stdout, { columns: true }) as { id: string }[]).map((x) => x.id)).toEqual(["Zoë"]);
    }
  });
});

describe("spreadsheet rows", () => {
  it("skips blank rows (,,, as Excel writes them) and counts them apart", async () => {
    await writeFile(join(dir, "blank.csv"), `${ROSTER},,\n , ,\n,,\n`);
    const r = await cli(["batch", join(dir, "blank.csv")]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout, { columns: true })).toHaveLength(2);
    expect(r.stderr).toMatch(/^2 rows: 2 assessed, 0 with errors/);
    expect(r.stderr).toMatch(/3 blank rows skipped/);
  });

  it("neutralises cells a spreadsheet would run (CSV injection), and reads them back unchanged", async () => {
    await writeFile(
      join(dir, "inject.csv"),
      'id,citizenships,permit\n"=HYPERLINK(""http://x"")",FR,pgwp\n+1,FR,pgwp\n@SUM(A1),FR,pgwp\n-2,FR,pgwp\n',
    );
    const r = await cli(["batch", join(dir, "inject.csv"), "--as-of", "2025-01-15"]);
    const ids = (parse(r.stdout, { columns: true }) as { id: string }[]).map((x) => x.id);
    expect(ids).toEqual([`'=HYPERLINK("http://x")`, "'+1", "'@SUM(A1)", "'-2"]);
    const changes = await cli([
      "rescreen",
      join(dir, "inject.csv"),
      "--from",
      "2024-06-01",
      "--to",
      "2025-01-15",
      "--format",
      "csv",
    ]);
    const rows = parse(changes.stdout, { columns: true }) as { id: string; changes: string }[];
    expect(rows[0]).toMatchObject({ id: `'=HYPERLINK("http://x")`, changes: "'+pgwp" });
  });
});

describe("text for people carries no terminal escape", () => {
  it("escapes control characters in assess errors and batch header errors", async () => {
    const a = await cli(["assess"], '{"x\\u001b]0;pwned\\u0007":1}');
    expect(a.code).toBe(2);
    expect(a.stderr).not.toContain("\u001b");
    expect(a.stderr).not.toContain("\u0007");
    expect(a.stderr).toContain("x\\x1b]0;pwned\\x07");
    await writeFile(join(dir, "esc.csv"), "id,\u001b[2Jcitizenships\nw-1,FR\n");
    const b = await cli(["batch", join(dir, "esc.csv")]);
    expect(b.code).toBe(0);
    expect(b.stderr).not.toContain("\u001b");
    expect(b.stderr).toContain("\\x1b[2J");
  });
});

describe("manners", () => {
  it.each([
    ["batch", `$CLI batch ${"ROSTER"} | head -1`],
    ["rescreen", `$CLI rescreen ${"ROSTER"} --from 2024-06-01 --to 2025-01-15 --format csv | head -1`],
    ["assess (JSON Lines)", `$CLI assess ${"LINES"} | head -1`],
  ])("%s | head -1 stops quietly", async (_, command) => {
    const big = join(dir, "big.csv");
    await writeFile(big, `id,citizenships,permit\n${"w,FR,pgwp\n".repeat(5000)}`);
    const lines = join(dir, "big.jsonl");
    await writeFile(lines, '{"citizenships":["FR"],"permit":"pgwp"}\n'.repeat(3000));
    const r = await shell(command.replace("ROSTER", big).replace("LINES", lines));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toHaveLength(2);
  });

  it.each([
    [["batch", "--bogus", "x.csv"], /unknown option/],
    [["nope"], /unknown command/],
    [["batch"], /missing required argument/],
    [["batch", "x.csv", "--format", "xml"], /Allowed choices/],
    [["assess", "--lang", "de"], /Allowed choices/],
    [["rules", "--as-of", "soon"], /--as-of/],
  ])("exit 2 for a usage error: %j", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("says clearly why an input file cannot be read, exit 2, no stack", async () => {
    for (const command of ["assess", "batch"]) {
      const missing = await cli([command, join(dir, "missing.csv")]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/cannot read ".*missing\.csv": there is no such file/);
      const folder = await cli([command, dir, ...(command === "batch" ? ["--input-format", "csv"] : [])]);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toMatch(/it is a folder, not a file/);
      expect(missing.stderr + folder.stderr).not.toMatch(/\n\s+at |internal/);
    }
  });

  it("prints the program's and the rulebook's versions", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^poe-permit \d+\.\d+\.\d+\nrulebook \S+\n$/);
  });

  it("says 'no input' and 'no header row' for empty input, exit 2", async () => {
    await writeFile(join(dir, "empty.csv"), "");
    await writeFile(join(dir, "empty.jsonl"), "\n\n");
    const assess = await cli(["assess"], "  \n");
    const csv = await cli(["batch", join(dir, "empty.csv")]);
    const jsonl = await cli(["batch", join(dir, "empty.jsonl")]);
    expect([assess.code, csv.code, jsonl.code]).toEqual([2, 2, 2]);
    expect(assess.stderr).toMatch(/no input/);
    expect(csv.stderr).toMatch(/no header row/);
    expect(jsonl.stderr).toMatch(/no input/);
  });

  it("words validation errors plainly, in English and French, and suggests the nearest field", async () => {
    const input = '{"age":"x","jobOffer":null,"citizenshps":["FR"]}';
    const en = await cli(["assess"], input);
    expect(en.stderr).toMatch(/age: expected a whole number from 0 to 130, got "x"/);
    expect(en.stderr).toMatch(/jobOffer: .*leave the field out/);
    expect(en.stderr).toMatch(/Did you mean "citizenships"\?/);
    expect(en.stderr).not.toMatch(/expected int|expected boolean/);
    const fr = await cli(["assess", "--lang", "fr"], input);
    expect(fr.stderr).toMatch(/Le profil comporte des erreurs\u00a0:/);
    expect(fr.stderr).toMatch(/age\u00a0: un nombre entier de 0 à 130 attendu/);
    expect(fr.stderr).toMatch(/omettez le champ/);
    expect(fr.stderr).toMatch(/Vouliez-vous dire «\u00a0citizenships\u00a0»\u00a0\?/);
  });

  it("heads each JSON Lines result with its line number in text mode; a bad line's errors go to stderr", async () => {
    const r = await cli(["assess"], '{"citizenships":["FR"]}\n\n{"age":-1}\n{"citizenships":["IN"]}\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^── line 1 ──\n/);
    expect(r.stdout).toMatch(/\n── line 4 ──\n/);
    expect(r.stdout).not.toMatch(/line 3/);
    expect(r.stderr).toMatch(/\(line 3\):\n {2}- age: /);
  });
});

describe("rules", () => {
  it("refuses --as-of before the rulebook's coverage, as assess does, exit 2", async () => {
    const r = await cli(["rules", "--as-of", "1990-01-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/before the rulebook's coverage/);
    expect(r.stdout).toBe("");
  });

  it("writes every instant in one form (Eastern Time with its offset), and its words in French", async () => {
    const r = await cli(["rules", "--lang", "fr"]);
    const instants = [...r.stdout.matchAll(/(?:depuis le|jusqu'au) (\d\S+)/g)].map((m) => m[1]!);
    expect(instants.length).toBeGreaterThan(3);
    for (const t of instants) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
    expect(r.stdout).not.toMatch(/→ (blocker|advisory):/);
    expect(r.stdout).toMatch(/→ obstacle\u00a0: /);
    expect(r.stdout).toMatch(/En vigueur\u00a0: /);
  });
});

describe("a roster as a spreadsheet exports it", () => {
  const EXPORT =
    '\uFEFFid;Name;citizenships;Citizenship;permit;notes\r\nw-1;José;FR;x;pgwp;"a;b"\r\nw-2;Zoë;"IN;FR";;lmia-exempt;ok\r\n;;;;;\r\n;;;;;\r\n';

  it("goes through batch with ';' detected, extra columns kept in place, one warning, blank rows skipped", async () => {
    await writeFile(join(dir, "export.csv"), EXPORT);
    const out = join(dir, "export-out.csv");
    const r = await cli(["batch", join(dir, "export.csv"), "-o", out, "--as-of", "2025-01-15"]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/not read/g)).toHaveLength(1);
    expect(r.stderr).toMatch(
      /3 columns not read, carried through.*"Name", "Citizenship" \(did you mean "citizenships"\?\), "notes"/,
    );
    expect(r.stderr).toMatch(/2 blank rows skipped/);
    const rows = parse(await readFile(out, "utf8"), { columns: true, delimiter: ";" }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual([
      "id",
      "Name",
      "citizenships",
      "Citizenship",
      "permit",
      "notes",
      "line",
    ]);
    expect(rows.map((x) => [x.id, x.Name, x.notes, x.status])).toEqual([
      ["w-1", "José", "a;b", "ok"],
      ["w-2", "Zoë", "ok", "ok"],
    ]);
    // rescreen reads batch's output: no roster needed beside it.
    const again = await cli([
      "rescreen",
      out,
      "--from",
      "2024-06-01",
      "--to",
      "2025-01-15",
      "--format",
      "jsonl",
    ]);
    expect(again.code).toBe(0);
    expect(
      again.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["w-1"]);
    const dropped = await cli(["batch", join(dir, "export.csv"), "--drop-extra", "--delimiter", ";"]);
    expect(dropped.stdout.split("\r\n")[0] ?? dropped.stdout.split("\n")[0]).toMatch(
      /^id;citizenships;permit;line;/,
    );
    expect(dropped.stderr).toMatch(/left out of the output \(--drop-extra\)/);
  });

  it("caps --workers at the cores, with a note", async () => {
    const r = await cli(["batch", join(dir, "export.csv"), "--workers", "999"]);
    expect(r.stderr).toMatch(/--workers 999: this machine has \d+ cores; using \d+/);
  });
});

describe("batch explanations", () => {
  it("start with the settled verdict, not 'Not settled yet', when only the route is open", async () => {
    await writeFile(join(dir, "pgwp.csv"), "id,citizenships,permit\nw-1,FR,pgwp\n");
    const r = await cli(["batch", join(dir, "pgwp.csv"), "--as-of", "2025-01-15"]);
    const [row] = parse(r.stdout, { columns: true }) as { poe: string; route: string; explanation: string }[];
    expect([row!.poe, row!.route]).toEqual(["no", "unknown"]);
    expect(row!.explanation).toMatch(/^No: you cannot apply for this work permit at the port of entry\. /);
    expect(row!.explanation).not.toMatch(/Not settled yet/);
  });
});

describe("the command line's words in French, and text typed by the user", () => {
  it("names a missing file, a folder and a refused option value in French", async () => {
    const missing = await cli(["batch", join(dir, "absent.csv"), "--lang", "fr"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /impossible de lire «\u00a0.*absent\.csv\u00a0»\u00a0: ce fichier n'existe pas/,
    );
    const folder = await cli(["batch", dir, "--input-format", "csv", "--lang", "fr"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/c'est un dossier, pas un fichier/);
    const asOf = await cli(["rules", "--as-of", "2026-02-30", "--lang", "fr"]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toMatch(/--as-of «\u00a02026-02-30\u00a0»\u00a0: /);
    expect(asOf.stderr).not.toMatch(/"2026-02-30"/);
  });

  it("the French batch summary agrees with one row", async () => {
    await writeFile(join(dir, "one.csv"), "id,citizenships,permit\nw-1,FR,pgwp\n");
    const r = await cli(["batch", join(dir, "one.csv"), "--lang", "fr", "-o", join(dir, "one-out.csv")]);
    expect(r.stderr).toMatch(/^1 ligne\u00a0: 1 évaluée, 0 en erreur/);
  });

  it("keys create and keys list escape control characters in the name they echo", async () => {
    const data = join(dir, "keys-data");
    const created = await cli(["keys", "create", "--name", "a\u001b[31mb", "--data-dir", data]);
    expect(created.code).toBe(0);
    const [sentence, key] = created.stdout.trimEnd().split("\n");
    expect(sentence).toContain('"a\\x1b[31mb"');
    expect(sentence).not.toContain("\u001b");
    expect(key).toMatch(/^\S+$/);
    const listed = await cli(["keys", "list", "--data-dir", data]);
    expect(listed.stdout).not.toContain("\u001b");
    expect(listed.stdout).toMatch(/\tactive\ta\\x1b\[31mb\n/);
  });
});
