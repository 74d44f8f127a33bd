CREATE TABLE "published_reports" (
	"period_key" text PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
