/**
 * Named API keys (docs/adr/0014-tenants-and-named-keys.md). The key table is a small file in the data
 * folder, `<dataDir>/keys.json` (mode 0600), holding for each key its id, name, tenant, the
 * HMAC-SHA256 of its secret under the server's own secret (`<dataDir>/key-secret`), and when it was
 * created or revoked. The `keys` command edits the file (write then rename, under an exclusive
 * lock file); the running server re-reads it when it changes, so keys can be managed while the
 * server runs, whatever the store, without opening the embedded database the server holds.
 *
 * A key is written `pp_<id>_<secret>`: the id finds the entry, the secret is checked in constant
 * time. The former single key (POE_PERMIT_API_KEY or `<dataDir>/api-key`) is the key `initial` of
 * the tenant `default`.
 *
 * @example
 * ```ts
 * const { key } = await createKey(".data", { name: "Ana", tenant: "firm-a" }); // printed once
 * const book = new KeyBook(".data", legacyKey);
 * book.check(key); // { id, name, tenant } or undefined
 * ```
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { link, mkdir, open, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_TENANT } from "../store/types.js";

export { DEFAULT_TENANT };
export const LEGACY_KEY_ID = "initial";
const KEY_FORMAT = /^pp_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
export const TENANT_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface KeyEntry {
  id: string;
  name: string;
  tenant: string;
  /** HMAC-SHA256 (hex) of the secret under the server secret; absent for the `initial` key. */
  hash?: string;
  createdAt: string;
  revokedAt?: string | null;
}

export interface Caller {
  keyId: string;
  name: string;
  tenant: string;
}

const keysFile = (dataDir: string) => join(dataDir, "keys.json");
const secretFile = (dataDir: string) => join(dataDir, "key-secret");
const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** The server secret the key hashes are made with (created once, mode 0600). */
async function serverSecret(dataDir: string): Promise<Buffer> {
  try {
    return Buffer.from((await readFile(secretFile(dataDir), "utf8")).trim(), "base64url");
  } catch (error) {
    if (errno(error) !== "ENOENT") throw error;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${secretFile(dataDir)}.${process.pid}.tmp`;
  await writeFile(temporary, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    await link(temporary, secretFile(dataDir)); // the first writer wins, the others read its secret
  } catch (error) {
    if (errno(error) !== "EEXIST") throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
  return serverSecret(dataDir);
}

const hmac = (secret: Buffer, key: string) => createHmac("sha256", secret).update(key).digest();

function parseEntries(text: string): KeyEntry[] {
  const value = JSON.parse(text) as { keys?: KeyEntry[] };
  if (!Array.isArray(value.keys)) throw new Error("keys.json: no `keys` list");
  return value.keys;
}

export async function readKeys(dataDir: string): Promise<KeyEntry[]> {
  try {
    return parseEntries(await readFile(keysFile(dataDir), "utf8"));
  } catch (error) {
    if (errno(error) === "ENOENT") return [];
    throw error;
  }
}

/** Runs `change` on the key list under an exclusive lock, and writes the result atomically. */
async function editKeys<T>(dataDir: string, change: (keys: KeyEntry[]) => T): Promise<T> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = `${keysFile(dataDir)}.lock`;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  for (let i = 0; i < 100 && !handle; i++) {
    try {
      handle = await open(lock, "wx", 0o600);
    } catch (error) {
      if (errno(error) !== "EEXIST") throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  if (!handle) throw new Error(`${lock} is held by another keys command (delete it if none runs)`);
  try {
    const keys = await readKeys(dataDir);
    const result = change(keys);
    const temporary = `${keysFile(dataDir)}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, keysFile(dataDir));
    return result;
  } finally {
    await handle.close();
    await unlink(lock).catch(() => {});
  }
}

/** Creates a key; the key itself is returned once and never stored. */
export async function createKey(
  dataDir: string,
  { name, tenant = DEFAULT_TENANT }: { name: string; tenant?: string },
): Promise<{ entry: KeyEntry; key: string }> {
  if (!TENANT_NAME.test(tenant))
    throw new Error(`tenant must be lower-case letters, digits and dashes: ${tenant}`);
  if (name.trim() === "" || name.length > 100) throw new Error("the key's name must be 1 to 100 characters");
  const secret = await serverSecret(dataDir);
  const id = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")
    .slice(0, 12);
  const key = `pp_${id}_${randomBytes(32).toString("base64url")}`;
  const entry: KeyEntry = {
    id,
    name: name.trim(),
    tenant,
    hash: hmac(secret, key).toString("hex"),
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await editKeys(dataDir, (keys) => keys.push(entry));
  return { entry, key };
}

/** Revokes a key (the `initial` one too); false when no key has this id. */
export async function revokeKey(dataDir: string, id: string): Promise<boolean> {
  return editKeys(dataDir, (keys) => {
    const entry = keys.find((k) => k.id === id);
    if (entry) {
      entry.revokedAt ??= new Date().toISOString();
      return true;
    }
    if (id !== LEGACY_KEY_ID) return false;
    keys.unshift({
      id: LEGACY_KEY_ID,
      name: "initial key",
      tenant: DEFAULT_TENANT,
      createdAt: new Date().toISOString(),
      revokedAt: new Date().toISOString(),
    });
    return true;
  });
}

/**
 * The server's view of the keys: re-reads keys.json when its modification time or size changes
 * (checked at most every RELOAD_MS), and checks a presented key in constant time.
 */
export class KeyBook {
  static readonly RELOAD_MS = 250;
  private entries = new Map<string, KeyEntry>();
  private stamp = "";
  private checkedAt = 0;
  private secret: Buffer | undefined;
  private readonly legacyDigest: Buffer | undefined;

  constructor(
    private readonly dataDir: string,
    legacyKey: string | undefined,
  ) {
    this.legacyDigest = legacyKey === undefined ? undefined : hmac(Buffer.from("legacy"), legacyKey);
    this.reload(true);
  }

  private reload(force = false): void {
    const now = Date.now();
    if (!force && now - this.checkedAt < KeyBook.RELOAD_MS) return;
    this.checkedAt = now;
    let stamp = "none";
    try {
      const s = statSync(keysFile(this.dataDir));
      stamp = `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch (error) {
      if (errno(error) !== "ENOENT") throw error;
    }
    if (stamp === this.stamp) return;
    const text = stamp === "none" ? '{"keys":[]}' : readFileSync(keysFile(this.dataDir), "utf8");
    this.entries = new Map(parseEntries(text).map((k) => [k.id, k]));
    try {
      this.secret = Buffer.from(readFileSync(secretFile(this.dataDir), "utf8").trim(), "base64url");
    } catch {
      this.secret = undefined;
    }
    this.stamp = stamp;
  }

  /** Who a presented key belongs to, or undefined (unknown, wrong or revoked). */
  check(given: string): Caller | undefined {
    this.reload();
    const m = KEY_FORMAT.exec(given);
    if (m) {
      const entry = this.entries.get(m[1] ?? "");
      const secret = this.secret;
      if (!entry?.hash || !secret || entry.revokedAt) return undefined;
      const expected = Buffer.from(entry.hash, "hex");
      const actual = hmac(secret, given);
      return expected.length === actual.length && timingSafeEqual(expected, actual)
        ? { keyId: entry.id, name: entry.name, tenant: entry.tenant }
        : undefined;
    }
    if (this.legacyDigest === undefined) return undefined;
    if (this.entries.get(LEGACY_KEY_ID)?.revokedAt) return undefined;
    const ok = timingSafeEqual(hmac(Buffer.from("legacy"), given), this.legacyDigest);
    return ok ? { keyId: LEGACY_KEY_ID, name: "initial key", tenant: DEFAULT_TENANT } : undefined;
  }
}
