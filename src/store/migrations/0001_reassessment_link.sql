-- Hand-edited after drizzle-kit generate: the foreign key names no schema (drizzle-kit wrote
-- "public"), so it follows search_path like 0000 does (the PostgreSQL tests use their own schema).
ALTER TABLE "assessments" ADD COLUMN "reassessment_of" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reassessment_of_assessments_id_fk" FOREIGN KEY ("reassessment_of") REFERENCES "assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_reassessment_of_idx" ON "assessments" USING btree ("reassessment_of");