/**
 * The saved-assessment table: one drizzle `pg-core` schema shared by the embedded engine (PGlite)
 * and PostgreSQL. Migrations in `./migrations` are generated from it with drizzle-kit
 * (`npx drizzle-kit generate`, configured by drizzle.config.ts at the project root).
 *
 * `profile` and `assessment` are `json` (not `jsonb`) on purpose: `json` keeps the exact text the
 * engine produced (key order included), so a record reproduces the advice as it was given.
 *
 * @example
 * ```ts
 * import { assessments } from "./schema.js";
 * await db.select().from(assessments).where(eq(assessments.poe, "yes"));
 * ```
 */
import { type AnyPgColumn, index, json, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey(),
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
  ],
);
