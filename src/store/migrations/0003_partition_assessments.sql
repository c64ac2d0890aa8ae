-- Hand-edited after drizzle-kit generate, which wrote only the erasure_queue table: drizzle-kit
-- cannot declare partitions or triggers. Why the table is partitioned: docs/adr/0034.
-- The records move into a table hash-partitioned on id, so that scrubbing a delete rewrites only
-- the partition that held it. drizzle's migrator runs this in one transaction: a data folder
-- is either still on the old table or wholly on the new one. Names follow search_path, as in 0001.
CREATE TABLE "erasure_queue" (
	"partition" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" RENAME TO "assessments_unpartitioned";--> statement-breakpoint
ALTER TABLE "assessments_unpartitioned" RENAME CONSTRAINT "assessments_pkey" TO "assessments_unpartitioned_pkey";--> statement-breakpoint
DROP INDEX "assessments_created_idx";--> statement-breakpoint
DROP INDEX "assessments_client_ref_idx";--> statement-breakpoint
DROP INDEX "assessments_reassessment_of_idx";--> statement-breakpoint
DROP INDEX "assessments_tenant_created_idx";--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant" text DEFAULT 'default' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"client_ref" text,
	"lang" text NOT NULL,
	"rulebook" text NOT NULL,
	"as_of" text NOT NULL,
	"poe" text NOT NULL,
	"route" text NOT NULL,
	"profile" json NOT NULL,
	"assessment" json NOT NULL,
	"reassessment_of" uuid
) PARTITION BY HASH ("id");
--> statement-breakpoint
-- 64 partitions: the count is fixed here and nowhere else (the store learns the names from the
-- trigger); changing it means a new migration that copies the rows again.
DO $$
BEGIN
	FOR i IN 0..63 LOOP
		EXECUTE format(
			'CREATE TABLE %I PARTITION OF "assessments" FOR VALUES WITH (MODULUS 64, REMAINDER %s)',
			'assessments_p' || lpad(i::text, 2, '0'),
			i
		);
	END LOOP;
END
$$;
--> statement-breakpoint
INSERT INTO "assessments" ("id", "tenant", "created_at", "client_ref", "lang", "rulebook", "as_of", "poe", "route", "profile", "assessment", "reassessment_of")
	SELECT "id", "tenant", "created_at", "client_ref", "lang", "rulebook", "as_of", "poe", "route", "profile", "assessment", "reassessment_of"
	FROM "assessments_unpartitioned";--> statement-breakpoint
DROP TABLE "assessments_unpartitioned";--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reassessment_of_assessments_id_fk" FOREIGN KEY ("reassessment_of") REFERENCES "assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Created on the partitioned table, so each partition gets its own copy (and any partition
-- attached later too).
CREATE INDEX "assessments_created_idx" ON "assessments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "assessments_client_ref_idx" ON "assessments" USING btree ("client_ref");--> statement-breakpoint
CREATE INDEX "assessments_reassessment_of_idx" ON "assessments" USING btree ("reassessment_of");--> statement-breakpoint
CREATE INDEX "assessments_tenant_created_idx" ON "assessments" USING btree ("tenant","created_at","id");--> statement-breakpoint
-- A row trigger on a partitioned table runs on the partition, so TG_TABLE_NAME names the
-- partition that held the row; the foreign key's cascade fires it for each re-check as well.
-- The transaction id makes seq differ between deletes that are not in one transaction.
CREATE FUNCTION "assessments_queue_erasure"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO erasure_queue (partition, seq) VALUES (TG_TABLE_NAME, pg_current_xact_id()::text::bigint)
	ON CONFLICT (partition) DO UPDATE SET seq = EXCLUDED.seq;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "assessments_queue_erasure" AFTER DELETE ON "assessments" FOR EACH ROW EXECUTE FUNCTION "assessments_queue_erasure"();
