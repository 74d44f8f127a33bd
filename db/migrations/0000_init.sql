CREATE SEQUENCE "public"."service_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_attributes" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"code" text NOT NULL,
	"datatype" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"order" integer NOT NULL,
	"description" jsonb NOT NULL,
	"hint" jsonb,
	"values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "service_attributes_service_code_code" UNIQUE("service_code","code")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"code" text PRIMARY KEY NOT NULL,
	"agency_code" text NOT NULL,
	"category_code" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"expect" jsonb NOT NULL,
	"keywords" jsonb NOT NULL,
	"popularity" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"days_to_close" integer NOT NULL,
	"day_type" text DEFAULT 'calendar' NOT NULL,
	"on_time_goal_pct" integer NOT NULL,
	"satisfaction_goal_pct" integer NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_service_code_fiscal_year" UNIQUE("service_code","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" text PRIMARY KEY NOT NULL,
	"request_id" bigint,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_answers" (
	"request_id" bigint NOT NULL,
	"attribute_code" text NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "request_answers_request_id_attribute_code_pk" PRIMARY KEY("request_id","attribute_code")
);
--> statement-breakpoint
CREATE TABLE "request_contacts" (
	"request_id" bigint PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"preferred_language" text,
	"consent_to_updates" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"visibility" text NOT NULL,
	"body" text,
	"actor_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tracking_number" text NOT NULL,
	"service_code" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"close_reason" text,
	"description" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"zip" text NOT NULL,
	"lat" double precision,
	"long" double precision,
	"locale" text NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duplicate_of" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "service_requests_tracking_number_unique" UNIQUE("tracking_number"),
	CONSTRAINT "service_requests_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "service_requests_status_check" CHECK ("service_requests"."status" in ('new','acknowledged','in_progress','closed')),
	CONSTRAINT "service_requests_closed_check" CHECK (("service_requests"."status" = 'closed') = ("service_requests"."closed_at" is not null and "service_requests"."close_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"score" smallint,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "survey_responses_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "survey_responses_request_kind" UNIQUE("request_id","kind"),
	CONSTRAINT "survey_responses_score_check" CHECK ("survey_responses"."score" is null or "survey_responses"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "service_attributes" ADD CONSTRAINT "service_attributes_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "public"."services"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_category_code_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "public"."services"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_answers" ADD CONSTRAINT "request_answers_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_contacts" ADD CONSTRAINT "request_contacts_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_code_services_code_fk" FOREIGN KEY ("service_code") REFERENCES "public"."services"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_service_created_idx" ON "service_requests" USING btree ("service_code","created_at");--> statement-breakpoint
CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status");