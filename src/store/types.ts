/**
 * The saved-assessment store: one interface, two engines (embedded PGlite, PostgreSQL).
 * A record is the firm's trace of a piece of advice: the facts, the rulebook version, the
 * language and what was concluded, so the advice can be reproduced and re-checked later.
 *
 * @example
 * ```ts
 * const store = await openStore({ dataDir: ".data" });
 * const saved = await store.save({ clientRef: "case-42", lang: "en", profile, assessment });
 * await store.close();
 * ```
 */
import type { Assessment, Lang } from "../contract/assessment.js";
import type { Poe, RouteAnswer } from "../contract/codes.js";

export type StoreEngine = "pglite" | "postgres";

/** What the caller supplies; the store derives the indexed columns from the assessment. */
export interface NewSavedAssessment {
  clientRef: string | null;
  lang: Lang;
  profile: unknown;
  assessment: Assessment;
  /** The id of the record this one re-checks (made by reassess); absent or null otherwise. */
  reassessmentOf?: string | null;
  /** The firm the record belongs to (default DEFAULT_TENANT). */
  tenant?: string;
}

/** The tenant of records saved before tenants existed, and of the initial API key. */
export const DEFAULT_TENANT = "default";

/** One line of the access log: ids only, never personal data. */
export interface AccessEntry {
  tenant: string;
  keyId: string;
  action: "save" | "read" | "list" | "export" | "delete" | "reassess" | "recheck";
  recordId: string | null;
}

export interface AccessLogLine extends Omit<AccessEntry, "tenant"> {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
}

export interface SavedAssessmentSummary {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  clientRef: string | null;
  lang: Lang;
  rulebook: string;
  asOf: string;
  poe: Poe;
  route: RouteAnswer;
  /** The record this one re-checks (a reassessment), or null for an original assessment. */
  reassessmentOf: string | null;
}

export interface SavedAssessment extends SavedAssessmentSummary {
  profile: unknown;
  assessment: Assessment;
}

export interface ListQuery {
  /** Only this tenant's records (default DEFAULT_TENANT). */
  tenant?: string | undefined;
  poe?: Poe | undefined;
  route?: RouteAnswer | undefined;
  clientRef?: string | undefined;
  /** Only the re-checks of this record. */
  reassessmentOf?: string | undefined;
  /** Records created at or after this instant. */
  from?: Date | undefined;
  /** Records created strictly before this instant. */
  to?: Date | undefined;
  /** 1..MAX_PAGE_SIZE. */
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | undefined;
}

export interface Page {
  items: SavedAssessmentSummary[];
  /** Number of records matching the filters (all pages). */
  total: number;
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;

export interface AssessmentStore {
  readonly engine: StoreEngine;
  /**
   * Stores a record; resolves only once it is committed. `now` stamps `createdAt`. Throws
   * `UnknownRecordError` if `reassessmentOf` names no record.
   */
  save(
    record: NewSavedAssessment,
    now?: Date,
    /** Also append this access-log line for the new record, in the same transaction. */
    access?: Omit<AccessEntry, "tenant" | "recordId">,
  ): Promise<SavedAssessment>;
  /** The record, if it exists and belongs to `tenant` (default DEFAULT_TENANT). */
  get(id: string, tenant?: string): Promise<SavedAssessment | undefined>;
  /** Newest first, keyset-paginated. Throws `InvalidCursorError` on a cursor it did not issue. */
  list(query: ListQuery): Promise<Page>;
  /**
   * Removes the record, everything in it and its re-checks (records whose `reassessmentOf` leads
   * back to it); false when there was no such record. No read finds it once this resolves. The
   * embedded store has destroyed the records' keys by then (docs/adr/0036); PostgreSQL scrubs the
   * bytes from its files shortly after, in the background (`erasuresSettled`), at the latest by
   * `close`.
   */
  delete(id: string, tenant?: string): Promise<boolean>;
  /** How many deleted records still wait for their bytes to be scrubbed from the files. */
  erasuresPending(): Promise<number>;
  /** Resolves once every delete so far has been scrubbed from the files. */
  erasuresSettled(): Promise<void>;
  /** Every record, oldest first, read in batches (for JSON Lines export). */
  exportAll(tenant?: string): AsyncIterable<SavedAssessment>;
  /** Appends to the access log (committed before it resolves). */
  logAccess(entry: AccessEntry, at?: Date): Promise<void>;
  /** A tenant's access log, oldest first, `limit` lines after line `after`. */
  accessLog(tenant: string, options: { after?: number; limit: number }): Promise<AccessLogLine[]>;
  /** Throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class InvalidCursorError extends Error {
  constructor() {
    super("The cursor is not one this server issued.");
    this.name = "InvalidCursorError";
  }
}

/** Thrown by `save` when `reassessmentOf` names a record that does not exist (or was just deleted). */
export class UnknownRecordError extends Error {
  constructor(readonly id: string) {
    super(`No saved assessment has the id ${id}.`);
    this.name = "UnknownRecordError";
  }
}
