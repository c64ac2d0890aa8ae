import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HeaderError } from "../../batch/columns.js";
import { UsageError } from "../../batch/io.js";
import { runRosterCommand } from "./roster-command.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-roster-command-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Stands in for standard error, keeping what the command says there. */
function stderrSpy() {
  const lines: string[] = [];
  return { lines, write: (s: string) => lines.push(s) > 0 };
}

describe("runRosterCommand", () => {
  it("writes the -o file in full before the body goes on, and returns the body's status", async () => {
    const path = join(dir, "out.csv");
    const stderr = stderrSpy();
    let afterFinish: string | undefined;
    const status = await runRosterCommand(
      "batch",
      { input: "-", output: path },
      async (output) => {
        expect(output.isStdout).toBe(false);
        expect(output.open()).toBe(output.open()); // one file, however often asked for
        output.open().write("id,poe\n");
        output.open().write("a,yes\n");
        await output.finish();
        afterFinish = await readFile(path, "utf8");
        return 2;
      },
      stderr,
    );
    expect(status).toBe(2);
    expect(afterFinish).toBe("id,poe\na,yes\n");
    expect(stderr.lines).toEqual([]);
  });

  it("writes to standard output without -o, and leaves it open", async () => {
    const status = await runRosterCommand("rescreen", { input: "-", output: undefined }, async (output) => {
      expect(output.isStdout).toBe(true);
      expect(output.open()).toBe(process.stdout);
      await output.finish();
      expect(process.stdout.writableEnded).toBe(false);
      return 0;
    });
    expect(status).toBe(0);
  });

  it.each([
    ["a usage error", new UsageError('--workers "x": expected a whole number or "auto"')],
    ["a bad CSV header", new HeaderError(['unknown column "nationality"'])],
  ])("ends with status 2 and the message on %s, creating no output file", async (_, error) => {
    const path = join(dir, `refused-${error.name}.csv`);
    const stderr = stderrSpy();
    const status = await runRosterCommand(
      "batch",
      { input: "-", output: path },
      async () => {
        throw error;
      },
      stderr,
    );
    expect(status).toBe(2);
    expect(stderr.lines).toEqual([`poe-permit batch: ${error.message}\n`]);
    expect(existsSync(path)).toBe(false);
  });

  it("ends with status 1 and the stack on anything else, destroying the half-written file", async () => {
    const stderr = stderrSpy();
    let file: Writable | undefined;
    const status = await runRosterCommand(
      "rescreen",
      { input: "-", output: join(dir, "half.csv") },
      async (output) => {
        file = output.open();
        file.write("id,poe\n");
        throw new Error("engine exploded");
      },
      stderr,
    );
    expect(status).toBe(1);
    expect(stderr.lines).toHaveLength(1);
    expect(stderr.lines[0]).toMatch(/^poe-permit rescreen: internal fault: Error: engine exploded\n {4}at /);
    expect(file?.destroyed).toBe(true);
    expect(existsSync(join(dir, "half.csv"))).toBe(false);
  });

  it("leaves the previous output file untouched when the run fails", async () => {
    const path = join(dir, "previous.csv");
    await writeFile(path, "id,poe\nold,yes\n");
    const status = await runRosterCommand(
      "batch",
      { input: "-", output: path },
      async (output) => {
        output.open().write("id,poe\nnew,");
        throw new UsageError("stopped");
      },
      stderrSpy(),
    );
    expect(status).toBe(2);
    expect(await readFile(path, "utf8")).toBe("id,poe\nold,yes\n");
    expect((await readdir(dir)).filter((f) => f.endsWith(".part"))).toEqual([]);
  });
});
