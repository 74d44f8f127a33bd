import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { EXCLUDED_REASONS, ON_TIME_EXCLUDED } from './definitions';
import { businessDaysBetween } from './city-holidays';
import { provenanceColumns, type Column } from './open-data';
import type { DefinitionId } from './open-data-definitions';
import type { Period } from './periods';

/**
 * The request-level open dataset: one row per request of a period, no personal data, so a
 * reader can recompute the page's counts (received, closed, backlog, on-time) from the rows.
 *
 * Field names follow Open Baltimore's "311 Customer Service Requests" dataset where we hold the
 * same field (ServiceRequestNum, SRType, Agency, MethodReceived, CreatedDate, SRStatus, DueDate,
 * CloseDate, Outcome, ZipCode, CouncilDistrict, Latitude, Longitude). Names confirmed from: the column list in
 * https://rstudio-pubs-static.s3.amazonaws.com/1273655_b590c05663764ccca7ea5e2688add532.html
 * (an analysis of data.baltimorecity.gov "311 Customer Service Requests 2024": SRRecordID,
 * ServiceRequestNum, SRStatus, LastActivity, LastActivityDate, Address, ZipCode, Neighborhood,
 * CouncilDistrict, PoliceDistrict, PolicePost, Latitude, Longitude, GeoLocation) and an R script
 * cleaning that dataset (SRType, CreatedDate, CloseDate, StatusDate, Outcome, Agency). DueDate
 * and MethodReceived come from the field list we were given for the dataset; we found no
 * published source confirming those two names. Left out: SRRecordID (an internal record id), Address (the
 * resident's own words: see the privacy rule below), Neighborhood,
 * PoliceDistrict, PolicePost (not held), StatusDate, LastActivity, LastActivityDate (our only
 * "last changed" time also moves on internal staff notes), GeoLocation (repeats Latitude and
 * Longitude). Our own fields are in snake_case, beside the field they go with (service_name,
 * agency_code, first_response_at) or after them (the period flags).
 *
 * Privacy: no description, contact, answers to the form's questions, photos, landmark notes,
 * staff names or notes. Location: the ZIP code and the coordinates rounded to 3 decimals (a
 * grid of about 110 m north–south by 85 m east–west in Baltimore), never the typed address:
 * Open Baltimore publishes the address, but ours is typed by residents and may hold anything.
 */

/** Which requests a period's dataset holds, in words (the JSON download says it): an OpenData message. */
export const REQUEST_ROWS_RULE: DefinitionId = 'requestRows';

export type RequestRecord = {
  id: number;
  trackingNumber: string;
  serviceCode: string;
  agencyCode: string;
  channel: string;
  status: string;
  closeReason: string | null;
  /** The service it was made under, when staff moved it to another (reclassified). */
  reclassifiedFrom: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  dueAt: Date | null;
  closedAt: Date | null;
  zip: string | null;
  /** Council district (1–14) where the request was located; null without coordinates. */
  councilDistrict: number | null;
  lat: number | null;
  long: number | null;
  demo: boolean;
  receivedInPeriod: boolean;
  closedInPeriod: boolean;
  openAtPeriodEnd: boolean;
  overdueAtPeriodEnd: boolean;
  daysToClose: number | null;
  /** City business days from creation to closure (definitions.ts), for requests closed in the period. */
  businessDaysToClose: number | null;
  countsTowardDaysToClose: boolean;
  onTimeEligible: boolean;
  onTime: boolean;
};

/** A row with its service's and agency's names in the reader's language (?lang). */
export type RequestRow = RequestRecord & { serviceName: string; agencyName: string };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const requestColumns: Column<RequestRow>[] = [
  {
    key: 'ServiceRequestNum',
    definition: 'requests.ServiceRequestNum',
    value: (r) => r.trackingNumber,
  },
  {
    key: 'SRType',
    definition: 'requests.SRType',
    value: (r) => r.serviceCode,
  },
  { key: 'service_name', definition: 'requests.service_name', value: (r) => r.serviceName },
  { key: 'agency_code', definition: 'requests.agency_code', value: (r) => r.agencyCode },
  { key: 'Agency', definition: 'requests.Agency', value: (r) => r.agencyName },
  {
    key: 'MethodReceived',
    definition: 'requests.MethodReceived',
    value: (r) => r.channel,
  },
  {
    key: 'CreatedDate',
    definition: 'requests.CreatedDate',
    value: (r) => iso(r.createdAt),
  },
  {
    key: 'first_response_at',
    definition: 'requests.first_response_at',
    value: (r) => iso(r.acknowledgedAt),
  },
  {
    key: 'DueDate',
    definition: 'requests.DueDate',
    value: (r) => iso(r.dueAt),
  },
  {
    key: 'CloseDate',
    definition: 'requests.CloseDate',
    value: (r) => iso(r.closedAt),
  },
  {
    key: 'SRStatus',
    definition: 'requests.SRStatus',
    value: (r) => r.status,
  },
  {
    key: 'Outcome',
    definition: 'requests.Outcome',
    value: (r) => r.closeReason,
  },
  {
    key: 'reclassified_from',
    definition: 'requests.reclassified_from',
    value: (r) => r.reclassifiedFrom,
  },
  { key: 'ZipCode', definition: 'requests.ZipCode', value: (r) => r.zip },
  {
    key: 'CouncilDistrict',
    definition: 'requests.CouncilDistrict',
    value: (r) => r.councilDistrict,
  },
  {
    key: 'Latitude',
    definition: 'requests.Latitude',
    value: (r) => r.lat,
  },
  {
    key: 'Longitude',
    definition: 'requests.Longitude',
    value: (r) => r.long,
  },
  {
    key: 'received_in_period',
    definition: 'requests.received_in_period',
    value: (r) => r.receivedInPeriod,
  },
  {
    key: 'closed_in_period',
    definition: 'requests.closed_in_period',
    value: (r) => r.closedInPeriod,
  },
  {
    key: 'open_at_period_end',
    definition: 'requests.open_at_period_end',
    value: (r) => r.openAtPeriodEnd,
  },
  {
    key: 'overdue_at_period_end',
    definition: 'requests.overdue_at_period_end',
    value: (r) => r.overdueAtPeriodEnd,
  },
  {
    key: 'days_to_close',
    definition: 'requests.days_to_close',
    value: (r) => r.daysToClose,
  },
  {
    key: 'business_days_to_close',
    definition: 'requests.business_days_to_close',
    value: (r) => r.businessDaysToClose,
  },
  {
    key: 'counts_toward_days_to_close',
    definition: 'requests.counts_toward_days_to_close',
    value: (r) => r.countsTowardDaysToClose,
  },
  {
    key: 'on_time_eligible',
    definition: 'requests.on_time_eligible',
    value: (r) => r.onTimeEligible,
  },
  {
    key: 'on_time',
    definition: 'requests.on_time',
    value: (r) => r.onTime,
  },
];

/** Whether the request is synthetic demonstration data (DEMO_DATA). */
export const requestDemoColumn: Column<RequestRow> = {
  key: 'demo',
  definition: 'requests.demo',
  value: (r) => r.demo,
};

type Raw = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));
const bool = (v: unknown) => v === true || v === 't';
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The period's requests, in batches of `batchSize` by ascending id (keyset pagination: each
 * batch is one indexed query that starts after the last id seen), so a download of hundreds of
 * thousands of rows never holds more than one batch in memory. The flags use the same
 * conditions as the transparency page's SQL (aggregate.ts), evaluated at `asOf`: the period's
 * end, or the moment the download began for a running period. Batches are separate reads: a
 * request changed while a long download runs appears as it was when its batch was read.
 */
export async function* requestBatches(
  db: Db,
  p: Period,
  opts: { asOf: Date; agency?: string; batchSize?: number },
): AsyncGenerator<RequestRecord[]> {
  const start = p.start.toISOString();
  const end = p.end.toISOString();
  const asOf = (p.toDate ? opts.asOf : p.end).toISOString();
  const size = opts.batchSize ?? 5_000;
  const list = (reasons: readonly string[]) =>
    sql.join(
      reasons.map((r) => sql`${r}`),
      sql`, `,
    );
  const received = sql`(r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz)`;
  const closed = sql`coalesce(r.closed_at >= ${start}::timestamptz and r.closed_at < ${end}::timestamptz, false)`;
  const open = sql`(r.created_at < ${asOf}::timestamptz and (r.closed_at is null or r.closed_at > ${asOf}::timestamptz))`;
  const eligible = sql`(${closed} and r.close_reason not in (${list(ON_TIME_EXCLUDED)}) and r.due_at is not null)`;
  let after = 0;
  for (;;) {
    const { rows } = await db.execute(
      sql`select r.id, r.tracking_number, r.service_code, s.agency_code, r.channel, r.status,
            r.close_reason, r.reclassified_from, r.created_at, r.acknowledged_at, r.due_at, r.closed_at, r.zip, r.council_district,
            round(r.lat::numeric, 3)::float8 as lat, round(r.long::numeric, 3)::float8 as long,
            r.is_demo, ${received} as received, ${closed} as closed, ${open} as open,
            (${open} and coalesce(r.due_at < ${asOf}::timestamptz, false)) as overdue,
            case when ${closed} then extract(epoch from r.closed_at - r.created_at)::float8 / 86400 end
              as days_to_close,
            (${closed} and r.close_reason not in (${list(EXCLUDED_REASONS)})) as counts_days,
            ${eligible} as eligible,
            (${eligible} and r.closed_at <= r.due_at) as on_time
          from service_requests r join services s on s.code = r.service_code
          where r.id > ${after} and (${received} or ${closed} or ${open})
            ${opts.agency ? sql`and s.agency_code = ${opts.agency}` : sql``}
          order by r.id
          limit ${size}`,
    );
    if (!rows.length) return;
    yield (rows as Raw[]).map((r) => ({
      id: Number(r.id),
      trackingNumber: String(r.tracking_number),
      serviceCode: String(r.service_code),
      agencyCode: String(r.agency_code),
      channel: String(r.channel),
      status: String(r.status),
      closeReason: (r.close_reason as string | null) ?? null,
      reclassifiedFrom: (r.reclassified_from as string | null) ?? null,
      createdAt: date(r.created_at)!,
      acknowledgedAt: date(r.acknowledged_at),
      dueAt: date(r.due_at),
      closedAt: date(r.closed_at),
      zip: (r.zip as string | null) ?? null,
      councilDistrict: num(r.council_district),
      lat: num(r.lat),
      long: num(r.long),
      demo: bool(r.is_demo),
      receivedInPeriod: bool(r.received),
      closedInPeriod: bool(r.closed),
      openAtPeriodEnd: bool(r.open),
      overdueAtPeriodEnd: bool(r.overdue),
      daysToClose: num(r.days_to_close),
      businessDaysToClose:
        bool(r.closed) && r.closed_at
          ? businessDaysBetween(date(r.created_at)!, date(r.closed_at)!)
          : null,
      countsTowardDaysToClose: bool(r.counts_days),
      onTimeEligible: bool(r.eligible),
      onTime: bool(r.on_time),
    }));
    if (rows.length < size) return;
    after = Number((rows[rows.length - 1] as Raw).id);
  }
}

/**
 * The CSV's columns: the row's own, then the provenance columns every download carries (period
 * and computed-at from open-data.ts; demo here is the row's own flag).
 */
export function requestCsvColumns(period: string, computedAt: Date): Column<RequestRow>[] {
  const stamp = { period, computedAt, demo: false };
  return [
    ...requestColumns,
    ...provenanceColumns
      .filter((c) => c.key !== 'demo')
      .map((c) => ({ ...c, value: () => c.value(stamp) })),
    requestDemoColumn,
  ];
}
