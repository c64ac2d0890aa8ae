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

export class DrizzleStore implements AssessmentStore {
  constructor(
    private readonly db: PgDb,
    readonly engine: StoreEngine,
    private readonly closeClient: () => Promise<void>,
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
    };
    await this.db.insert(assessments).values(row);
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
    const gone = await this.db
      .delete(assessments)
      .where(eq(assessments.id, id))
      .returning({ id: assessments.id });
    if (gone.length === 0) return false;
    // A DELETE only marks the row dead, and a plain VACUUM frees its space without erasing the
    // bytes (the store test greps the table files to prove it). VACUUM FULL rewrites the table
    // and drops the old files, so the personal data leaves the table files. What remains (the
    // write-ahead log until it is recycled, backups) is in docs/adr/0005-store-engine.md.
    await this.db.execute(sql`VACUUM FULL ${assessments}`);
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
