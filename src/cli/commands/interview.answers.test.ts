/**
 * Acceptance: for every public scenario that is not an input error, `poe-permit interview --answers`
 * (the real command, built) reaches the same poe and route as `assess` on the full profile, and each
 * question it asks is in `missing` or `refine` of the answers given so far.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Field, Profile } from "../../contract/profile.js";
import { assess } from "../../engine/index.js";
import { FOLLOW_UPS } from "../../interview/plan.js";

const ROOT = join(import.meta.dirname, "../../..");
const DIR = join(ROOT, "test/fixtures/scenarios");
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(join(DIR, file), "utf8")) }))
  .filter((s) => !s.expect?.error) as { file: string; profile: Profile }[];
const tmp = mkdtempSync(join(tmpdir(), "interview-answers-"));

function run(
  args: string[],
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/poe-permit.js"), ...args], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    child.stdin.end(input ?? "");
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("poe-permit interview --answers --transcript, on every public scenario", () => {
  it("has scenarios to check", () => expect(scenarios.length).toBeGreaterThan(20));

  it.concurrent.each(scenarios)("$file", async ({ file, profile }) => {
    const path = join(tmp, file);
    writeFileSync(path, JSON.stringify(profile));
    const r = await run(["interview", "--answers", path, "--transcript"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const final = lines.pop();
    const full = assess(profile);
    if (!full.ok) throw new Error("scenario profile should be valid");
    expect({ poe: final.poe, route: final.route }).toEqual({
      poe: full.assessment.poe,
      route: full.assessment.route,
    });

    // Replay: before each question, the answers so far are the arrival plus the fields asked earlier.
    const sofar: Profile = profile.arrival ? { arrival: profile.arrival } : {};
    const asked: Field[] = lines.map((l) => l.ask);
    expect(lines.every((l) => Object.keys(l).join() === "ask")).toBe(true);
    // A follow-up (where you lived, after "I don't know" on a designated-country stay) is asked for
    // the field it helps settle, which must be open then.
    let previous: Field | undefined;
    for (const field of asked) {
      const a = assess(sofar);
      if (!a.ok) throw new Error("answers so far should be valid");
      const open = [...a.assessment.missing, ...a.assessment.refine];
      const followUp =
        previous !== undefined && profile[previous] === undefined && FOLLOW_UPS[previous] === field;
      expect(open, `asked ${field}`).toContain(followUp ? previous : field);
      if (profile[field] !== undefined) (sofar as Record<string, unknown>)[field] = profile[field];
      previous = field;
    }
    // Each field is asked at most once, and the transcript ends with missing empty when the full profile settles.
    expect(new Set(asked).size).toBe(asked.length);
    if (full.assessment.missing.length === 0) expect(final.missing).toEqual([]);
  });

  it("refuses a bad answers file with exit status 2, listing the problems", async () => {
    const path = join(tmp, "bad.json");
    writeFileSync(path, JSON.stringify({ citizenships: ["ZQ"], age: -1 }));
    const r = await run(["interview", "--answers", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("citizenships[0]");
    expect(r.stderr).toContain("age");
  });

  it("prints the readable result and saves the answers and the checklist", async () => {
    const path = join(tmp, "005.json");
    writeFileSync(path, JSON.stringify(scenarios.find((s) => s.file.startsWith("005"))!.profile));
    const md = join(tmp, "005.md");
    const saved = join(tmp, "005-answers.json");
    const r = await run(["interview", "--answers", path, "--save-checklist", md, "--save-answers", saved]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("What would change the answer:");
    expect(r.stdout).toContain("Wait until the positive LMIA is issued");
    expect(readFileSync(md, "utf8")).toMatch(/^# Work permit at the border: checklist/);
    expect(JSON.parse(readFileSync(saved, "utf8")).lmiaIssued).toBe(false);
  });

  it("adds whatWouldChange to `assess --json` only when poe is no, and to its text", async () => {
    const path = join(tmp, "005-assess.json");
    writeFileSync(path, JSON.stringify(scenarios.find((s) => s.file.startsWith("005"))!.profile));
    const json = JSON.parse((await run(["assess", "--json", path])).stdout);
    expect(json.whatWouldChange[0].changes[0].field).toBe("lmiaIssued");
    const text = (await run(["assess", "--lang", "fr", path])).stdout;
    expect(text).toContain("Ce qui changerait la réponse");
    const yes = join(tmp, "001-assess.json");
    writeFileSync(yes, JSON.stringify(scenarios.find((s) => s.file.startsWith("001"))!.profile));
    expect(JSON.parse((await run(["assess", "--json", yes])).stdout)).not.toHaveProperty("whatWouldChange");
  });

  it("without a terminal, reads one answer per line: back (<), I don't know (?), country names", async () => {
    const input = ["2", "no", "<", "yes", "yes", "?", "France", "no"].join("\n");
    const r = await run(["interview", "--arrival", "2025-09-15", "--transcript"], input);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, 7).map((l) => l.ask)).toEqual([
      "permit",
      "letterOfIntroduction",
      "jobOffer",
      "letterOfIntroduction",
      "jobOffer",
      "complianceFeePaid",
      "citizenships",
    ]);
    expect(lines.at(-1).route).toBe("letter-of-introduction");
    expect(r.stderr).toContain("Not a terminal");
    expect(r.stderr).toContain("Why we ask: it can decide");
    expect(r.stderr).toContain("Input ended before the interview finished");
  });
});
