/**
 * `POST /api/v1/assessments/recheck` through a real server: the tenant's saved records are
 * re-assessed, the records whose answer changes are streamed as JSON Lines with what changed and
 * why, the last line counts them; filters and tenants hold; `save: true` keeps the re-checks.
 * On the embedded store, and on PostgreSQL when TEST_DATABASE_URL is set (CI).
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/server/keys.js";
import { freshDatabase, freshDataDir, TEST_DATABASE_URL } from "../store/helpers.js";
import { type RunningServer, startServer } from "./server-process.js";

const KEY = "recheck-initial-key";
const pgwp = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../fixtures/scenarios/008-fr-pgwp-new-arrival-2025.json", import.meta.url)),
    "utf8",
  ),
).profile as Record<string, unknown>;

let server: RunningServer;
const call = (key: string, path: string, body?: unknown, method = "POST") =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const lines = async (res: Response) =>
  (await res.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const STORES = ["embedded", ...(TEST_DATABASE_URL ? ["PostgreSQL"] : [])] as const;

describe.each(STORES)("%s store", (store) => {
  let dataDir = "";
  let otherKey = "";
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    otherKey = (await createKey(dataDir, { name: "Other firm", tenant: "firm-b" })).key;
    if (store === "PostgreSQL") database = await freshDatabase("recheck");
    server = await startServer({
      POE_PERMIT_DATA_DIR: dataDir,
      POE_PERMIT_API_KEY: KEY,
      POE_PERMIT_LOG: "off",
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    // A PGWP asked before the change of 2024-06-21 (apply at the border then), and two others.
    for (const [clientRef, profile] of [
      ["pgwp-before", { ...pgwp, arrival: "2024-06-01" }],
      ["pgwp-after", { ...pgwp, arrival: "2024-07-01" }],
      ["other", { citizenships: ["US"], permit: "lmia-exempt", arrival: "2025-09-15" }],
    ] as const)
      expect((await call(KEY, "/api/v1/assessments", { profile, clientRef })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  it("with the saved arrivals, nothing changed: only the count line", async () => {
    const res = await call(KEY, "/api/v1/assessments/recheck", {});
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    expect(await lines(res)).toEqual([{ done: true, checked: 3, changed: 0, failed: 0 }]);
  });

  it("at a later arrival, the PGWP asked before the change is reported with the rule that made the difference", async () => {
    const got = await lines(await call(KEY, "/api/v1/assessments/recheck", { arrival: "2024-07-01" }));
    const changed = got.filter((l) => !("done" in l));
    // pgwp-after was saved at this very arrival: the same answer, so not reported.
    expect(changed.map((l) => l.clientRef)).toContain("pgwp-before");
    expect(changed.map((l) => l.clientRef)).not.toContain("pgwp-after");
    const line = changed.find((l) => l.clientRef === "pgwp-before") as {
      before: { route: string };
      after: { route: string };
      changes: { field: string }[];
      why: { explanations: unknown[] };
    };
    expect(line.before.route).not.toBe(line.after.route);
    expect(line.changes.map((c) => c.field)).toContain("route");
    expect(line.why.explanations.length).toBeGreaterThan(0);
    expect(got[got.length - 1]).toEqual({ done: true, checked: 3, changed: changed.length, failed: 0 });
  });

  it("filters, `all`, `save`, and other tenants", async () => {
    const filtered = await lines(
      await call(KEY, "/api/v1/assessments/recheck", {
        arrival: "2024-07-01",
        clientRef: "other",
        all: true,
      }),
    );
    expect(filtered.map((l) => l.clientRef ?? "done")).toEqual(["other", "done"]);
    const saved = await lines(
      await call(KEY, "/api/v1/assessments/recheck", { arrival: "2024-07-01", save: true }),
    );
    const id = (saved[0] as { saved: string }).saved;
    expect((await call(KEY, `/api/v1/assessments/${id}`, undefined, "GET")).status).toBe(200);
    expect(
      await lines(await call(otherKey, "/api/v1/assessments/recheck", { arrival: "2024-07-01" })),
    ).toEqual([{ done: true, checked: 0, changed: 0, failed: 0 }]);
    // Each run is in the caller's access log (it read the records), saved or not; ids only.
    const log = (await (await call(KEY, "/api/v1/access-log", undefined, "GET")).json()) as {
      items: { keyId: string; action: string; recordId: string | null }[];
    };
    const runs = log.items.filter((l) => l.action === "recheck" && l.recordId === null);
    expect(runs.length).toBe(4);
    expect(new Set(runs.map((l) => l.keyId))).toEqual(new Set(["initial"]));
    expect(log.items.some((l) => l.action === "recheck" && l.recordId === id)).toBe(true);
    const otherLog = (await (await call(otherKey, "/api/v1/access-log", undefined, "GET")).json()) as {
      items: { action: string }[];
    };
    expect(otherLog.items.filter((l) => l.action === "recheck")).toHaveLength(1);
    const bad = await call(KEY, "/api/v1/assessments/recheck", { arrival: "2026-02-30", bogus: 1 });
    expect(bad.status).toBe(400);
  });
});
