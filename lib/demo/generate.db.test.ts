import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { services as servicesTable, targets as targetsTable } from '@/db/schema';
import { seedCatalogue } from '@/db/seed/run';
import { getDb } from '@/lib/db';
import { dueDate } from '@/lib/metrics/due-date';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { TRACKING_NUMBER } from '@/lib/requests/tracking-number';
import { generateDemo, type DemoData } from './generate';
import { seedDemoData } from './seed';

// A fixed "now" and a tenth of the default size: the same data every run, seeded in seconds.
const NOW = new Date('2026-11-27T17:00:00Z');
const OPTIONS = { now: NOW, seed: 7, scale: 0.1 };

async function rows<T = Record<string, unknown>>(db: Db, q: ReturnType<typeof sql>) {
  return (await db.execute(q)).rows as T[];
}
const one = async (db: Db, q: ReturnType<typeof sql>) =>
  Number(Object.values((await rows(db, q))[0])[0]);

type Cell = { service_code: string; status: string; reason: string; n: number; close_ms: number };

/** What must come out the same from the same seed: counts and total close time per cell. */
async function fingerprint(db: Db): Promise<Cell[]> {
  const cells = await rows<Cell>(
    db,
    sql`select service_code, status, coalesce(close_reason, '') as reason, count(*)::int as n,
          coalesce(round(sum(extract(epoch from closed_at - created_at)) * 1000), 0)::float8 as close_ms
        from service_requests where is_demo group by 1, 2, 3`,
  );
  return sortCells(cells.map((c) => ({ ...c, close_ms: Number(c.close_ms) })));
}

function fingerprintOf(data: DemoData): Cell[] {
  const cells = new Map<string, Cell>();
  for (const q of data.requests) {
    const reason = q.closeReason ?? '';
    const key = `${q.serviceCode}|${q.status}|${reason}`;
    const cell = cells.get(key) ?? {
      service_code: q.serviceCode,
      status: q.status,
      reason,
      n: 0,
      close_ms: 0,
    };
    cell.n++;
    if (q.closedAt) cell.close_ms += q.closedAt.getTime() - q.createdAt.getTime();
    cells.set(key, cell);
  }
  return sortCells([...cells.values()]);
}

const sortCells = (cells: Cell[]) =>
  cells.sort((a, b) =>
    `${a.service_code}|${a.status}|${a.reason}`.localeCompare(
      `${b.service_code}|${b.status}|${b.reason}`,
    ),
  );

describe('demo history (DEMO_DATA)', () => {
  let db: Db;
  let created: number;

  beforeAll(async () => {
    db = await getDb();
    // Targets for the fiscal years around NOW, whatever the date the tests run on.
    await seedCatalogue(db, NOW);
    expect(await one(db, sql`select count(*) from service_requests`)).toBe(0);
    created = await seedDemoData(db, OPTIONS);
  });

  it('creates a labelled history of a couple of thousand requests at this scale', async () => {
    expect(created).toBeGreaterThan(1500);
    expect(created).toBeLessThan(3500);
    expect(await one(db, sql`select count(*) from service_requests where is_demo`)).toBe(created);
    expect(await one(db, sql`select count(*) from service_requests where not is_demo`)).toBe(0);
    const [span] = await rows<{ first: Date | string; last: Date | string }>(
      db,
      sql`select min(created_at) as first, max(created_at) as last from service_requests`,
    );
    // From the start of the previous fiscal year up to now.
    expect(fiscalYearOf(new Date(span.first))).toBe(fiscalYearOf(NOW) - 1);
    expect(new Date(span.last).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(new Date(span.last).getTime()).toBeGreaterThan(NOW.getTime() - 86_400_000);
  });

  it('is deterministic: the database holds exactly what the seed generates, every time', async () => {
    const services = await db
      .select({ code: servicesTable.code, categoryCode: servicesTable.categoryCode })
      .from(servicesTable);
    const targets = await db.select().from(targetsTable);
    const first = generateDemo(services, targets, OPTIONS);
    expect(generateDemo(services, targets, OPTIONS)).toEqual(first);
    expect(first.requests.length).toBe(created);
    expect(await fingerprint(db)).toEqual(fingerprintOf(first));
    expect(fingerprintOf(generateDemo(services, targets, { ...OPTIONS, seed: 8 }))).not.toEqual(
      fingerprintOf(first),
    );
  });

  it('keeps statuses, dates, timeline and row version consistent', async () => {
    expect(
      await one(
        db,
        sql`select count(*) from service_requests where
              (status = 'closed') <> (closed_at is not null and close_reason is not null)
              or (status <> 'new') <> (acknowledged_at is not null)
              or closed_at < acknowledged_at or acknowledged_at < created_at
              or updated_at < created_at or updated_at < coalesce(closed_at, created_at)`,
      ),
    ).toBe(0);
    // The public timeline starts with "submitted", ends in the current status, one entry a move.
    expect(
      await one(
        db,
        sql`select count(*) from service_requests r where
              (select e.to_status from request_events e where e.request_id = r.id
                 order by e.created_at desc, e.id desc limit 1) <> r.status
              or (select e.kind from request_events e where e.request_id = r.id
                 order by e.created_at, e.id limit 1) <> 'submitted'
              or (select count(*) from request_events e where e.request_id = r.id) <> r.version
              or exists (select 1 from request_events e where e.request_id = r.id
                 and e.visibility <> 'public')`,
      ),
    ).toBe(0);
    const reasons = await rows<{ reason: string; n: number }>(
      db,
      sql`select close_reason as reason, count(*)::int as n from service_requests
          where status = 'closed' group by 1`,
    );
    const share = (r: string) => (reasons.find((x) => x.reason === r)?.n ?? 0) / created;
    expect(share('resolved')).toBeGreaterThan(0.7);
    for (const r of ['duplicate', 'referred', 'unable_to_locate', 'no_action_needed'])
      expect(share(r)).toBeGreaterThan(0.01);
    // A duplicate points at an earlier request for the same thing at the same place.
    expect(
      await one(
        db,
        sql`select count(*) from service_requests d join service_requests p on p.id = d.duplicate_of
            where d.service_code <> p.service_code or d.address <> p.address
              or p.created_at > d.created_at or p.close_reason = 'duplicate'`,
      ),
    ).toBe(0);
    expect(
      await one(
        db,
        sql`select count(*) from service_requests where close_reason = 'duplicate' and duplicate_of is null`,
      ),
    ).toBe(0);
    const numbers = await rows<{ t: string }>(
      db,
      sql`select tracking_number as t from service_requests`,
    );
    expect(numbers.every((n) => TRACKING_NUMBER.test(n.t))).toBe(true);
  });

  it('sets due dates from the target in force, with most closed on time', async () => {
    expect(await one(db, sql`select count(*) from service_requests where due_at is null`)).toBe(0);
    const sample = await rows<{
      created: string;
      due: string;
      days: number;
      type: 'calendar' | 'business';
    }>(
      db,
      sql`select r.created_at::text as created, r.due_at::text as due, t.days_to_close as days,
            t.day_type as type
          from service_requests r join targets t on t.service_code = r.service_code
            and t.fiscal_year = case when extract(month from r.created_at at time zone 'America/New_York') >= 7
              then extract(year from r.created_at at time zone 'America/New_York') + 1
              else extract(year from r.created_at at time zone 'America/New_York') end
          order by r.id limit 40`,
    );
    expect(sample.length).toBe(40);
    for (const s of sample)
      expect(new Date(s.due).getTime()).toBe(
        dueDate(new Date(s.created), { daysToClose: s.days, dayType: s.type }).getTime(),
      );
    const onTime = await one(
      db,
      sql`select avg((closed_at <= due_at)::int) from service_requests
          where status = 'closed' and close_reason not in ('duplicate', 'referred')`,
    );
    expect(onTime).toBeGreaterThan(0.7);
    expect(onTime).toBeLessThan(0.95);
  });

  it('leaves recent requests open and some older ones overdue', async () => {
    const at = NOW.toISOString();
    expect(
      await one(
        db,
        sql`select count(*) from service_requests where closed_at is null and due_at < ${at}::timestamptz - interval '14 days'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await one(
        db,
        sql`select count(*) from service_requests where closed_at is null and created_at > ${at}::timestamptz - interval '2 days'`,
      ),
    ).toBeGreaterThan(0);
    const statuses = await rows<{ status: string }>(
      db,
      sql`select distinct status from service_requests`,
    );
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'acknowledged',
      'closed',
      'in_progress',
      'new',
    ]);
  });

  it('asks consenting residents after closure, and about a fifth answer, mostly satisfied', async () => {
    const [s] = await rows<{ asked: number; answered: number; happy: number; stray: number }>(
      db,
      sql`select count(*)::int as asked, count(v.answered_at)::int as answered,
            count(*) filter (where v.score >= 4)::int as happy,
            count(*) filter (where r.status <> 'closed' or c.consent_to_updates is not true
              or v.created_at <> r.closed_at or v.answered_at < r.closed_at)::int as stray
          from survey_responses v join service_requests r on r.id = v.request_id
          left join request_contacts c on c.request_id = r.id
          where v.kind = 'satisfaction'`,
    );
    expect(s.stray).toBe(0);
    expect(s.answered / s.asked).toBeGreaterThanOrEqual(0.15);
    expect(s.answered / s.asked).toBeLessThanOrEqual(0.25);
    expect(s.happy / s.answered).toBeGreaterThan(0.55);
    expect(s.happy / s.answered).toBeLessThan(0.9);
    expect(
      await one(
        db,
        sql`select count(*) from survey_responses where kind = 'ease' and score is not null`,
      ),
    ).toBeGreaterThan(0);
    expect(await one(db, sql`select count(*) from survey_responses where kind = 'ease'`)).toBe(
      created,
    );
  });

  it('holds no personal data: contacts are example.invalid addresses only', async () => {
    expect(
      await one(
        db,
        sql`select count(*) from request_contacts where email not like '%@example.invalid'
              or name is not null or phone is not null`,
      ),
    ).toBe(0);
    expect(await one(db, sql`select count(*) from request_contacts`)).toBeGreaterThan(0);
  });

  it('records request forms: about three in four sent, in a few minutes', async () => {
    const [f] = await rows<{ started: number; sent: number; minutes: number; web: number }>(
      db,
      sql`select count(*)::int as started, count(submitted_at)::int as sent,
            percentile_cont(0.5) within group (order by extract(epoch from submitted_at - started_at) / 60) as minutes,
            (select count(*)::int from service_requests where channel = 'web') as web
          from form_sessions where id like 'demo-%'`,
    );
    expect(f.sent).toBe(f.web);
    expect(f.sent / f.started).toBeGreaterThan(0.7);
    expect(f.sent / f.started).toBeLessThan(0.85);
    expect(Number(f.minutes)).toBeGreaterThan(2);
    expect(Number(f.minutes)).toBeLessThan(6);
  });

  it('seeds once: a second run adds nothing', async () => {
    const count = () =>
      one(
        db,
        sql`select (select count(*) from service_requests) + (select count(*) from request_events)
        + (select count(*) from survey_responses) + (select count(*) from form_sessions)`,
      );
    const before = await count();
    expect(await seedDemoData(db, { ...OPTIONS, seed: 99 })).toBe(0);
    expect(await count()).toBe(before);
  });
});
