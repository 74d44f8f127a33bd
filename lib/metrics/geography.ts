import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { COUNCIL_DISTRICTS, COUNCIL_PLAN, districtPopulation } from '@/lib/geo/districts';
import { zipPopulation, zipRateBase } from '@/lib/geo/zips';
import { BALTIMORE_CITY_ZIPS } from '@/lib/requests/location';
import { EXCLUDED_REASONS, ON_TIME_EXCLUDED, share } from './definitions';

/**
 * Where: the period's figures by council district and by ZIP code. Same definitions as the
 * city row (lib/metrics/aggregate.ts): received and closed in the period, open and overdue at
 * its end (the whole backlog), median days to close and on-time share of the closures.
 */
export type PlaceFigures = {
  /** District number ("1"–"14") or ZIP code; null: the requests with no known place. */
  place: string | null;
  received: number;
  closed: number;
  open: number;
  overdue: number;
  medianDays: number | null;
  eligible: number;
  onTime: number;
  onTimePct: number | null;
  /** 2020 Census residents, where known (lib/geo/data/README.md). */
  population: number | null;
  /** Requests received in the period per 1,000 residents; null where no honest base exists. */
  perThousand: number | null;
};

export type Places = {
  /** The council district plan the districts belong to (lib/geo/districts.ts). */
  plan: string;
  districts: PlaceFigures[];
  zips: PlaceFigures[];
};

type Row = {
  by: 'district' | 'zip';
  place: string | null;
  received: number;
  closed: number;
  open: number;
  overdue: number;
  median_days: number | string | null;
  eligible: number;
  on_time: number;
};

const perThousand = (received: number, base: number | null) =>
  base ? (1000 * received) / base : null;

/** One scan of the requests that count anywhere in the period, grouped both ways at once. */
export async function placeFigures(
  db: Db,
  p: { start: Date; end: Date; asOf: Date },
): Promise<Places> {
  const [start, end, asOf] = [p.start, p.end, p.asOf].map((d) => d.toISOString());
  const list = (reasons: readonly string[]) =>
    sql.join(
      reasons.map((r) => sql`${r}`),
      sql`, `,
    );
  const inPeriod = (col: string) =>
    sql`${sql.raw(col)} >= ${start}::timestamptz and ${sql.raw(col)} < ${end}::timestamptz`;
  const closedHere = inPeriod('r.closed_at');
  const openAtEnd = sql`r.created_at < ${asOf}::timestamptz
    and (r.closed_at is null or r.closed_at > ${asOf}::timestamptz)`;
  const onTimeBase = sql`${closedHere} and r.close_reason not in (${list(ON_TIME_EXCLUDED)})`;

  const { rows } = await db.execute(sql`
    select case when grouping(r.council_district) = 0 then 'district' else 'zip' end as by,
      coalesce(r.council_district::text, r.zip) as place,
      count(*) filter (where ${inPeriod('r.created_at')})::int as received,
      count(*) filter (where ${closedHere})::int as closed,
      count(*) filter (where ${openAtEnd})::int as open,
      count(*) filter (where ${openAtEnd} and r.due_at < ${asOf}::timestamptz)::int as overdue,
      percentile_cont(0.5) within group (order by extract(epoch from r.closed_at - r.created_at) / 86400)
        filter (where ${closedHere} and r.close_reason not in (${list(EXCLUDED_REASONS)})) as median_days,
      count(*) filter (where ${onTimeBase} and r.due_at is not null)::int as eligible,
      count(*) filter (where ${onTimeBase} and r.closed_at <= r.due_at)::int as on_time
    from service_requests r
    where r.created_at < greatest(${end}::timestamptz, ${asOf}::timestamptz)
      and (r.closed_at is null or r.closed_at >= ${start}::timestamptz)
    group by grouping sets ((r.council_district), (r.zip))`);

  const found = rows as Row[];
  const figures = (
    by: Row['by'],
    place: string | null,
    base: number | null,
    pop: number | null,
  ) => {
    const r = found.find((x) => x.by === by && x.place === place);
    const received = r?.received ?? 0;
    return {
      place,
      received,
      closed: r?.closed ?? 0,
      open: r?.open ?? 0,
      overdue: r?.overdue ?? 0,
      medianDays: r?.median_days == null ? null : Number(r.median_days),
      eligible: r?.eligible ?? 0,
      onTime: r?.on_time ?? 0,
      onTimePct: share(r?.on_time ?? 0, r?.eligible ?? 0),
      population: pop,
      perThousand: perThousand(received, base),
    };
  };

  const districts = [
    ...COUNCIL_DISTRICTS.map((d) => {
      const pop = districtPopulation(d);
      return figures('district', String(d), pop, pop);
    }),
    figures('district', null, null, null),
  ];
  // Every ZIP the form accepts (a quiet one shows as zeros, not as missing), then any other seen.
  const zipCodes = new Set([
    ...BALTIMORE_CITY_ZIPS,
    ...found.filter((r) => r.by === 'zip' && r.place !== null).map((r) => r.place as string),
  ]);
  const zips = [
    ...[...zipCodes].sort().map((z) => figures('zip', z, zipRateBase(z), zipPopulation(z))),
    figures('zip', null, null, null),
  ];
  return { plan: COUNCIL_PLAN, districts, zips };
}
