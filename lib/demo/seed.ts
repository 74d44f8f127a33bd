import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { services, targets } from '@/db/schema';
import { councilDistrictAt } from '@/lib/geo/districts';
import { generateDemo, type DemoOptions, type DemoRequest } from './generate';

/** The demo history's default seed: everyone's first `npm start` shows the same city. */
export const DEMO_SEED = 311;
const BATCH = 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Seeds the labelled synthetic history (DEMO_DATA) once: if any demo request exists, it does
 * nothing. One transaction, so a crash leaves no half-made history; rows go in 1,000 per
 * statement as a JSON parameter (one bind value, whatever the width). Returns the number of
 * requests created (0 when they were there already).
 */
export async function seedDemoData(db: Db, opts: Partial<DemoOptions> = {}): Promise<number> {
  const options: DemoOptions = {
    now: opts.now ?? new Date(),
    seed: opts.seed ?? DEMO_SEED,
    scale: opts.scale ?? 1,
  };
  return db.transaction(async (tx) => {
    // Several instances starting at once: one seeds, the others wait and then find its rows.
    await tx.execute(sql`select pg_advisory_xact_lock(727312)`);
    const found = await tx.execute(sql`select 1 from service_requests where is_demo limit 1`);
    if (found.rows.length) return 0;

    const serviceRows = await tx
      .select({ code: services.code, categoryCode: services.categoryCode })
      .from(services);
    const targetRows = await tx
      .select({
        serviceCode: targets.serviceCode,
        fiscalYear: targets.fiscalYear,
        daysToClose: targets.daysToClose,
        dayType: targets.dayType,
        onTimeGoalPct: targets.onTimeGoalPct,
      })
      .from(targets);
    const data = generateDemo(serviceRows, targetRows, options);

    const ids = new Map<string, number>();
    for (const batch of chunks(data.requests)) {
      const res = await tx.execute(insertRequests(batch));
      for (const row of res.rows) ids.set(String(row.idempotency_key), Number(row.id));
    }
    const idOf = (q: DemoRequest) => ids.get(q.key)!;
    const links = data.requests
      .filter((q) => q.duplicateOf !== null)
      .map((q) => ({ id: idOf(q), parent: idOf(data.requests[q.duplicateOf!]) }));
    await each(
      tx,
      links,
      (json) => sql`
      update service_requests s set duplicate_of = v.parent
      from json_to_recordset(${json}::json) as v(id bigint, parent bigint) where s.id = v.id`,
    );

    await each(
      tx,
      data.requests.flatMap((q) => eventsOf(q, idOf(q))),
      (json) => sql`
      insert into request_events (request_id, kind, from_status, to_status, visibility, created_at)
      select request_id, kind, from_status, to_status, 'public', created_at
      from json_to_recordset(${json}::json)
        as e(request_id bigint, kind text, from_status text, to_status text, created_at timestamptz)`,
    );

    const contacts = data.requests
      .filter((q) => q.contactEmail)
      .map((q) => ({ request_id: idOf(q), email: q.contactEmail, language: q.locale }));
    await each(
      tx,
      contacts,
      (json) => sql`
      insert into request_contacts (request_id, email, preferred_language, consent_to_updates)
      select request_id, email, language, true
      from json_to_recordset(${json}::json) as c(request_id bigint, email text, language text)`,
    );

    const surveys = data.requests.flatMap((q) =>
      (['ease', 'satisfaction'] as const).flatMap((kind) => {
        const s = q[kind];
        if (!s) return [];
        const { createdAt, answeredAt, score } = s;
        const token_hash = sha256(`demo:${kind}:${q.key}`);
        return [{ request_id: idOf(q), kind, token_hash, score, createdAt, answeredAt }];
      }),
    );
    await each(
      tx,
      surveys,
      (json) => sql`
      insert into survey_responses (request_id, kind, token_hash, score, created_at, answered_at)
      select request_id, kind, token_hash, score, "createdAt", "answeredAt"
      from json_to_recordset(${json}::json) as v(request_id bigint, kind text, token_hash text,
        score smallint, "createdAt" timestamptz, "answeredAt" timestamptz)`,
    );

    await each(
      tx,
      data.formSessions,
      (json) => sql`
      insert into form_sessions (id, service_code, started_at, submitted_at)
      select "id", "serviceCode", "startedAt", "submittedAt"
      from json_to_recordset(${json}::json) as f("id" text, "serviceCode" text,
        "startedAt" timestamptz, "submittedAt" timestamptz)
      on conflict (id) do nothing`,
    );

    // The history changed under any figures computed before: let them be computed again.
    await tx.execute(sql`delete from performance_snapshots`);
    return data.requests.length;
  });
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

async function each<T>(tx: Tx, rows: readonly T[], statement: (json: string) => SQL) {
  for (const batch of chunks(rows)) await tx.execute(statement(JSON.stringify(batch)));
}

function insertRequests(batch: DemoRequest[]): SQL {
  const rows = batch.map((q) => ({
    ...q,
    version: 1 + statusMoves(q).length,
    councilDistrict: councilDistrictAt(q.lat, q.long),
  }));
  // Tracking numbers come from the same sequence as real requests, so they can never collide.
  return sql`
    insert into service_requests (tracking_number, service_code, status, close_reason,
      description, address, zip, lat, long, council_district, locale, channel, created_at,
      acknowledged_at, closed_at, due_at, updated_at, version, is_demo, idempotency_key)
    select 'BAL-' || to_char(r."createdAt" at time zone 'America/New_York', 'YY') || '-'
        || next_tracking_suffix(),
      r."serviceCode", r.status, r."closeReason", r.description, r.address, r.zip, r.lat, r.long,
      r."councilDistrict", r.locale, r.channel, r."createdAt", r."acknowledgedAt", r."closedAt", r."dueAt",
      greatest(r."createdAt", r."acknowledgedAt", r."startedAt", r."closedAt"), r.version, true,
      r.key
    from json_to_recordset(${JSON.stringify(rows)}::json) as r("serviceCode" text, status text,
      "closeReason" text, description text, address text, zip text, lat float8, long float8,
      "councilDistrict" int2, locale text, channel text, "createdAt" timestamptz, "acknowledgedAt" timestamptz,
      "startedAt" timestamptz, "closedAt" timestamptz, "dueAt" timestamptz, version int, key text)
    returning id, idempotency_key`;
}

type Move = { kind: string; from: string; to: string; at: Date };

/** The status changes staff made, in order: what the timeline and the row version show. */
function statusMoves(q: DemoRequest): Move[] {
  const moves: Move[] = [];
  let from = 'new';
  const move = (kind: string, to: string, at: Date) => {
    moves.push({ kind, from, to, at });
    from = to;
  };
  // Closing a request nobody acknowledged acknowledges it in the same step.
  const ackFirst = q.acknowledgedAt && (!q.closedAt || q.acknowledgedAt < q.closedAt);
  if (ackFirst) move('status', 'acknowledged', q.acknowledgedAt!);
  if (q.startedAt) move('status', 'in_progress', q.startedAt);
  if (q.closedAt) move(q.closeReason === 'duplicate' ? 'merged' : 'status', 'closed', q.closedAt);
  return moves;
}

function eventsOf(q: DemoRequest, requestId: number) {
  return [
    {
      request_id: requestId,
      kind: 'submitted',
      from_status: null,
      to_status: 'new',
      created_at: q.createdAt,
    },
    ...statusMoves(q).map((m) => ({
      request_id: requestId,
      kind: m.kind,
      from_status: m.from,
      to_status: m.to,
      created_at: m.at,
    })),
  ];
}
