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
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  isNull,
  lt,
  or,
  type SQL,
  sql,
  TransactionRollbackError,
} from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Poe, RouteAnswer } from "../contract/codes.js";
import { MissingRecordKeyError, type RecordKeys } from "./record-keys.js";
import { accessLog, assessments, erasedRecordKeys, erasureQueue } from "./schema.js";
import { lookupTag, seal, unseal } from "./sealing.js";
import {
  type AccessEntry,
  type AccessLogLine,
  type AssessmentStore,
  DEFAULT_TENANT,
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
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

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
  sealedClientRef: assessments.sealedClientRef,
};

type SummaryRow = Pick<Row, keyof typeof summaryColumns>;

/** A summary from its row; `clientRef` is the row's, or the one unsealed by the caller. */
function toSummary(row: SummaryRow, clientRef = row.clientRef): SavedAssessmentSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    clientRef,
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

/** What the embedded store seals in `sealed_record`. */
type SealedPair = [profile: unknown, assessment: Assessment];

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
      // Only what encodeCursor writes: a 4-digit-year UTC instant the database can hold.
      if (CURSOR_TIME.test(value[0]) && !value[0].startsWith("0000") && UUID.test(value[1])) {
        const createdAt = new Date(value[0]);
        if (!Number.isNaN(createdAt.getTime()) && createdAt.toISOString() === value[0])
          return { createdAt, id: value[1] };
      }
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

/** The embedded store's record keys (docs/adr/0036): with them, personal data is sealed. */
export interface Sealing {
  keys: RecordKeys;
  /** Keys the client-reference tags (sealing.ts `lookupTag`). */
  lookupKey: Buffer;
}

export interface DrizzleStoreOptions {
  /**
   * Seal each record's profile, assessment and client reference with its own key, and erase a
   * deleted record by destroying its key instead of rewriting the table (docs/adr/0036).
   */
  sealing?: Sealing;
  /**
   * After a delete, also close the current write-ahead-log segment and checkpoint, so that the
   * segment holding the deleted row is removed (needs `wal_recycle=off`, see PGLITE_CONF). Only for
   * the embedded engine: on a shared PostgreSQL server that is the operator's call (README).
   */
  scrubWal?: boolean;
  /**
   * How long a delete's scrub waits for more deletes to share it (one rewrite per partition
   * touched, one log-segment switch for all of them); default ERASE_BATCH_MS.
   */
  eraseBatchMs?: number;
}

/** Deletes within this window share one scrub. */
export const ERASE_BATCH_MS = 100;

/** What the erasure trigger of migration 0003 writes: a partition of `assessments`, nothing else. */
const PARTITION = /^assessments_p\d+$/;

/**
 * Lets the store requests that arrived during a scrub step run before the next step. The embedded
 * engine has one connection: a request's query queues behind the step running, and the next step
 * would queue ahead of requests whose messages the thread has not read yet. A timer callback runs
 * before the event loop's poll phase, where those messages are read and their queries queued, and
 * an immediate callback after it.
 */
const letQueuedRequestsRun = () => new Promise<void>((resolve) => setTimeout(() => setImmediate(resolve), 0));

/** Where an export or a recheck is in its walk through the records, oldest first. */
export interface RecordPosition {
  createdAt: Date;
  id: string;
}

export class DrizzleStore implements AssessmentStore {
  /** Deleted records whose bytes are not scrubbed from the files yet. */
  private unscrubbed = 0;
  private scrubTimer: ReturnType<typeof setTimeout> | undefined;
  private scrubbing: Promise<void> | undefined;
  /** Sealed mode: a delete left dead rows whose space a plain VACUUM should reclaim. */
  private reclaimDue = false;

  constructor(
    private readonly db: PgDb,
    readonly engine: StoreEngine,
    private readonly closeClient: () => Promise<void>,
    private readonly options: DrizzleStoreOptions = {},
  ) {}

  async save(
    record: NewSavedAssessment,
    now: Date = new Date(),
    access?: Omit<AccessEntry, "tenant" | "recordId">,
  ): Promise<SavedAssessment> {
    const row: Row = {
      id: randomUUID(),
      tenant: record.tenant ?? DEFAULT_TENANT,
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
      sealedRecord: null,
      sealedClientRef: null,
      clientRefTag: null,
    };
    const sealing = this.options.sealing;
    const stored = sealing ? await sealRow(row, sealing) : row;
    try {
      if (access) {
        // One transaction, so one commit (one fsync when durable) for the record and its log line.
        await this.db.transaction(async (tx) => {
          await tx.insert(assessments).values(stored);
          await tx.insert(accessLog).values({ ...access, tenant: row.tenant, recordId: row.id, at: now });
        });
      } else await this.db.insert(assessments).values(stored);
    } catch (error) {
      // No row, so no key: the key made for it goes (the sweep at open would find it otherwise).
      if (sealing) await sealing.keys.destroy([row.id]);
      if (row.reassessmentOf && isForeignKeyViolation(error))
        throw new UnknownRecordError(row.reassessmentOf);
      throw error;
    }
    return toRecord(row);
  }

  async get(id: string, tenant = DEFAULT_TENANT): Promise<SavedAssessment | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows = await this.db
      .select()
      .from(assessments)
      .where(and(eq(assessments.id, id), eq(assessments.tenant, tenant)))
      .limit(1);
    return (await this.recordsOf(rows))[0];
  }

  /**
   * The key of a sealed row, or undefined when the row was deleted after it was read (a delete
   * destroys the key once its statement is done). A key missing while its row is still there is
   * damage to the data folder, and says so rather than giving the record as absent.
   */
  private async keyOf(id: string): Promise<Buffer | undefined> {
    const sealing = this.options.sealing;
    if (!sealing) throw new Error("a sealed row in a store opened without record keys");
    const key = await sealing.keys.get(id);
    if (key) return key;
    const [still] = await this.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.id, id))
      .limit(1);
    if (still) throw new MissingRecordKeyError(id);
    return undefined;
  }

  /** Full records from rows, unsealed where sealed; rows deleted since they were read are left out. */
  private async recordsOf(rows: Row[]): Promise<SavedAssessment[]> {
    const records: SavedAssessment[] = [];
    for (const row of rows) {
      if (row.sealedRecord === null) {
        records.push(toRecord(row));
        continue;
      }
      const key = await this.keyOf(row.id);
      if (!key) continue;
      const [profile, assessment] = JSON.parse(unseal(key, row.id, row.sealedRecord)) as SealedPair;
      const clientRef = row.sealedClientRef === null ? null : unseal(key, row.id, row.sealedClientRef);
      records.push({ ...toSummary(row, clientRef), profile, assessment });
    }
    return records;
  }

  /** Summaries from rows, the client reference unsealed where sealed; deleted rows are left out. */
  private async summariesOf(rows: SummaryRow[]): Promise<SavedAssessmentSummary[]> {
    const summaries: SavedAssessmentSummary[] = [];
    for (const row of rows) {
      if (row.sealedClientRef === null) {
        summaries.push(toSummary(row));
        continue;
      }
      const key = await this.keyOf(row.id);
      if (key) summaries.push(toSummary(row, unseal(key, row.id, row.sealedClientRef)));
    }
    return summaries;
  }

  async list(query: ListQuery): Promise<Page> {
    const limit = Math.min(Math.max(1, Math.trunc(query.limit)), MAX_PAGE_SIZE);
    const filters: SQL[] = [eq(assessments.tenant, query.tenant ?? DEFAULT_TENANT)];
    if (query.poe) filters.push(eq(assessments.poe, query.poe));
    if (query.route) filters.push(eq(assessments.route, query.route));
    if (query.clientRef !== undefined) {
      const sealing = this.options.sealing;
      filters.push(
        sealing
          ? eq(
              assessments.clientRefTag,
              lookupTag(sealing.lookupKey, query.tenant ?? DEFAULT_TENANT, query.clientRef),
            )
          : eq(assessments.clientRef, query.clientRef),
      );
    }
    if (query.reassessmentOf !== undefined) {
      if (!UUID.test(query.reassessmentOf)) return { items: [], total: 0, nextCursor: null };
      filters.push(eq(assessments.reassessmentOf, query.reassessmentOf));
    }
    if (query.from) filters.push(gte(assessments.createdAt, query.from));
    if (query.to) filters.push(lt(assessments.createdAt, query.to));
    const where = and(...filters);
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
      items: await this.summariesOf(items),
      total: Number(totals[0]?.n ?? 0),
      nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  /**
   * Deletes the record (and its re-checks) at once: from the moment this resolves no read finds
   * it. The bytes are scrubbed from the files shortly after, off the request's path: deletes
   * within ERASE_BATCH_MS share one scrub (see `scrub`). `erasuresSettled` waits for it.
   */
  async delete(id: string, tenant = DEFAULT_TENANT): Promise<boolean> {
    if (!UUID.test(id)) return false;
    if (this.options.sealing) return this.shred(id, tenant, this.options.sealing);
    // The foreign key deletes the record's re-checks (reassessmentOf) in the same statement.
    const gone = await this.db
      .delete(assessments)
      .where(and(eq(assessments.id, id), eq(assessments.tenant, tenant)))
      .returning({ id: assessments.id });
    if (gone.length === 0) return false;
    this.unscrubbed++;
    this.scheduleScrub();
    return true;
  }

  /**
   * Sealed mode: deletes the record (the foreign key's cascade takes its re-checks), then destroys
   * the keys of every row the delete removed, which a trigger noted in `erased_record_keys` within
   * the same transaction. From then on the sealed bytes left in the pages and the log are
   * unreadable (docs/adr/0036): nothing is rewritten, and a plain VACUUM frees the dead rows'
   * space later (`reclaim`). A crash between the commit and the keys' removal leaves key files
   * without rows, which the next open removes (`sealClearRows`).
   */
  private async shred(id: string, tenant: string, sealing: Sealing): Promise<boolean> {
    const ids = await this.db.transaction(async (tx) => {
      const gone = await tx
        .delete(assessments)
        .where(and(eq(assessments.id, id), eq(assessments.tenant, tenant)))
        .returning({ id: assessments.id });
      if (gone.length === 0) return undefined;
      const noted = await tx.delete(erasedRecordKeys).returning({ id: erasedRecordKeys.id });
      return noted.map((r) => r.id);
    });
    if (ids === undefined) return false;
    await sealing.keys.destroy(ids);
    this.reclaimDue = true;
    this.scheduleScrub();
    return true;
  }

  private scheduleScrub(): void {
    if (this.scrubTimer !== undefined || this.scrubbing) return;
    this.scrubTimer = setTimeout(() => {
      this.scrubTimer = undefined;
      void this.runScrub().then(
        // Deletes that came while it ran, after it had read the queue, get their own scrub.
        () => {
          if (this.unscrubbed > 0 || this.reclaimDue) this.scheduleScrub();
        },
        () => {}, // tried again by the next delete and at close
      );
    }, this.options.eraseBatchMs ?? ERASE_BATCH_MS);
  }

  private runScrub(): Promise<void> {
    const run = (this.options.sealing ? this.reclaim() : this.scrub()).finally(() => {
      this.scrubbing = undefined;
    });
    this.scrubbing = run;
    return run;
  }

  /**
   * Opens every partition and its `reassessment_of` index, as the foreign key's cascade does at
   * each delete: the first delete of a process otherwise pays for loading them all, and the
   * store's one connection makes every request wait for it. Called once the store is open.
   */
  async warmUp(): Promise<void> {
    await this.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.reassessmentOf, "00000000-0000-0000-0000-000000000000"))
      .limit(1);
    if (this.options.sealing) await this.warmUpDeletes();
  }

  /**
   * Sealed mode: deletes throw-away sealed rows from every partition in a transaction that is
   * rolled back, so that the delete triggers and the cascade's query are compiled for each
   * partition at open rather than at a request's first delete there (PL/pgSQL compiles a trigger
   * function once per table it fires on). Nothing is kept: the rows and the log entries die with
   * the rollback, and their bytes are dummies.
   */
  private async warmUpDeletes(): Promise<void> {
    await this.db
      .transaction(async (tx) => {
        // Twenty rows per partition on average: all 64 get some but about once in ten million opens.
        await tx.execute(sql`
          INSERT INTO ${assessments} (id, tenant, created_at, lang, rulebook, as_of, poe, route, sealed_record)
          SELECT gen_random_uuid(), 'warm-up', now(), 'en', '-', '-', 'no', 'none', '-'
          FROM generate_series(1, 1280)`);
        await tx.delete(assessments).where(eq(assessments.tenant, "warm-up"));
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
  }

  /**
   * Scrubs what an earlier run left in the erasure queue (a crash between a delete and its
   * scrub): called once the store is open.
   */
  async resumeErasures(): Promise<void> {
    const [row] = await this.db.select({ n: count() }).from(erasureQueue);
    const queued = Number(row?.n ?? 0);
    if (queued === 0) return;
    if (this.options.sealing) this.reclaimDue = true;
    else this.unscrubbed += queued;
    this.scheduleScrub();
  }

  /**
   * Sealed mode: frees the space of deleted rows with a plain VACUUM of each partition that held
   * one, the requests that queued meanwhile let through between partitions. Nothing here erases:
   * the keys' removal did. A plain VACUUM of one small partition takes far less than a rewrite.
   */
  private async reclaim(): Promise<void> {
    this.reclaimDue = false;
    const queued = await this.db.select().from(erasureQueue);
    for (const { partition, seq } of queued) {
      if (!PARTITION.test(partition)) throw new Error(`erasure queue names ${partition}, not a partition`);
      await letQueuedRequestsRun();
      await this.db.execute(sql`VACUUM ${sql.identifier(partition)}`);
      await this.db
        .delete(erasureQueue)
        .where(and(eq(erasureQueue.partition, partition), eq(erasureQueue.seq, seq)));
    }
  }

  /**
   * Sealed mode, once at open: seals the rows a data folder holds in the clear (saved before
   * sealing, migration 0004), then scrubs their clear copies from the files as a delete used to
   * (the whole table rewritten, the log segment closed, a checkpoint), and removes key files whose
   * row is gone (a crash between a delete and its key's removal, or during a save). A folder is
   * marked once this is done; until then it runs again at each open, so a crash halfway leaves
   * no clear copy behind.
   */
  async sealClearRows(sealedMark: { done(): Promise<boolean>; set(): Promise<void> }): Promise<void> {
    const sealing = this.options.sealing;
    if (!sealing) throw new Error("sealClearRows needs record keys");
    if (!(await sealedMark.done())) {
      let sealedAny = false;
      for (;;) {
        const rows = await this.db
          .select()
          .from(assessments)
          .where(isNull(assessments.sealedRecord))
          .limit(EXPORT_BATCH);
        if (rows.length === 0) break;
        await this.db.transaction(async (tx) => {
          for (const row of rows) {
            // A key left by an earlier open that crashed before its update committed.
            if (await sealing.keys.get(row.id)) await sealing.keys.destroy([row.id]);
            const sealed = await sealRow(row, sealing);
            await tx
              .update(assessments)
              .set({
                profile: null,
                assessment: null,
                clientRef: null,
                sealedRecord: sealed.sealedRecord,
                sealedClientRef: sealed.sealedClientRef,
                clientRefTag: sealed.clientRefTag,
              })
              .where(eq(assessments.id, row.id));
          }
        });
        sealedAny = true;
      }
      const [queued] = await this.db.select({ n: count() }).from(erasureQueue);
      const [stored] = await this.db.select({ n: count() }).from(assessments);
      if (sealedAny || Number(queued?.n ?? 0) > 0 || Number(stored?.n ?? 0) > 0) {
        await this.db.execute(sql`VACUUM FULL ${assessments}`);
        await this.db.execute(sql`SELECT pg_switch_wal()`);
        await this.db.execute(sql`CHECKPOINT`);
        await this.db.delete(erasureQueue);
      }
      await sealedMark.set();
    }
    const live = new Set((await this.db.select({ id: assessments.id }).from(assessments)).map((r) => r.id));
    await sealing.keys.destroy((await sealing.keys.ids()).filter((id) => !live.has(id)));
  }

  /**
   * A DELETE only marks the rows dead, and a plain VACUUM frees their space without erasing the
   * bytes. VACUUM FULL rewrites a table and its indexes into new files and drops the old ones, so
   * the personal data leaves the table files. Only the partitions the erasure queue names are
   * rewritten, one statement each, with the requests that queued meanwhile let through between
   * the steps: a store request waits for one step at most (a partition's rewrite or a
   * checkpoint), never for the whole table's rewrite.
   * Every delete counted before it starts is covered: its transaction had queued its partitions.
   */
  private async scrub(): Promise<void> {
    const batch = this.unscrubbed;
    const queued = await this.db.select().from(erasureQueue);
    if (queued.length === 0) {
      // Scrubbed already, by the scrub that was running when these were deleted.
      this.unscrubbed -= batch;
      return;
    }
    for (const [i, { partition }] of queued.entries()) {
      if (!PARTITION.test(partition)) throw new Error(`erasure queue names ${partition}, not a partition`);
      await letQueuedRequestsRun();
      await this.db.execute(sql`VACUUM FULL ${sql.identifier(partition)}`);
      if (this.options.scrubWal && i < queued.length - 1) {
        // A checkpoint writes and syncs every file changed since the last one: one per partition
        // keeps each short, where one after many rewrites would hold the store for all of them.
        // After the last partition, the checkpoint below does it.
        await letQueuedRequestsRun();
        await this.db.execute(sql`CHECKPOINT`);
      }
    }
    if (this.options.scrubWal) {
      // The write-ahead log still holds the inserted row. Close the segment it is in and
      // checkpoint: with wal_recycle=off the checkpoint deletes every segment before the new
      // redo point instead of renaming it for reuse (a renamed segment keeps its old bytes).
      // The erasure tests grep every file of the data folder to prove it; docs/adr/0005.
      await letQueuedRequestsRun();
      await this.db.execute(sql`SELECT pg_switch_wal()`);
      await letQueuedRequestsRun();
      await this.db.execute(sql`CHECKPOINT`);
    }
    // Only now, so that a crash before this point scrubs them again at the next start; a row
    // whose seq changed was deleted from again since it was read, and stays for the next scrub.
    for (const { partition, seq } of queued)
      await this.db
        .delete(erasureQueue)
        .where(and(eq(erasureQueue.partition, partition), eq(erasureQueue.seq, seq)));
    this.unscrubbed -= batch;
  }

  /** How many deleted records still wait for their bytes to be scrubbed. */
  async erasuresPending(): Promise<number> {
    return this.unscrubbed;
  }

  /**
   * Resolves once every delete so far is scrubbed from the files (sealed mode: its space
   * reclaimed, the erasure itself being done when the delete resolved); throws if a scrub fails.
   */
  async erasuresSettled(): Promise<void> {
    while (this.scrubbing || this.unscrubbed > 0 || this.reclaimDue) {
      if (this.scrubTimer !== undefined) {
        clearTimeout(this.scrubTimer);
        this.scrubTimer = undefined;
      }
      if (this.scrubbing) await this.scrubbing.catch(() => {});
      else await this.runScrub();
    }
    if (this.scrubTimer !== undefined) {
      clearTimeout(this.scrubTimer);
      this.scrubTimer = undefined;
    }
  }

  /** One batch of the export walk: up to `limit` records after `after`, oldest first. */
  async exportBatch(
    after: RecordPosition | undefined,
    limit = EXPORT_BATCH,
    tenant = DEFAULT_TENANT,
  ): Promise<SavedAssessment[]> {
    const records: SavedAssessment[] = [];
    let from = after;
    // A batch shorter than `limit` ends the walk (exportInBatches), so rows deleted between the
    // read and the unsealing are made up for by reading on.
    for (;;) {
      const wanted = limit - records.length;
      const rows: Row[] = await this.db
        .select()
        .from(assessments)
        .where(
          and(
            eq(assessments.tenant, tenant),
            from
              ? or(
                  gt(assessments.createdAt, from.createdAt),
                  and(eq(assessments.createdAt, from.createdAt), gt(assessments.id, from.id)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(assessments.createdAt), asc(assessments.id))
        .limit(wanted);
      records.push(...(await this.recordsOf(rows)));
      const last = rows[rows.length - 1];
      if (rows.length < wanted || !last || records.length >= limit) return records;
      from = { createdAt: last.createdAt, id: last.id };
    }
  }

  async *exportAll(tenant = DEFAULT_TENANT): AsyncIterable<SavedAssessment> {
    yield* exportInBatches((after) => this.exportBatch(after, EXPORT_BATCH, tenant));
  }

  async logAccess(entry: AccessEntry, at: Date = new Date()): Promise<void> {
    await this.db.insert(accessLog).values({ ...entry, at });
  }

  async accessLog(
    tenant: string,
    { after = 0, limit }: { after?: number; limit: number },
  ): Promise<AccessLogLine[]> {
    const rows = await this.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenant, tenant), gt(accessLog.seq, after)))
      .orderBy(asc(accessLog.seq))
      .limit(Math.min(Math.max(1, Math.trunc(limit)), MAX_PAGE_SIZE));
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      keyId: r.keyId,
      action: r.action as AccessEntry["action"],
      recordId: r.recordId,
    }));
  }

  async ping(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  async close(): Promise<void> {
    // Nothing deleted may stay in the files: finish the scrub before closing.
    await this.erasuresSettled();
    await this.closeClient();
  }
}

/** The row as the embedded store writes it: personal data sealed with a new key of its own. */
async function sealRow(row: Row, { keys, lookupKey }: Sealing): Promise<Row> {
  const key = await keys.create(row.id);
  const pair: SealedPair = [row.profile, row.assessment as Assessment];
  return {
    ...row,
    profile: null,
    assessment: null,
    clientRef: null,
    sealedRecord: seal(key, row.id, JSON.stringify(pair)),
    sealedClientRef: row.clientRef === null ? null : seal(key, row.id, row.clientRef),
    clientRefTag: row.clientRef === null ? null : lookupTag(lookupKey, row.tenant, row.clientRef),
  };
}

/** Walks a store's records oldest first, one batch at a time (export, recheck). */
export async function* exportInBatches(
  batch: (after: RecordPosition | undefined) => Promise<SavedAssessment[]>,
): AsyncIterable<SavedAssessment> {
  let after: RecordPosition | undefined;
  for (;;) {
    const records = await batch(after);
    for (const record of records) yield record;
    const last = records[records.length - 1];
    if (records.length < EXPORT_BATCH || !last) return;
    after = { createdAt: new Date(last.createdAt), id: last.id };
  }
}
