/**
 * The saved-assessment table: one drizzle `pg-core` schema shared by the embedded engine (PGlite)
 * and PostgreSQL. Migrations in `./migrations` are generated from it with drizzle-kit
 * (`npx drizzle-kit generate`, configured by drizzle.config.ts at the project root).
 *
 * `profile` and `assessment` are `json` (not `jsonb`) on purpose: `json` keeps the exact text the
 * engine produced (key order included), so a record reproduces the advice as it was given.
 *
 * The embedded store keeps `profile`, `assessment` and the client reference sealed, each record with
 * its own key outside the database, so that a delete erases them by removing the key
 * (docs/adr/0036); PostgreSQL keeps them in the clear (its files are the operator's).
 *
 * `assessments` is hash-partitioned on `id` (migration 0003, docs/adr/0034): drizzle-kit cannot
 * declare partitions, so the declaration below is the table as queries see it, and the partitions,
 * the trigger that fills `erasure_queue` and the copy of older data folders are hand-written SQL.
 *
 * @example
 * ```ts
 * import { assessments } from "./schema.js";
 * await db.select().from(assessments).where(eq(assessments.poe, "yes"));
 * ```
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  check,
  index,
  json,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey(),
    /** The firm the record belongs to: the tenant of the key that saved it (docs/adr/0014). */
    tenant: text("tenant").notNull().default("default"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    clientRef: text("client_ref"),
    lang: text("lang").notNull(),
    rulebook: text("rulebook").notNull(),
    asOf: text("as_of").notNull(),
    poe: text("poe").notNull(),
    route: text("route").notNull(),
    /** In the clear on PostgreSQL; null in the embedded store, which seals it (`sealedRecord`). */
    profile: json("profile"),
    assessment: json("assessment"),
    /**
     * The embedded store only (migration 0004, docs/adr/0036): `[profile, assessment]` as JSON text,
     * sealed with the record's own key (sealing.ts, record-keys.ts); erasing the key erases it.
     */
    sealedRecord: text("sealed_record"),
    /** The embedded store only: the client reference sealed with the record's key (`client_ref` is null). */
    sealedClientRef: text("sealed_client_ref"),
    /** The embedded store only: a keyed hash of tenant and client reference, for the list filter. */
    clientRefTag: text("client_ref_tag"),
    /**
     * Set on a record made by `POST /api/v1/assessments/:id/reassess`: the record that was
     * re-checked. Deleting a record deletes its re-checks too (they hold the same personal data).
     */
    reassessmentOf: uuid("reassessment_of").references((): AnyPgColumn => assessments.id, {
      onDelete: "cascade",
    }),
  },
  (t) => [
    index("assessments_created_idx").on(t.createdAt, t.id),
    index("assessments_client_ref_idx").on(t.clientRef),
    index("assessments_reassessment_of_idx").on(t.reassessmentOf),
    index("assessments_tenant_created_idx").on(t.tenant, t.createdAt, t.id),
    index("assessments_client_ref_tag_idx").on(t.clientRefTag),
    // A row is either in the clear or sealed, never both, never neither.
    check(
      "assessments_clear_or_sealed",
      sql`(profile IS NOT NULL AND assessment IS NOT NULL AND sealed_record IS NULL) OR (profile IS NULL AND assessment IS NULL AND sealed_record IS NOT NULL)`,
    ),
  ],
);

/**
 * Who did what to which record, when: a firm's accountability trail. It holds ids only (the key's,
 * the record's), never the key or anything from the record, so it holds no personal data and a
 * record's erasure leaves it as it is.
 */
export const accessLog = pgTable(
  "access_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    tenant: text("tenant").notNull(),
    keyId: text("key_id").notNull(),
    action: text("action").notNull(),
    recordId: uuid("record_id"),
  },
  (t) => [index("access_log_tenant_idx").on(t.tenant, t.seq)],
);

/**
 * The partitions of `assessments` that held a deleted row and are not yet rewritten (scrubbed).
 * An `AFTER DELETE` trigger on every partition adds or bumps its row in the deleting transaction,
 * so re-checks deleted by the foreign key's cascade are counted too, and a delete whose scrub a
 * crash interrupted is still scrubbed at the next start. `seq` changes at each new delete, so a
 * scrub removes a row only if no delete came after it read it. Holds partition names only.
 */
export const erasureQueue = pgTable("erasure_queue", {
  partition: text("partition").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
});

/**
 * The embedded store only: ids of sealed records just deleted, whose keys are to be destroyed.
 * An `AFTER DELETE` trigger adds every sealed row the delete removed, re-checks removed by the
 * foreign key's cascade included, and the deleting transaction takes them back out (`shred`):
 * the delete itself names the re-checks, so no query has to look for them. Empty between deletes.
 */
export const erasedRecordKeys = pgTable("erased_record_keys", {
  id: uuid("id").primaryKey(),
});
