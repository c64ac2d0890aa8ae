/**
 * The saved-assessment table: one drizzle `pg-core` schema shared by the embedded engine (PGlite)
 * and PostgreSQL. Migrations in `./migrations` are generated from it with drizzle-kit
 * (`npx drizzle-kit generate`, configured by drizzle.config.ts at the project root).
 *
 * `profile` and `assessment` are `json` (not `jsonb`) on purpose: `json` keeps the exact text the
 * engine produced (key order included), so a record reproduces the advice as it was given.
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
import {
  type AnyPgColumn,
  bigint,
  bigserial,
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
    profile: json("profile").notNull(),
    assessment: json("assessment").notNull(),
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
