/**
 * Migration 0003 moves the records of a data folder made before it (one unpartitioned table)
 * into the hash-partitioned table: the folder is built here with migrations 0000-0002 only, as an
 * older release left it, then opened with the store. Every record, re-check link and access-log
 * line is still there, the indexes the queries use exist on every partition. Migration 0004 and the
 * first open then seal every record (docs/adr/0036): its clear bytes are in no file any more, and a
 * delete destroys the record's key. And, for the clear store (PostgreSQL's), the erasure queue
 * outlives a crash between a delete and its scrub.
 */
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, expect, it } from "vitest";
import { DrizzleStore } from "../../src/store/drizzle-store.js";
import { pgliteOptions } from "../../src/store/durable-fs.js";
import { openStore, PGLITE_CONF, pgliteDir, recordKeysDir } from "../../src/store/open.js";
import { migrationsFolder } from "../../src/store/package-root.js";
import { freshDataDir } from "./helpers.js";

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

/** The migrations folder as it was before 0003: its files, and a journal that ends at 0002. */
async function migrationsBefore0003(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "poe-permit-migrations-"));
  cleanup.push(dir);
  await cp(migrationsFolder(), dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 2);
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

const ROWS = 300;
const MARKER = `OldFolderSecret${Date.now()}`;

it("a data folder made before partitioning opens with every record, sealed, and deletes still erase", async () => {
  const dataDir = await freshDataDir();
  cleanup.push(dataDir);
  const assessment = (i: number) => ({ contract: 1, poe: "yes", route: "apply-at-poe", n: i });
  const ids: string[] = [];
  {
    const client = await PGlite.create(pgliteOptions(pgliteDir(dataDir), "relaxed", PGLITE_CONF));
    try {
      await migrate(drizzle({ client }), { migrationsFolder: await migrationsBefore0003() });
      for (let i = 0; i < ROWS; i++) {
        const row = await client.query<{ id: string }>(
          `INSERT INTO assessments (id, tenant, created_at, client_ref, lang, rulebook, as_of, poe, route, profile, assessment)
           VALUES (gen_random_uuid(), $1, $2, $3, 'en', 'r1', '2025-09-15', 'yes', 'apply-at-poe', $4, $5) RETURNING id`,
          [
            i % 3 === 0 ? "firm-b" : "default",
            new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
            i === 7 ? MARKER : `old-${i}`,
            JSON.stringify({ citizenships: ["FR"], note: i === 7 ? MARKER : `n${i}` }),
            JSON.stringify(assessment(i)),
          ],
        );
        ids.push(row.rows[0]!.id);
      }
      // A re-check of record 1 (tenant "default") and of record 7, the one to be deleted.
      for (const parent of [1, 7])
        await client.query(
          `INSERT INTO assessments (id, tenant, created_at, client_ref, lang, rulebook, as_of, poe, route, profile, assessment, reassessment_of)
           SELECT gen_random_uuid(), tenant, created_at + interval '1 hour', client_ref, lang, rulebook, as_of, poe, route, profile, assessment, id
           FROM assessments WHERE id = $1`,
          [ids[parent]],
        );
      await client.query(
        `INSERT INTO access_log (at, tenant, key_id, action, record_id) VALUES (now(), 'default', 'k1', 'read', $1)`,
        [ids[1]],
      );
      const tables = await client.query<{ n: number }>(
        "SELECT count(*)::int n FROM pg_inherits WHERE inhparent = 'assessments'::regclass",
      );
      expect(tables.rows[0]!.n).toBe(0); // the old, unpartitioned table
    } finally {
      await client.close();
    }
  }

  // The old folder holds the client reference and the profile in the clear.
  expect(await filesContaining(dataDir, MARKER)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^pglite\/base\//)]),
  );
  const store = await openStore({ dataDir });
  try {
    // Sealed at open, and the clear copies scrubbed: in no file, the log included.
    expect(await filesContaining(dataDir, MARKER)).toEqual([]);
    const all = await store.list({ limit: 500 });
    const firmB = await store.list({ tenant: "firm-b", limit: 500 });
    expect(all.total + firmB.total).toBe(ROWS + 2);
    expect(firmB.total).toBe(ROWS / 3);
    const one = await store.get(ids[1]!);
    expect(one?.clientRef).toBe("old-1");
    expect(one?.assessment).toEqual(assessment(1));
    expect((await store.list({ reassessmentOf: ids[1]!, limit: 10 })).total).toBe(1);
    expect((await store.list({ clientRef: "old-4", limit: 10 })).items.map((r) => r.id)).toEqual([ids[4]]);
    expect((await store.accessLog("default", { limit: 10 })).map((l) => l.recordId)).toEqual([ids[1]]);
    // Keyset pagination still visits every record once, newest first.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list({ limit: 37, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(all.total);

    // The record to delete is still readable, by its sealed client reference too.
    expect((await store.get(ids[7]!))?.profile).toEqual({ citizenships: ["FR"], note: MARKER });
    const recheckOf7 = (await store.list({ reassessmentOf: ids[7]!, limit: 10 })).items[0]!.id;
    // (The re-check carries its record's client reference.)
    expect((await store.list({ clientRef: MARKER, limit: 10 })).items.map((r) => r.id).sort()).toEqual(
      [ids[7]!, recheckOf7].sort(),
    );
    const keyFiles = [ids[7]!, recheckOf7].map((id) => join(recordKeysDir(dataDir), id.slice(0, 2), id));
    const keyBytes = await Promise.all(keyFiles.map((f) => readFile(f)));
    // The deleted record and its re-check: unreadable at once, their keys gone with the delete.
    expect(await store.delete(ids[7]!)).toBe(true);
    expect(await store.get(ids[7]!)).toBeUndefined();
    expect(await store.get(recheckOf7)).toBeUndefined();
    expect((await store.list({ clientRef: MARKER, limit: 10 })).total).toBe(0);
    for (const f of keyFiles) expect(existsSync(f)).toBe(false);
    for (const bytes of keyBytes) expect(await filesContaining(dataDir, bytes)).toEqual([]);
    expect(await store.erasuresPending()).toBe(0);
    await store.erasuresSettled();
  } finally {
    await store.close();
  }

  const client = await PGlite.create(pgliteOptions(pgliteDir(dataDir), "relaxed", PGLITE_CONF));
  try {
    const partitions = await client.query<{ n: number }>(
      "SELECT count(*)::int n FROM pg_inherits WHERE inhparent = 'assessments'::regclass",
    );
    expect(partitions.rows[0]!.n).toBe(64);
    // Each partition has its own copy of the primary key and of the five indexes.
    const indexes = await client.query<{ partition: string; n: number }>(
      `SELECT c.relname partition, count(i.indexrelid)::int n
       FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid LEFT JOIN pg_index i ON i.indrelid = c.oid
       WHERE h.inhparent = 'assessments'::regclass GROUP BY c.relname`,
    );
    expect(indexes.rows.every((r) => r.n === 6)).toBe(true);
    const definitions = await client.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE tablename = 'assessments_p63'",
    );
    expect(definitions.rows.map((r) => r.indexdef.replace(/.* USING /, "")).sort()).toEqual([
      "btree (client_ref)",
      "btree (client_ref_tag)",
      "btree (created_at, id)",
      "btree (id)",
      "btree (reassessment_of)",
      "btree (tenant, created_at, id)",
    ]);
    // With so few rows the planner may sort instead; forbidding that shows the index is usable.
    await client.exec("SET enable_seqscan = off; SET enable_sort = off");
    const plan = await client.query<{ "QUERY PLAN": string }>(
      `EXPLAIN SELECT id FROM assessments WHERE tenant = 'default' ORDER BY created_at DESC, id DESC LIMIT 21`,
    );
    expect(plan.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain(
      "assessments_p00_tenant_created_at_id_idx",
    );
    expect((await client.query("SELECT * FROM erasure_queue")).rows).toEqual([]);
    expect(
      (await client.query("SELECT 1 FROM pg_class WHERE relname = 'assessments_unpartitioned'")).rows,
    ).toEqual([]);
  } finally {
    await client.close();
  }
}, 120_000);

it("a delete whose scrub never ran (the process died) is scrubbed at the next start", async () => {
  const dataDir = await freshDataDir();
  cleanup.push(dataDir);
  const marker = `CrashSecret${Date.now()}`;
  const open = async () => {
    const client = await PGlite.create(pgliteOptions(pgliteDir(dataDir), "durable", PGLITE_CONF));
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: migrationsFolder() });
    // A batch window no test waits out: the scrub never starts on its own.
    const store = new DrizzleStore(db, "pglite", () => client.close(), {
      scrubWal: true,
      eraseBatchMs: 3_600_000,
    });
    return { client, store };
  };
  const first = await open();
  const record = (ref: string) => ({
    clientRef: ref,
    lang: "en" as const,
    profile: { note: ref },
    assessment: {
      contract: 1,
      rulebook: "r1",
      asOf: "2025-09-15",
      poe: "yes",
      route: "apply-at-poe",
    } as never,
  });
  const secret = await first.store.save(record(marker));
  await first.store.save(record("kept"));
  expect(await first.store.delete(secret.id)).toBe(true);
  expect(await first.store.erasuresPending()).toBe(1);
  // As a killed process would: the database is left without the store's scrub or close.
  await first.client.close();
  expect(await filesContaining(dataDir, marker)).not.toEqual([]);

  const second = await open();
  try {
    await second.store.resumeErasures();
    expect(await second.store.erasuresPending()).toBeGreaterThan(0);
    await second.store.erasuresSettled();
    expect(await second.store.erasuresPending()).toBe(0);
    expect(await filesContaining(dataDir, marker)).toEqual([]);
    expect((await second.store.list({ limit: 10 })).items.map((r) => r.clientRef)).toEqual(["kept"]);
  } finally {
    await second.store.close();
  }
}, 60_000);

async function filesContaining(dataDir: string, marker: string | Buffer): Promise<string[]> {
  const needle = Buffer.from(marker);
  const hits: string[] = [];
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes?.includes(needle)) hits.push(relative(dataDir, path));
  }
  return hits;
}
