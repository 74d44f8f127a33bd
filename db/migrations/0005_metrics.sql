CREATE TABLE "form_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "performance_snapshots" (
	"key" text PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "set_by" integer;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "form_sessions_service_started_idx" ON "form_sessions" USING btree ("service_code","started_at");--> statement-breakpoint
CREATE INDEX "service_requests_updated_idx" ON "service_requests" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "service_requests_created_idx" ON "service_requests" USING btree ("created_at");