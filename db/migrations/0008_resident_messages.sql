CREATE TABLE "request_subscriptions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" bigint NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"locale" text NOT NULL,
	"role" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	CONSTRAINT "request_subscriptions_unsubscribe_token_unique" UNIQUE("unsubscribe_token"),
	CONSTRAINT "request_subscriptions_recipient" UNIQUE("request_id","channel","recipient"),
	CONSTRAINT "request_subscriptions_channel_check" CHECK ("request_subscriptions"."channel" in ('email','sms'))
);
--> statement-breakpoint
DROP INDEX "outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "referred_to" text;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "location_note" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "subscription_id" bigint;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "request_subscriptions" ADD CONSTRAINT "request_subscriptions_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_request_idx" ON "outbox" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("next_attempt_at") WHERE delivered_at is null and cancelled_at is null;--> statement-breakpoint
-- Residents who already agreed to updates keep getting them: one subscription each, with a
-- fresh random unsubscribe token (gen_random_uuid draws on the server's strong random source).
INSERT INTO "request_subscriptions" ("request_id", "channel", "recipient", "locale", "role", "unsubscribe_token")
SELECT c."request_id",
  CASE WHEN c."email" IS NOT NULL THEN 'email' ELSE 'sms' END,
  coalesce(c."email", c."phone"),
  CASE WHEN c."preferred_language" IS NULL OR c."preferred_language" = 'other' THEN r."locale" ELSE c."preferred_language" END,
  'requester',
  replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
FROM "request_contacts" c JOIN "service_requests" r ON r."id" = c."request_id"
WHERE c."consent_to_updates" AND coalesce(c."email", c."phone") IS NOT NULL;
