CREATE TABLE "access_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"tenant" text NOT NULL,
	"key_id" text NOT NULL,
	"action" text NOT NULL,
	"record_id" uuid
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "tenant" text DEFAULT 'default' NOT NULL;--> statement-breakpoint
CREATE INDEX "access_log_tenant_idx" ON "access_log" USING btree ("tenant","seq");--> statement-breakpoint
CREATE INDEX "assessments_tenant_created_idx" ON "assessments" USING btree ("tenant","created_at","id");