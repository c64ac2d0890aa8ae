/**
 * `poe-permit records recheck` against the embedded store: the changed records as JSON Lines and
 * the count line; refused with exit code 75 while another process holds the data folder. On
 * PostgreSQL (TEST_DATABASE_URL), beside a running server on the same database.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { assess } from "../../src/engine/index.js";
import { lockFileOf } from "../../src/store/lock.js";
import { openStore } from "../../src/store/open.js";
import { startServer } from "../server/server-process.js";
import { freshDatabase, freshDataDir, TEST_DATABASE_URL } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const pgwp = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../fixtures/scenarios/008-fr-pgwp-new-arrival-2025.json", import.meta.url)),
    "utf8",
  ),
).profile as Record<string, unknown>;

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

it("prints the records whose answer changed, then the count; refused while the folder is held", async () => {
  const dataDir = await freshDataDir();
  dirs.push(dataDir);
  const store = await openStore({ dataDir });
  for (const [clientRef, arrival] of [
    ["before", "2024-06-01"],
    ["after", "2024-07-01"],
  ] as const) {
    const profile = { ...pgwp, arrival };
    const result = assess(profile, { lang: "en", now: new Date() });
    if (!result.ok) throw new Error("fixture refused");
    await store.save({ clientRef, lang: "en", profile, assessment: result.assessment });
  }
  await store.close();
  const run = await cli(["records", "recheck", "--arrival", "2024-07-01", "--data-dir", dataDir]);
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { clientRef?: string; done?: true });
  expect(lines.filter((l) => !l.done).map((l) => l.clientRef)).toEqual(["before"]);
  expect(lines[lines.length - 1]).toEqual({ done: true, checked: 2, changed: 1, failed: 0 });

  // On a terminal, stderr shows the progress bar (script(1) gives the command one).
  if (existsSync("/usr/bin/script")) {
    const tty = await new Promise<string>((resolve, reject) => {
      const command = `${process.execPath} --import tsx src/cli/main.ts records recheck --all --arrival 2024-07-01 --data-dir ${dataDir} 2>&1 >/dev/null`;
      const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: ROOT });
      let out = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
      child.on("error", reject);
      child.on("close", () => resolve(out));
    });
    expect(tty).toMatch(/\r\[#{30}\] 2\/2 re-checked, 1 changed/);
  }

  await writeFile(lockFileOf(dataDir), `1 ${hostname()}\n`); // "held" by a live process (PID 1)
  const refused = await cli(["records", "recheck", "--data-dir", dataDir]);
  expect(refused.status).toBe(75);
  expect(refused.stderr).toMatch(/in use by another poe-permit process/);
  await rm(lockFileOf(dataDir));
}, 120_000);

describe.skipIf(!TEST_DATABASE_URL)("records recheck on PostgreSQL", () => {
  it("runs beside a server on the same database, with --database-url", async () => {
    const database = await freshDatabase("records_cli");
    const dataDir = await freshDataDir();
    dirs.push(dataDir);
    const server = await startServer({
      POE_PERMIT_DATA_DIR: dataDir,
      POE_PERMIT_API_KEY: "records-cli-key",
      POE_PERMIT_LOG: "off",
      DATABASE_URL: database.url,
    });
    try {
      for (const [clientRef, arrival] of [
        ["before", "2024-06-01"],
        ["after", "2024-07-01"],
      ] as const) {
        const res = await fetch(`${server.url}/api/v1/assessments`, {
          method: "POST",
          headers: { authorization: "Bearer records-cli-key", "content-type": "application/json" },
          body: JSON.stringify({ clientRef, profile: { ...pgwp, arrival } }),
        });
        expect(res.status).toBe(201);
      }
      const run = await cli([
        "records",
        "recheck",
        "--arrival",
        "2024-07-01",
        "--save",
        "--database-url",
        database.url,
        "--data-dir",
        dataDir,
      ]);
      expect(run.status, run.stderr).toBe(0);
      const lines = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { clientRef?: string; saved?: string; done?: true });
      expect(lines.filter((l) => !l.done).map((l) => l.clientRef)).toEqual(["before"]);
      expect(lines[lines.length - 1]).toEqual({ done: true, checked: 2, changed: 1, failed: 0 });
      // The saved re-check is the server's to serve: the same database.
      const saved = lines[0]?.saved ?? "";
      const read = await fetch(`${server.url}/api/v1/assessments/${saved}`, {
        headers: { authorization: "Bearer records-cli-key" },
      });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { reassessmentOf: string | null }).reassessmentOf).not.toBeNull();
    } finally {
      await server.stop();
      await database.drop();
    }
  }, 120_000);
});
