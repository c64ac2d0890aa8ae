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
  save(record: NewSavedAssessment, now?: Date): Promise<SavedAssessment>;
  get(id: string): Promise<SavedAssessment | undefined>;
  /** Newest first, keyset-paginated. Throws `InvalidCursorError` on a cursor it did not issue. */
  list(query: ListQuery): Promise<Page>;
  /**
   * Removes the record, everything in it and its re-checks (records whose `reassessmentOf` leads
   * back to it), scrubbing the bytes from the embedded engine's files; false when there was no
   * such record.
   */
  delete(id: string): Promise<boolean>;
  /** Every record, oldest first, read in batches (for JSON Lines export). */
  exportAll(): AsyncIterable<SavedAssessment>;
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
