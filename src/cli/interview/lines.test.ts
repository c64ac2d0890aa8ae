/**
 * The interview without a terminal, through the real command (spawned from the sources with tsx):
 * answers piped in, one per line.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { easternToday } from "../../rulebook/time.js";

const ROOT = join(import.meta.dirname, "../../..");
const tmp = mkdtempSync(join(tmpdir(), "interview-lines-"));

function run(
  args: string[],
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    child.stdin.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("poe-permit interview with piped answers", () => {
  it("stops at the end of input: no further question printed, and nothing unasked reported as I don't know", async () => {
    // LMIA-exempt permit, no Letter of Introduction, then the input ends.
    const r = await run(["interview", "--arrival", "2025-09-15"], "2\nno\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Do you already hold a port-of-entry Letter of Introduction");
    expect(r.stdout).toContain("Input ended before the interview finished");
    // The next question (the job offer) is not printed, neither before nor after the end.
    expect(r.stdout).not.toContain("Do you have the job offer from your employer?\n  The written offer");
    expect(r.stdout).toContain("Your assessment");
    expect(r.stdout).not.toContain('Still uncertain (you answered "I don\'t know")');
    expect(r.stdout).toMatch(
      /Not asked \(the input ended first\):\n {2}- Do you have the job offer from your employer\?/,
    );
    expect(r.stderr).toBe("");
  });

  it("asks the arrival date first, an empty line being today in Eastern Time", async () => {
    const r = await run(["interview", "--transcript"], "\n1\n");
    const asks = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(asks.slice(0, 2)).toEqual([{ ask: "arrival" }, { ask: "permit" }]);
    expect(asks.at(-1).asOf.slice(0, 10)).toBe(easternToday());
    expect(r.stderr).toContain(`When will you arrive at the Canadian border?`);
    expect(r.stderr).toContain(`Leave empty for today in Eastern Time: ${easternToday()}`);
  });

  it("switches language with :fr, and the result follows", async () => {
    const r = await run(["interview", "--arrival", "2025-09-15"], ":fr\n6\n");
    expect(r.stdout).toContain("Which work permit are you asking for?");
    expect(r.stdout).toContain("Quel permis de travail demandez-vous\u00a0?");
    expect(r.stdout).toContain("Votre évaluation");
  });

  it("says in one sentence that a --save-answers file cannot be written, and exits with status 2", async () => {
    const r = await run(["interview", "--arrival", "2025-09-15", "--save-answers", tmp], "6\n");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`Cannot write this file: ${tmp} (EISDIR)`);
  });
});
