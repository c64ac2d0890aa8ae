/**
 * Opens the store: PostgreSQL when a database URL is given, else the embedded PGlite engine in
 * a data folder. Either way the migrations in `src/store/migrations` are applied first.
 *
 * @example
 * ```ts
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: ".data" });
 * ```
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { DrizzleStore } from "./drizzle-store.js";
import type { Durability } from "./durable-fs.js";
import { type DataLock, lockDataFolder } from "./lock.js";
import { migrationsFolder, packageRoot } from "./package-root.js";
import { StoreThread } from "./pglite-thread.js";
import { makePrivate } from "./private-files.js";
import type { AssessmentStore } from "./types.js";

export interface OpenStoreOptions {
  /** A `postgres://` URL: use that PostgreSQL server. Absent or empty: the embedded engine. */
  databaseUrl?: string | undefined;
  /** The data folder of the embedded engine (its database lives in `<dataDir>/pglite`). */
  dataDir: string;
  /** PostgreSQL only: put the tables (and the migration journal) in this schema; tests use one per run. */
  pgSchema?: string | undefined;
  /** Embedded engine only: `durable` (default: each commit fsynced) or `relaxed` (durable-fs.ts). */
  durability?: Durability | undefined;
}

/**
 * PGlite's defaults (128 MB shared buffers) keep the server above its memory target; these keep
 * it under the target under load, and the table sizes of a firm's records do not miss them
 * (docs/adr/0005-store-engine.md has the measurements). `wal_recycle=off` makes a checkpoint
 * delete old write-ahead-log segments instead of renaming them for reuse with their old bytes
 * inside, which is what lets a delete scrub the log too (DrizzleStore.delete). PGlite writes these
 * settings to postgresql.conf at every start, so existing data folders get them too.
 */
export const PGLITE_CONF = ["shared_buffers=8MB", "work_mem=1MB", "wal_buffers=512kB", "wal_recycle=off"];

/**
 * The write-ahead-log segment size of a new embedded database, in MB (PostgreSQL's default is 16).
 * A delete's scrub closes the current segment and checkpoints (DrizzleStore.scrub), and both take
 * longer the larger the segments are (the closed one is completed and a new one created), while
 * every store request waits: small segments keep that wait short. The size is fixed when the
 * folder is created.
 */
export const PGLITE_WAL_SEGMENT_MB = 1;

/** Where the embedded store keeps its record keys inside a data folder (record-keys.ts). */
export function recordKeysDir(dataDir: string): string {
  return join(resolve(dataDir), "record-keys");
}

/** Where the embedded database lives inside a data folder. */
export function pgliteDir(dataDir: string): string {
  return join(resolve(dataDir), "pglite");
}

const run = promisify(execFile);

/**
 * Creates a new PGlite database folder in a child process. Creating one (initdb) makes a
 * process hold much more memory than a reopen, and it never gives it back (ADR 0005); doing it in
 * a short-lived child keeps the server at the memory of a plain reopen. The folder appears atomically (rename), so a crash
 * during creation never leaves a half-made database behind.
 */
export async function initPgliteDir(dir: string): Promise<void> {
  if (existsSync(join(dir, "PG_VERSION"))) return;
  const staging = `${dir}.init-${process.pid}-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const script = `import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create({
  dataDir: process.argv[1],
  postgresqlconf: ${JSON.stringify(PGLITE_CONF)},
  initDbStartParams: ["--wal-segsize=${PGLITE_WAL_SEGMENT_MB}"],
});
await db.close();`;
  try {
    await run(process.execPath, ["--input-type=module", "-e", script, staging], { cwd: packageRoot() });
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

export async function openStore(options: OpenStoreOptions): Promise<AssessmentStore> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.pgSchema);
  return openPglite(options.dataDir, options.durability ?? "durable");
}

/**
 * The embedded engine: the data folder's lock first (lock.ts: one process per folder), the folder
 * private to its owner, then the database on its own thread (pglite-thread.ts). Closing the store
 * releases the lock.
 */
async function openPglite(dataDir: string, durability: Durability): Promise<AssessmentStore> {
  const folder = resolve(dataDir);
  if (!existsSync(folder)) {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700); // whatever the umask
  }
  const lock = await lockDataFolder(folder);
  try {
    const dir = pgliteDir(folder);
    await initPgliteDir(dir);
    await makePrivate(dir);
    const keysDir = recordKeysDir(folder);
    await mkdir(keysDir, { recursive: true, mode: 0o700 });
    await makePrivate(keysDir);
    const store = await StoreThread.start({ dir, keysDir, durability, conf: PGLITE_CONF });
    return releasingOnClose(store, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function releasingOnClose(store: AssessmentStore, lock: DataLock): AssessmentStore {
  const close = store.close.bind(store);
  store.close = async () => {
    try {
      await close();
    } finally {
      await lock.release();
    }
  };
  return store;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Serialises migrations when several servers start against one PostgreSQL database. */
const MIGRATION_LOCK = 0x706f65; // "poe"

async function openPostgres(url: string, schema: string | undefined): Promise<AssessmentStore> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const connection = {
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const migrator = new pg.Client(connection);
  await migrator.connect();
  try {
    await migrator.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    if (schema) await migrator.query(`create schema if not exists "${schema}"`);
    await migratePg(drizzlePg({ client: migrator }), {
      migrationsFolder: migrationsFolder(),
      ...(schema ? { migrationsSchema: schema } : {}),
    });
  } finally {
    await migrator.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await migrator.end();
  }
  const pool = new pg.Pool({ ...connection, max: 10 });
  pool.on("error", () => {}); // an idle client dropped by the server is replaced on next use
  const store = new DrizzleStore(drizzlePg({ client: pool }), "postgres", () => pool.end());
  try {
    await store.resumeErasures();
  } catch (error) {
    await pool.end();
    throw error;
  }
  return store;
}
