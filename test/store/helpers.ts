/**
 * Test helpers for the store: a fresh embedded data folder per test without paying PGlite's
 * ~3 s initdb each time (one initialised template per machine and PGlite version, copied), and
 * a unique PostgreSQL schema per run when TEST_DATABASE_URL is set.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { initPgliteDir, pgliteDir } from "../../src/store/open.js";

const TEMPLATE = join(tmpdir(), "poe-permit-pglite-template-0.5.17-v2");

async function template(): Promise<string> {
  if (existsSync(join(TEMPLATE, "PG_VERSION"))) return TEMPLATE;
  const mine = `${TEMPLATE}.${process.pid}`;
  await initPgliteDir(mine);
  // Another worker may have won the race; either copy is a valid template.
  await rename(mine, TEMPLATE).catch(() => rm(mine, { recursive: true, force: true }));
  return TEMPLATE;
}

/** A new data folder whose embedded database already exists (unmigrated, like a first start). */
export async function freshDataDir(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "poe-permit-data-"));
  await cp(await template(), pgliteDir(dataDir), { recursive: true });
  return dataDir;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** A unique schema name for one test file's run against PostgreSQL. */
export function uniqueSchema(): string {
  return `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty PostgreSQL database on TEST_DATABASE_URL's server, for tests that start server
 * processes (they take only DATABASE_URL): its URL, and `drop` to remove it (connections forced).
 */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `t_${prefix}_${randomBytes(4).toString("hex")}`;
  await admin(`create database "${name}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}
