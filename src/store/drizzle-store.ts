/**
 * The store written once against drizzle's PostgreSQL dialect; `open.ts` hands it either a
 * PGlite-backed or a node-postgres-backed database. Same schema, same queries, same migrations.
 *
 * @example
 * ```ts
 * const store = new DrizzleStore(drizzle({ client: pglite }), "pglite", () => pglite.close());
 * ```
 */
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, gt, gte, lt, or, type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Poe, RouteAnswer } from "../contract/codes.js";
import { assessments } from "./schema.js";
import {
  type AssessmentStore,
  InvalidCursorError,
  type ListQuery,
  MAX_PAGE_SIZE,
  type NewSavedAssessment,
  type Page,
  type SavedAssessment,
  type SavedAssessmentSummary,
  type StoreEngine,
  UnknownRecordError,
} from "./types.js";

// biome-ignore lint/suspicious/noExplicitAny: both drivers' databases share this base type.
export type PgDb = PgDatabase<PgQueryResultHKT, any>;

type Row = typeof assessments.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXPORT_BATCH = 500;

const summaryColumns = {
  id: assessments.id,
  createdAt: assessments.createdAt,
  clientRef: assessments.clientRef,
  lang: assessments.lang,
  rulebook: assessments.rulebook,
  asOf: assessments.asOf,
  poe: assessments.poe,
  route: assessments.route,
  reassessmentOf: assessments.reassessmentOf,
};

function toSummary(row: Omit<Row, "profile" | "assessment">): SavedAssessmentSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    clientRef: row.clientRef,
    lang: row.lang as Lang,
    rulebook: row.rulebook,
    asOf: row.asOf,
    poe: row.poe as Poe,
    route: row.route as RouteAnswer,
    reassessmentOf: row.reassessmentOf,
  };
}

function toRecord(row: Row): SavedAssessment {
  return { ...toSummary(row), profile: row.profile, assessment: row.assessment as Assessment };
}

export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      typeof value[1] === "string"
    ) {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime()) && UUID.test(value[1])) return { createdAt, id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

/** A PostgreSQL foreign-key violation, whether the driver's error arrives bare or wrapped by drizzle. */
function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23503") return true;
  }
  return false;
}

export interface DrizzleStoreOptions {
  /**
   * After a delete, also close the current write-ahead-log segment and checkpoint, so that the
   * segment holding the deleted row is removed (needs `wal_recycle=off`, see PGLITE_CONF). Only for
   * the embedded engine: on a shared PostgreSQL server that is the operator's call (README).
   */
  scrubWal?: boolean;
}

export class DrizzleStore implements AssessmentStore {
  constructor(
    private readonly db: PgDb,
    readonly engine: StoreEngine,
    private readonly closeClient: () => Promise<void>,
    private readonly options: DrizzleStoreOptions = {},
  ) {}

  async save(record: NewSavedAssessment, now: Date = new Date()): Promise<SavedAssessment> {
    const row: Row = {
      id: randomUUID(),
      createdAt: now,
      clientRef: record.clientRef,
      lang: record.lang,
      rulebook: record.assessment.rulebook,
      asOf: record.assessment.asOf,
      poe: record.assessment.poe,
      route: record.assessment.route,
      profile: record.profile,
      assessment: record.assessment,
      reassessmentOf: record.reassessmentOf ?? null,
    };
    try {
      await this.db.insert(assessments).values(row);
    } catch (error) {
      if (row.reassessmentOf && isForeignKeyViolation(error))
        throw new UnknownRecordError(row.reassessmentOf);
      throw error;
    }
    return toRecord(row);
  }

  async get(id: string): Promise<SavedAssessment | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db.select().from(assessments).where(eq(assessments.id, id)).limit(1);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async list(query: ListQuery): Promise<Page> {
    const limit = Math.min(Math.max(1, Math.trunc(query.limit)), MAX_PAGE_SIZE);
    const filters: SQL[] = [];
    if (query.poe) filters.push(eq(assessments.poe, query.poe));
    if (query.route) filters.push(eq(assessments.route, query.route));
    if (query.clientRef !== undefined) filters.push(eq(assessments.clientRef, query.clientRef));
    if (query.reassessmentOf !== undefined) {
      if (!UUID.test(query.reassessmentOf)) return { items: [], total: 0, nextCursor: null };
      filters.push(eq(assessments.reassessmentOf, query.reassessmentOf));
    }
    if (query.from) filters.push(gte(assessments.createdAt, query.from));
    if (query.to) filters.push(lt(assessments.createdAt, query.to));
    const where = filters.length ? and(...filters) : undefined;
    const page: SQL[] = [...filters];
    if (query.cursor !== undefined) {
      const c = decodeCursor(query.cursor);
      const after = or(
        lt(assessments.createdAt, c.createdAt),
        and(eq(assessments.createdAt, c.createdAt), lt(assessments.id, c.id)),
      );
      if (after) page.push(after);
    }
    const [rows, totals] = await Promise.all([
      this.db
        .select(summaryColumns)
        .from(assessments)
        .where(page.length ? and(...page) : undefined)
        .orderBy(desc(assessments.createdAt), desc(assessments.id))
        .limit(limit + 1),
      this.db.select({ n: count() }).from(assessments).where(where),
    ]);
    const more = rows.length > limit;
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toSummary),
      total: Number(totals[0]?.n ?? 0),
      nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async delete(id: string): Promise<boolean> {
    if (!UUID.test(id)) return false;
    // The foreign key deletes the record's re-checks (reassessmentOf) in the same statement.
    const gone = await this.db
      .delete(assessments)
      .where(eq(assessments.id, id))
      .returning({ id: assessments.id });
    if (gone.length === 0) return false;
    // A DELETE only marks the rows dead, and a plain VACUUM frees their space without erasing the
    // bytes. VACUUM FULL rewrites the table and its indexes into new files and drops the old
    // ones, so the personal data leaves the table files.
    await this.db.execute(sql`VACUUM FULL ${assessments}`);
    if (this.options.scrubWal) {
      // The write-ahead log still holds the inserted row. Close the segment it is in and
      // checkpoint: with wal_recycle=off the checkpoint deletes every segment before the new redo
      // point instead of renaming it for reuse (a renamed segment keeps its old bytes). The
      // store test greps every file of the data folder to prove it; docs/adr/0005 has the rest.
      await this.db.execute(sql`SELECT pg_switch_wal()`);
      await this.db.execute(sql`CHECKPOINT`);
    }
    return true;
  }

  async *exportAll(): AsyncIterable<SavedAssessment> {
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const rows: Row[] = await this.db
        .select()
        .from(assessments)
        .where(
          after
            ? or(
                gt(assessments.createdAt, after.createdAt),
                and(eq(assessments.createdAt, after.createdAt), gt(assessments.id, after.id)),
              )
            : undefined,
        )
        .orderBy(asc(assessments.createdAt), asc(assessments.id))
        .limit(EXPORT_BATCH);
      for (const row of rows) yield toRecord(row);
      const last = rows[rows.length - 1];
      if (rows.length < EXPORT_BATCH || !last) return;
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  async ping(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  async close(): Promise<void> {
    await this.closeClient();
  }
}
