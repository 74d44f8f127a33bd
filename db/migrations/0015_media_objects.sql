CREATE TABLE "media_objects" (
	"key" text PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_objects_size_check" CHECK ("media_objects"."size" = octet_length("media_objects"."bytes") and "media_objects"."size" <= 10485760)
);
--> statement-breakpoint
-- hand-written: photos are JPEG, already compressed. EXTERNAL stores them out of line without
-- trying to compress them again, so substring() reads only the TOAST chunks a read asks for
-- (lib/media/storage/database.ts streams a photo in slices).
ALTER TABLE "media_objects" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
