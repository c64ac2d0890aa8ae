import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../src/contract/assessment.js";
import { decodeCursor, encodeCursor } from "../../src/store/drizzle-store.js";
import { pgliteOptions } from "../../src/store/durable-fs.js";
import { openStore, PGLITE_CONF, pgliteDir, recordKeysDir } from "../../src/store/open.js";
import { unseal } from "../../src/store/sealing.js";
import {
  type AssessmentStore,
  InvalidCursorError,
  type NewSavedAssessment,
  UnknownRecordError,
} from "../../src/store/types.js";
import { dropSchema, freshDataDir, TEST_DATABASE_URL, uniqueSchema } from "./helpers.js";

function fakeAssessment(poe: "yes" | "no" | "unknown", route: Assessment["route"], marker = "x"): Assessment {
  return {
    contract: 1,
    rulebook: "2026-11-28.1",
    asOf: "2025-09-15T04:00:00.000Z",
    verifiedThrough: "2026-02-12",
    poe,
    route,
    blockers: [],
    documents: [{ code: "passport", text: `Votre passeport — é ç à ${marker}` }],
    advisories: [
      { code: "officer-decides", text: "L'agent décide.", sources: ["https://example.org"], rule: "r1" },
    ],
    missing: [],
    refine: [],
  };
}

function record(
  clientRef: string | null,
  poe: "yes" | "no" | "unknown" = "yes",
  marker = "x",
): NewSavedAssessment {
  return {
    clientRef,
    lang: "fr",
    profile: { citizenships: ["FR"], permit: "lmia-exempt", portOfEntry: marker },
    assessment: fakeAssessment(poe, poe === "yes" ? "apply-at-poe" : "unknown", marker),
  };
}

interface Engine {
  name: string;
  open(): Promise<AssessmentStore>;
  cleanup(): Promise<void>;
  dataDir?: string;
}

const engines: Engine[] = [];
{
  let dataDir = "";
  const embedded: Engine = {
    name: "embedded (PGlite)",
    async open() {
      if (!dataDir) dataDir = await freshDataDir();
      embedded.dataDir = dataDir;
      return openStore({ dataDir });
    },
    async cleanup() {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  engines.push(embedded);
}
if (TEST_DATABASE_URL) {
  const url = TEST_DATABASE_URL;
  const schema = uniqueSchema();
  engines.push({
    name: "PostgreSQL",
    open: () => openStore({ databaseUrl: url, dataDir: "unused", pgSchema: schema }),
    cleanup: () => dropSchema(url, schema),
  });
} else {
  describe.skip("PostgreSQL store (set TEST_DATABASE_URL to run)", () => {
    it("runs the same suite against a real server", () => {});
  });
}

describe.each(engines)("store on $name", (engine) => {
  let store: AssessmentStore;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store?.close();
    await engine.cleanup();
  });

  it("saves and reads back a record exactly, accents and key order included", async () => {
    const input = record("case-1");
    const saved = await store.save(input, new Date("2026-01-02T03:04:05.678Z"));
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.createdAt).toBe("2026-01-02T03:04:05.678Z");
    const got = await store.get(saved.id);
    expect(got).toEqual(saved);
    expect(JSON.stringify(got?.assessment)).toBe(JSON.stringify(input.assessment));
    expect(got?.rulebook).toBe("2026-11-28.1");
    expect(got?.poe).toBe("yes");
    expect(got?.route).toBe("apply-at-poe");
  });

  it("returns undefined for an unknown or malformed id", async () => {
    expect(await store.get("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(await store.get("not-a-uuid")).toBeUndefined();
    expect(await store.delete("not-a-uuid")).toBe(false);
  });

  it("migrations are idempotent: reopening the same database keeps the data", async () => {
    const saved = await store.save(record("reopen"));
    await store.close();
    store = await engine.open();
    expect((await store.get(saved.id))?.clientRef).toBe("reopen");
  });

  it("lists newest first with filters and keyset pagination that visits every record once", async () => {
    const base = Date.parse("2030-01-01T00:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Two records share each timestamp to exercise the id tie-break.
      const at = new Date(base + Math.floor(i / 2) * 1000);
      ids.push((await store.save(record("paged", i % 3 === 0 ? "no" : "yes"), at)).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.list({ clientRef: "paged", limit: 3, cursor });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    expect(new Set(seen)).toEqual(new Set(ids));
    const all = await store.list({ clientRef: "paged", limit: 200 });
    const times = all.items.map((r) => r.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const no = await store.list({ clientRef: "paged", poe: "no", limit: 50 });
    expect(no.total).toBe(3);
    expect(no.items.every((r) => r.poe === "no")).toBe(true);
    const routed = await store.list({ clientRef: "paged", route: "apply-at-poe", limit: 50 });
    expect(routed.total).toBe(4);

    const window = await store.list({
      clientRef: "paged",
      from: new Date(base + 1000),
      to: new Date(base + 3000),
      limit: 50,
    });
    expect(window.total).toBe(4); // seconds 1 and 2, two records each
    expect(
      window.items.every((r) => r.createdAt >= "2030-01-01T00:00:01" && r.createdAt < "2030-01-01T00:00:03"),
    ).toBe(true);
    expect((await store.list({ clientRef: "nobody", limit: 5 })).items).toEqual([]);
  });

  it("rejects a cursor it did not issue", async () => {
    await expect(store.list({ limit: 5, cursor: "garbage" })).rejects.toBeInstanceOf(InvalidCursorError);
    const c = encodeCursor(new Date("2030-01-01T00:00:00Z"), "00000000-0000-4000-8000-000000000000");
    expect(decodeCursor(c).id).toBe("00000000-0000-4000-8000-000000000000");
  });

  it("delete removes the record, and says so only once", async () => {
    const saved = await store.save(record("to-delete"));
    expect(await store.delete(saved.id)).toBe(true);
    expect(await store.get(saved.id)).toBeUndefined();
    expect(await store.delete(saved.id)).toBe(false);
    expect((await store.list({ clientRef: "to-delete", limit: 5 })).total).toBe(0);
  });

  it("a re-check is linked to its record, listed by that link, and deleted with it", async () => {
    const original = await store.save(record("linked"));
    expect(original.reassessmentOf).toBeNull();
    const recheck = await store.save({ ...record("linked", "no"), reassessmentOf: original.id });
    const recheck2 = await store.save({ ...record("linked"), reassessmentOf: recheck.id });
    expect(recheck.reassessmentOf).toBe(original.id);
    expect(await store.get(recheck.id)).toEqual(recheck);
    const linked = await store.list({ reassessmentOf: original.id, limit: 10 });
    expect(linked.items.map((r) => r.id)).toEqual([recheck.id]);
    expect(linked.items[0]?.reassessmentOf).toBe(original.id);
    expect((await store.list({ reassessmentOf: "not-a-uuid", limit: 10 })).total).toBe(0);
    const other = await store.save(record("linked-other"));

    expect(await store.delete(original.id)).toBe(true);
    expect(await store.get(recheck.id)).toBeUndefined();
    expect(await store.get(recheck2.id)).toBeUndefined(); // a re-check of a re-check goes too
    expect((await store.list({ clientRef: "linked", limit: 10 })).total).toBe(0);
    expect(await store.get(other.id)).toEqual(other);

    // Deleting a re-check leaves the record it re-checked.
    const again = await store.save({ ...record("linked-other"), reassessmentOf: other.id });
    expect(await store.delete(again.id)).toBe(true);
    expect(await store.get(other.id)).toEqual(other);
  });

  it("a re-check of a record that does not exist is refused", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(store.save({ ...record("orphan"), reassessmentOf: missing })).rejects.toBeInstanceOf(
      UnknownRecordError,
    );
    expect((await store.list({ clientRef: "orphan", limit: 5 })).total).toBe(0);
  });

  it("exports every record, oldest first", async () => {
    const listed = await store.list({ limit: 200 });
    const exported = [];
    for await (const r of store.exportAll()) exported.push(r);
    expect(exported.length).toBe(listed.total);
    expect(exported.map((r) => r.id).sort()).toEqual(listed.items.map((r) => r.id).sort());
    const times = exported.map((r) => r.createdAt);
    expect([...times].sort()).toEqual(times);
    expect(exported.every((r) => r.profile && r.assessment)).toBe(true);
  });

  it("a tenant's records are invisible to every other tenant; the access log is per tenant", async () => {
    const a = await store.save({ ...record("tenant-a"), tenant: "firm-a" });
    const b = await store.save({ ...record("tenant-b"), tenant: "firm-b" });
    expect(await store.get(a.id, "firm-b")).toBeUndefined();
    expect((await store.get(a.id, "firm-a"))?.clientRef).toBe("tenant-a");
    expect((await store.list({ tenant: "firm-b", limit: 200 })).items.map((i) => i.id)).toEqual([b.id]);
    const exported: string[] = [];
    for await (const r of store.exportAll("firm-a")) exported.push(r.id);
    expect(exported).toEqual([a.id]);
    expect(await store.delete(a.id, "firm-b")).toBe(false);
    expect(await store.get(a.id, "firm-a")).toBeDefined();
    await store.logAccess({ tenant: "firm-a", keyId: "ka", action: "read", recordId: a.id });
    await store.logAccess({ tenant: "firm-b", keyId: "kb", action: "list", recordId: null });
    const logA = await store.accessLog("firm-a", { limit: 10 });
    expect(logA.map((l) => [l.keyId, l.action, l.recordId])).toEqual([["ka", "read", a.id]]);
    expect(await store.accessLog("firm-a", { after: logA[0]?.seq ?? 0, limit: 10 })).toEqual([]);
  });

  it("answers ping", async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it("keeps concurrent writes", async () => {
    const saved = await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.save(record(`burst-${i % 4}`))),
    );
    expect(new Set(saved.map((s) => s.id)).size).toBe(40);
    expect((await store.list({ clientRef: "burst-1", limit: 200 })).total).toBe(10);
  });
});

describe("embedded engine: delete really removes the personal data from the data folder", () => {
  it("a record is sealed in every file; after delete its key is gone and its data unreadable", async () => {
    const dataDir = await freshDataDir();
    const store = await openStore({ dataDir });
    const marker = `MARKER${Date.now()}Zq`;
    try {
      const keep = await store.save(record("keep", "yes", "KEEPME"));
      const saved = await store.save(record(`ref-${marker}`, "yes", marker));
      const recheck = await store.save({ ...record("secret", "no", marker), reassessmentOf: saved.id });
      await store.close();
      // Sealed: neither the profile, the assessment nor the client reference is in any file.
      expect(await filesContaining(dataDir, marker)).toEqual([]);
      expect(await filesContaining(dataDir, "KEEPME")).toEqual([]);
      // The control: the sealed rows in the database's files open with the key files.
      const keyFile = (id: string) => join(recordKeysDir(dataDir), id.slice(0, 2), id);
      const keys = await Promise.all([saved.id, recheck.id].map((id) => readFile(keyFile(id))));
      const raw = await PGlite.create(pgliteOptions(pgliteDir(dataDir), "relaxed", PGLITE_CONF));
      try {
        const rows = await raw.query<{ id: string; sealed_record: string; sealed_client_ref: string }>(
          "SELECT id, sealed_record, sealed_client_ref FROM assessments WHERE id = $1",
          [saved.id],
        );
        expect(unseal(keys[0]!, saved.id, rows.rows[0]!.sealed_record)).toContain(marker);
        expect(unseal(keys[0]!, saved.id, rows.rows[0]!.sealed_client_ref)).toBe(`ref-${marker}`);
      } finally {
        await raw.close();
      }
      const reopened = await openStore({ dataDir });
      expect((await reopened.list({ clientRef: `ref-${marker}`, limit: 5 })).items.map((r) => r.id)).toEqual([
        saved.id,
      ]);
      expect(await reopened.delete(saved.id)).toBe(true);
      // Unreadable at once, the re-check with it: both keys are gone, and their bytes from every file.
      expect(await reopened.get(saved.id)).toBeUndefined();
      expect(await reopened.get(recheck.id)).toBeUndefined();
      expect((await reopened.list({ clientRef: `ref-${marker}`, limit: 5 })).total).toBe(0);
      expect(await reopened.erasuresPending()).toBe(0);
      for (const id of [saved.id, recheck.id]) expect(existsSync(keyFile(id))).toBe(false);
      for (const key of keys) expect(await filesContaining(dataDir, key)).toEqual([]);
      expect((await reopened.get(keep.id))?.clientRef).toBe("keep");
      await reopened.close();
      expect(await filesContaining(dataDir, marker)).toEqual([]);
      // The data folder still opens, with the kept record.
      const last = await openStore({ dataDir });
      expect((await last.get(keep.id))?.profile).toEqual(record("keep", "yes", "KEEPME").profile);
      await last.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("a key file without its row (a crash between a delete and its key's removal) is removed at open", async () => {
    const dataDir = await freshDataDir();
    try {
      const store = await openStore({ dataDir });
      const kept = await store.save(record("kept"));
      await store.close();
      const orphan = "0123abcd-0000-4000-8000-000000000000";
      const orphanFile = join(recordKeysDir(dataDir), orphan.slice(0, 2), orphan);
      await mkdir(join(recordKeysDir(dataDir), orphan.slice(0, 2)), { recursive: true });
      await writeFile(orphanFile, Buffer.alloc(32, 7));
      const again = await openStore({ dataDir });
      expect(existsSync(orphanFile)).toBe(false);
      expect((await again.get(kept.id))?.clientRef).toBe("kept");
      await again.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("a sealed row whose key is gone is an error, never an empty answer", async () => {
    const dataDir = await freshDataDir();
    try {
      const store = await openStore({ dataDir });
      const saved = await store.save(record("lost"));
      await store.close();
      await rm(join(recordKeysDir(dataDir), saved.id.slice(0, 2), saved.id));
      // The sweep at open removes keys without rows, never rows without keys.
      const again = await openStore({ dataDir });
      await expect(again.get(saved.id)).rejects.toThrow(/key of saved record .* is missing/);
      await expect(again.list({ limit: 5 })).rejects.toThrow(/is missing/);
      await again.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** The files (relative to the data folder) whose raw bytes contain the marker: every file, the write-ahead log included. */
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
