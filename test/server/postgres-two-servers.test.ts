/**
 * Two server processes on one PostgreSQL database, saving and rechecking at once, one killed with
 * SIGKILL mid-load: after a restart every write that was acknowledged (201) is there exactly once,
 * and paging through the list visits each record once. Needs TEST_DATABASE_URL (CI has it).
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freshDataDir, TEST_DATABASE_URL } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "two-servers-key";
const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
const servers: RunningServer[] = [];
const dirs: string[] = [];
let database = "";

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  if (database) await admin((c) => c.query(`drop database if exists "${database}" with (force)`));
});

describe.skipIf(!TEST_DATABASE_URL)("two servers on one PostgreSQL, one SIGKILLed", () => {
  it("every acknowledged write is present once; the list pages visit each record once", async () => {
    database = `t_two_${randomBytes(4).toString("hex")}`;
    await admin((c) => c.query(`create database "${database}"`));
    const url = new URL(TEST_DATABASE_URL ?? "");
    url.pathname = `/${database}`;
    const start = async () => {
      const dataDir = await freshDataDir();
      dirs.push(dataDir);
      const s = await startServer({
        POE_PERMIT_DATA_DIR: dataDir,
        POE_PERMIT_API_KEY: KEY,
        POE_PERMIT_LOG: "off",
        DATABASE_URL: url.toString(),
      });
      servers.push(s);
      return s;
    };
    const [one, two] = await Promise.all([start(), start()]);
    const targets = [one, two];
    const acked = new Set<string>();
    let killed = false;
    let stop = false;
    let rechecks = 0;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const target = targets[(w + i) % 2] as RunningServer;
        if (killed && target === two) continue;
        try {
          const res = await fetch(`${target.url}/api/v1/assessments`, {
            method: "POST",
            headers,
            body: JSON.stringify({
              clientRef: `w${w}-${i}`,
              profile: { citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-15" },
            }),
          });
          if (res.status === 201) acked.add(((await res.json()) as { id: string }).id);
        } catch {
          // the killed server's connections fail: those writes were never acknowledged
        }
      }
    };
    const rechecker = async () => {
      while (!stop) {
        for (const target of targets) {
          if (killed && target === two) continue;
          try {
            const res = await fetch(`${target.url}/api/v1/assessments/recheck`, {
              method: "POST",
              headers,
              body: "{}",
            });
            const last = (await res.text()).trim().split("\n").pop() ?? "";
            if (res.status === 200 && JSON.parse(last).done) rechecks++;
          } catch {
            // as above
          }
        }
      }
    };
    const load = [0, 1, 2, 3, 4, 5].map(writer).concat(rechecker());
    await new Promise((r) => setTimeout(r, 2_000));
    two.proc.kill("SIGKILL");
    killed = true;
    await two.exited;
    await new Promise((r) => setTimeout(r, 1_000));
    stop = true;
    await Promise.all(load);
    expect(acked.size).toBeGreaterThan(50);
    expect(rechecks).toBeGreaterThan(0);
    await one.stop();

    const after = await start();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (
        await fetch(`${after.url}/api/v1/assessments?limit=200${cursor ? `&cursor=${cursor}` : ""}`, {
          headers,
        })
      ).json()) as { items: { id: string }[]; nextCursor: string | null; total: number };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const unique = new Set(seen);
    expect(unique.size).toBe(seen.length); // no record twice
    const missing = [...acked].filter((id) => !unique.has(id));
    expect(missing).toEqual([]);
    console.log(
      `two-servers: ${acked.size} acknowledged writes, ${seen.length} stored, ${rechecks} rechecks, none lost`,
    );
  }, 180_000);
});
