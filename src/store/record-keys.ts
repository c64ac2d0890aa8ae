/**
 * One random key per saved record, each in its own small file outside the database
 * (`<data>/record-keys/<first two hex digits of the id>/<id>`). The embedded store seals a
 * record's personal data with its key (sealing.ts), so erasing the record is removing one file:
 * the sealed bytes the database's pages and write-ahead log still hold can no longer be read by
 * anyone (NIST SP 800-88 Rev. 1, §2.6 "cryptographic erase"; docs/adr/0036). Nothing in the
 * database is rewritten, so no store request waits for a table rewrite.
 *
 * Plus one lookup key (`lookup.key`), never erased, for the keyed hash of a client reference
 * that lets a list filter on it without holding it in the clear.
 *
 * @example
 * ```ts
 * const keys = new RecordKeys(".data/record-keys", "durable");
 * const key = await keys.create(id);   // before the row is written
 * await keys.destroy([id]);            // after the row is deleted: the record is unreadable
 * ```
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Durability } from "./durable-fs.js";

/** AES-256 keys. */
export const KEY_BYTES = 32;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOOKUP_FILE = "lookup.key";
const SEALED_MARK = "all-sealed";

/** A sealed record whose key file is gone while its row is still there: never silently empty. */
export class MissingRecordKeyError extends Error {
  constructor(readonly id: string) {
    super(`The key of saved record ${id} is missing from the record-keys folder: the record cannot be read.`);
    this.name = "MissingRecordKeyError";
  }
}

export class RecordKeys {
  private readonly cache = new Map<string, Buffer>();

  constructor(
    readonly dir: string,
    private readonly durability: Durability,
  ) {}

  private shard(id: string): string {
    return join(this.dir, id.slice(0, 2));
  }

  private pathOf(id: string): string {
    if (!ID.test(id)) throw new Error(`not a record id: ${id}`);
    return join(this.shard(id), id);
  }

  /** Makes and stores a new key for `id`; refuses to overwrite one (ids are never reused). */
  async create(id: string): Promise<Buffer> {
    const key = randomBytes(KEY_BYTES);
    const path = this.pathOf(id);
    await mkdir(this.shard(id), { recursive: true, mode: 0o700 });
    await writeNew(path, key, this.durability === "durable");
    if (this.durability === "durable") await syncFolder(this.shard(id));
    this.cache.set(id, key);
    return key;
  }

  /** The key of `id`, or undefined when it has none (never made, or destroyed). */
  async get(id: string): Promise<Buffer | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    let key: Buffer;
    try {
      key = await readFile(this.pathOf(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    if (key.length !== KEY_BYTES) throw new Error(`the key file of record ${id} is damaged`);
    this.cache.set(id, key);
    return key;
  }

  /** Removes the keys of `ids` (those already gone are skipped); when durable, the removal is synced. */
  async destroy(ids: Iterable<string>): Promise<void> {
    const shards = new Set<string>();
    for (const id of ids) {
      this.cache.delete(id);
      await rm(this.pathOf(id), { force: true });
      shards.add(this.shard(id));
    }
    if (this.durability === "durable") for (const shard of shards) await syncFolder(shard);
  }

  /** Every record id that has a key file. */
  async ids(): Promise<string[]> {
    const found: string[] = [];
    let shards: string[];
    try {
      shards = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return found;
      throw error;
    }
    for (const shard of shards) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readdir(join(this.dir, shard))) if (ID.test(name)) found.push(name);
    }
    return found;
  }

  /** The folder's lookup key, made the first time it is asked for. */
  async lookupKey(): Promise<Buffer> {
    const path = join(this.dir, LOOKUP_FILE);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    try {
      await writeNew(path, randomBytes(KEY_BYTES), this.durability === "durable");
      if (this.durability === "durable") await syncFolder(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const key = await readFile(path);
    if (key.length !== KEY_BYTES) throw new Error(`${path} is damaged`);
    return key;
  }
}

/**
 * The mark that a data folder's records are all sealed and their clear copies scrubbed
 * (`DrizzleStore.sealClearRows`): a file in the record-keys folder.
 */
export function sealedMark(
  dir: string,
  durability: Durability,
): { done(): Promise<boolean>; set(): Promise<void> } {
  const path = join(dir, SEALED_MARK);
  return {
    done: () =>
      access(path).then(
        () => true,
        () => false,
      ),
    async set() {
      try {
        await writeNew(path, Buffer.from("all records sealed\n"), durability === "durable");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      if (durability === "durable") await syncFolder(dir);
    },
  };
}

/** Writes a file that must not exist yet, private to its owner, synced to disk when asked. */
async function writeNew(path: string, bytes: Buffer, sync: boolean): Promise<void> {
  const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await file.writeFile(bytes);
    if (sync) await file.sync();
  } finally {
    await file.close();
  }
}

/** Syncs a folder, so that a file created or removed in it stays so after a power cut. */
async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
