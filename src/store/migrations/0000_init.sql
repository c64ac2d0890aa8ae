CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"client_ref" text,
	"lang" text NOT NULL,
	"rulebook" text NOT NULL,
	"as_of" text NOT NULL,
	"poe" text NOT NULL,
	"route" text NOT NULL,
	"profile" json NOT NULL,
	"assessment" json NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assessments_created_idx" ON "assessments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "assessments_client_ref_idx" ON "assessments" USING btree ("client_ref");