import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KEY_BYTES, RecordKeys, sealedMark } from "./record-keys.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function folder(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "poe-permit-keys-"));
  dirs.push(d);
  return join(d, "record-keys");
}

describe.each(["durable", "relaxed"] as const)("RecordKeys (%s)", (durability) => {
  it("makes a private key file per record, reads it back, and destroys it", async () => {
    const keys = new RecordKeys(await folder(), durability);
    const id = randomUUID();
    const key = await keys.create(id);
    expect(key.length).toBe(KEY_BYTES);
    const file = join(keys.dir, id.slice(0, 2), id);
    expect(await readFile(file)).toEqual(key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(keys.dir, id.slice(0, 2)))).mode & 0o777).toBe(0o700);
    // A fresh instance (no cache) reads the same key.
    expect(await new RecordKeys(keys.dir, durability).get(id)).toEqual(key);
    expect(await keys.ids()).toEqual([id]);
    await keys.destroy([id]);
    expect(existsSync(file)).toBe(false);
    expect(await keys.get(id)).toBeUndefined(); // not served from the cache after destroy
    await keys.destroy([id]); // destroying again is harmless
    expect(await keys.ids()).toEqual([]);
  });

  it("never overwrites a key, refuses what is not a record id, and says a damaged key is damaged", async () => {
    const keys = new RecordKeys(await folder(), durability);
    const id = randomUUID();
    await keys.create(id);
    await expect(keys.create(id)).rejects.toThrow(/EEXIST/);
    await expect(keys.get("../lookup.key")).rejects.toThrow(/not a record id/);
    const other = randomUUID();
    await keys.create(other);
    await writeFile(join(keys.dir, other.slice(0, 2), other), "short");
    await expect(new RecordKeys(keys.dir, durability).get(other)).rejects.toThrow(/damaged/);
  });

  it("keeps one lookup key for the folder", async () => {
    const dir = await folder();
    const first = await new RecordKeys(dir, durability).lookupKey();
    expect(first.length).toBe(KEY_BYTES);
    expect(await new RecordKeys(dir, durability).lookupKey()).toEqual(first);
    expect(await new RecordKeys(dir, durability).ids()).toEqual([]); // not a record's key
  });

  it("marks a folder as sealed once", async () => {
    const dir = await folder();
    await new RecordKeys(dir, durability).lookupKey(); // makes the folder
    const mark = sealedMark(dir, durability);
    expect(await mark.done()).toBe(false);
    await mark.set();
    await mark.set();
    expect(await mark.done()).toBe(true);
  });
});

it("an absent folder has no keys", async () => {
  expect(await new RecordKeys(join(await folder(), "none"), "relaxed").ids()).toEqual([]);
});
