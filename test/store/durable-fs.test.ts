/**
 * The embedded engine's durability settings (src/store/durable-fs.ts): `durable` runs PostgreSQL
 * with fsync on and each commit reaches the disk through a real fsync; `relaxed` is PGlite's own
 * fsync-off mode. Both keep every new file private to the owner.
 */
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { fsyncCount, parseDurability, pgliteOptions } from "../../src/store/durable-fs.js";
import { PGLITE_CONF, pgliteDir } from "../../src/store/open.js";
import { makePrivate } from "../../src/store/private-files.js";
import { freshDataDir } from "./helpers.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

it.each(["durable", "relaxed"] as const)(
  "%s: fsync setting, fsyncs per commit, private new files",
  async (mode) => {
    const dataDir = await freshDataDir();
    dirs.push(dataDir);
    const dir = pgliteDir(dataDir);
    await makePrivate(dir); // as openStore does: the copied template's files are PGlite's mode 666
    const db = await PGlite.create(pgliteOptions(dir, mode, PGLITE_CONF));
    try {
      expect((await db.query<{ fsync: string }>("show fsync")).rows[0]?.fsync).toBe(
        mode === "durable" ? "on" : "off",
      );
      await db.exec("create table t (v text)");
      const before = fsyncCount.value;
      for (let i = 0; i < 5; i++) await db.query("insert into t values ($1)", [`row ${i}`]);
      const syncs = fsyncCount.value - before;
      if (mode === "durable") expect(syncs).toBeGreaterThanOrEqual(5);
      else expect(syncs).toBe(0);
      await db.exec("checkpoint");
    } finally {
      await db.close();
    }
    // Every file, those PGlite made in this run (the new table, WAL segments) included, is private.
    const open: string[] = [];
    for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const s = await stat(join(e.parentPath, e.name));
      if (s.mode & 0o077) open.push(`${e.name} ${(s.mode & 0o777).toString(8)}`);
    }
    expect(open).toEqual([]);
  },
);

it("POE_PERMIT_DURABILITY: durable by default, relaxed on request, anything else refused", () => {
  expect(parseDurability(undefined)).toBe("durable");
  expect(parseDurability("")).toBe("durable");
  expect(parseDurability("relaxed")).toBe("relaxed");
  expect(() => parseDurability("off")).toThrow(/durable or relaxed/);
});
