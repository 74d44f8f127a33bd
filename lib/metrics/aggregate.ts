import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  EXCLUDED_REASONS,
  MIN_RESPONSES,
  NO_ACTION_REASONS,
  ON_TIME_EXCLUDED,
  attainment,
  share,
  shownPct,
  verdict,
  type DayUnit,
  type Verdict,
} from './definitions';
import { placeFigures, type Places } from './geography';
import { cityMidnight, monthsOf, type Period } from './periods';
import { CITY_TIME_ZONE } from './fiscal-year';
import { cityHolidayDates } from './city-holidays';

/**
 * The first year whose city holidays the SQL calendar subtracts. A request made before it and
 * closed in a period would count earlier holidays as business days; this system's requests
 * start long after.
 */
const HOLIDAYS_FROM = 2000;

/** The figures of one row of the transparency page (a service, an agency, or the city). */
export type Figures = {
  received: number;
  closed: number;
  /** The backlog: open at the period's end (or now), whatever their age; and overdue then. */
  open: number;
  overdue: number;
  /** The backlog by age at the period's end: 0–30, 31–90, 91–365 and over 365 days. */
  openAge: [number, number, number, number];
  /**
   * Days to close (closed requests, not duplicates or referrals), in `dayUnit`: a service's
   * target's unit; calendar days for agencies and the city, which mix units (definitions.ts).
   */
  medianDays: number | null;
  p90Days: number | null;
  dayUnit: DayUnit;
  /** Of the closures: merged as duplicates; closed without action (not found, none needed). */
  duplicates: number;
  noAction: number;
  /** Reopenings in the period (a request reopened twice counts twice). */
  reopened: number;
  /**
   * Moves to another service in the period (reclassified: lib/staff/reclassify.ts), counted under
   * the service the request is under now; a request moved twice counts twice. Such a request
   * is not closed as referred: it counts under its new service, with that service's due date.
   */
  reclassified: number;
  /** Median hours from a request being made to its first response (acknowledged or closed). */
  firstResponseHours: number | null;
  eligible: number;
  onTime: number;
  onTimePct: number | null;
  responses: number;
  satisfied: number;
  /** Null when suppressed (fewer than MIN_RESPONSES responses). */
  satisfactionPct: number | null;
  started: number;
  submitted: number;
  completionPct: number | null;
  medianMinutes: number | null;
};

/** A change to a target once its year had begun: when, from what to what, and why. */
export type TargetChange = {
  at: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  reason: string | null;
};

export type TargetFigures = {
  daysToClose: number;
  dayType: 'calendar' | 'business';
  onTimeGoalPct: number;
  satisfactionGoalPct: number;
  setAt: string;
  /** Changes made during the year, oldest first (requests keep the target of their day). */
  changes: TargetChange[];
};

export type ServiceFigures = Figures & {
  code: string;
  agencyCode: string;
  target: TargetFigures | null;
  /** On-time % (as shown, one decimal) ÷ on-time goal. */
  attainment: number | null;
  /** Met or missed the on-time goal, or too few closures to judge (definitions.verdict). */
  verdict: Verdict | null;
  /** Target days ÷ median days, both in the target's unit (lower is better). */
  speedAttainment: number | null;
};
export type AgencyFigures = Figures & {
  code: string;
  /** Services judged met; judged (met or missed); with too few closures to judge. */
  servicesMet: number;
  servicesMeasured: number;
  servicesTooFew: number;
};
export type MonthFigures = {
  month: string;
  received: number;
  closed: number;
  /** City-wide, so in calendar days. */
  medianDays: number | null;
  onTimePct: number | null;
};

export type PerformanceData = {
  period: { key: string; start: string; end: string; asOf: string; toDate: boolean };
  city: Figures & { servicesMet: number; servicesMeasured: number; servicesTooFew: number };
  agencies: AgencyFigures[];
  services: ServiceFigures[];
  months: MonthFigures[];
  /** Where: by council district and by ZIP code (lib/metrics/geography.ts). */
  places: Places;
  /** Some of the requests counted are synthetic (DEMO_DATA): the page must say so. */
  demo: boolean;
};

type Key = { agency: string | null; service: string | null };
const keyOf = (k: Key) => `${k.agency ?? '*'}|${k.service ?? '*'}`;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

/**
 * Every figure of the transparency page for one period, in five set-based queries. Grouping
 * sets give services, agencies and the city in one pass, so medians and percentiles are true
 * medians at each level (they cannot be added up from the level below).
 */
export async function aggregate(db: Db, p: Period): Promise<PerformanceData> {
  const start = p.start.toISOString();
  const end = p.end.toISOString();
  const asOf = p.asOf.toISOString();
  const list = (reasons: readonly string[]) =>
    sql.join(
      reasons.map((r) => sql`${r}`),
      sql`, `,
    );
  const excluded = list(EXCLUDED_REASONS);
  const notOnTime = list(ON_TIME_EXCLUDED);
  const groups = sql`grouping sets ((s.agency_code, r.service_code), (s.agency_code), ())`;

  const age = (days: number) => sql`${asOf}::timestamptz - interval '1 day' * ${days}`;
  const fyStart = cityMidnight(p.fiscalYear - 1, 7).toISOString();
  // Days to close in business days: a calendar of the city's dates from the oldest request
  // closed in the period to the period's end, as one array of running counts of business days
  // (weekdays that are not city holidays), built once per query; a request's business days are
  // the difference of the counts at its closure and creation dates, looked up by position (a
  // join by date made the planner misjudge sizes and sort on disk at a million requests).
  const holidays = cityHolidayDates(HOLIDAYS_FROM, p.end.getUTCFullYear() + 1).join(',');
  const calendarDays = sql`extract(epoch from r.closed_at - r.created_at) / 86400`;
  const closedCounts = (alias: string) => {
    const x = sql.raw(alias);
    return sql`count(*)::int as closed,
      count(*) filter (where ${x}.close_reason not in (${notOnTime}) and ${x}.due_at is not null)::int as eligible,
      count(*) filter (where ${x}.close_reason not in (${notOnTime}) and ${x}.closed_at <= ${x}.due_at)::int as on_time,
      count(*) filter (where ${x}.close_reason = 'duplicate')::int as duplicates,
      count(*) filter (where ${x}.close_reason in (${list(NO_ACTION_REASONS)}))::int as no_action`;
  };
  const where = placeFigures(db, p);
  // Awaited with the return; this only keeps a failure from going unhandled if another query
  // fails first.
  where.catch(() => undefined);
  const [
    received,
    backlog,
    closed,
    surveys,
    forms,
    months,
    targets,
    demo,
    reopened,
    reclassified,
    responded,
    targetChanges,
  ] = await Promise.all([
    // Received in the period.
    rows<Key & { received: number }>(
      db,
      sql`select s.agency_code as agency, r.service_code as service, count(*)::int as received
          from service_requests r join services s on s.code = r.service_code
          where r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz
          group by ${groups}`,
    ),
    // The backlog: every request open at the as-of time, whenever it was received (a request
    // from two years ago still open is the backlog's worst part, not outside it); overdue then;
    // and its age bands.
    rows<Key & Record<'open' | 'overdue' | 'a30' | 'a90' | 'a365' | 'older', number>>(
      db,
      sql`select s.agency_code as agency, r.service_code as service,
            count(*)::int as open,
            count(*) filter (where r.due_at < ${asOf}::timestamptz)::int as overdue,
            count(*) filter (where r.created_at >= ${age(30)})::int as a30,
            count(*) filter (where r.created_at < ${age(30)} and r.created_at >= ${age(90)})::int as a90,
            count(*) filter (where r.created_at < ${age(90)} and r.created_at >= ${age(365)})::int as a365,
            count(*) filter (where r.created_at < ${age(365)})::int as older
          from service_requests r join services s on s.code = r.service_code
          where r.created_at < ${asOf}::timestamptz
            and (r.closed_at is null or r.closed_at > ${asOf}::timestamptz)
          group by ${groups}`,
    ),
    // Closed in the period (whenever received): time to close and on time, with exclusions.
    // Services count days to close in their target's unit, agencies and the city in calendar
    // days: two queries, so each row is sorted for two percentiles per level, not four.
    Promise.all([
      rows<Key & Record<string, unknown>>(
        db,
        sql`with bounds as (
              select min((r.created_at at time zone ${CITY_TIME_ZONE})::date) as lo,
                (${end}::timestamptz at time zone ${CITY_TIME_ZONE})::date as hi,
                string_to_array(${holidays}, ',')::date[] as hol
              from service_requests r
              where r.closed_at >= ${start}::timestamptz and r.closed_at < ${end}::timestamptz
            ), cal as (
              select b.lo, array_agg(o.ord order by o.i) as ords
              from bounds b, lateral (
                select i, (sum(case when extract(isodow from b.lo + i) < 6
                  and not ((b.lo + i) = any (b.hol)) then 1 else 0 end) over (order by i))::int as ord
                from generate_series(0, b.hi - b.lo) as i) o
              group by b.lo
            )
            select agency, service, ${closedCounts('x')},
              percentile_cont(0.5) within group (order by days)
                filter (where x.close_reason not in (${excluded})) as median_days,
              percentile_cont(0.9) within group (order by days)
                filter (where x.close_reason not in (${excluded})) as p90_days
            from (
              select s.agency_code as agency, r.service_code as service, r.close_reason,
                r.closed_at, r.due_at,
                case when t.day_type = 'business'
                  then (c.ords[(r.closed_at at time zone ${CITY_TIME_ZONE})::date - c.lo + 1]
                    - c.ords[(r.created_at at time zone ${CITY_TIME_ZONE})::date - c.lo + 1])::float8
                  else ${calendarDays} end as days
              from service_requests r join services s on s.code = r.service_code
                left join targets t on t.service_code = r.service_code and t.fiscal_year = ${p.fiscalYear}
                cross join cal c
              where r.closed_at >= ${start}::timestamptz and r.closed_at < ${end}::timestamptz
              -- offset 0 keeps this a subquery: the sort before aggregating then carries the
              -- computed days, not the calendar array of every row.
              offset 0
            ) x
            group by agency, service`,
      ),
      rows<Key & Record<string, unknown>>(
        db,
        sql`select s.agency_code as agency, null::text as service, ${closedCounts('r')},
              percentile_cont(0.5) within group (order by ${calendarDays})
                filter (where r.close_reason not in (${excluded})) as median_days,
              percentile_cont(0.9) within group (order by ${calendarDays})
                filter (where r.close_reason not in (${excluded})) as p90_days
            from service_requests r join services s on s.code = r.service_code
            where r.closed_at >= ${start}::timestamptz and r.closed_at < ${end}::timestamptz
            group by grouping sets ((s.agency_code), ())`,
      ),
    ]).then(([byService, byAgency]) => [...byService, ...byAgency]),
    // Satisfaction surveys answered in the period, about a real outcome: answers about a request
    // now closed as a duplicate or a referral never count (nothing was done here).
    rows<Key & { responses: number; satisfied: number }>(
      db,
      sql`select s.agency_code as agency, r.service_code as service,
            count(*)::int as responses, count(*) filter (where v.score >= 4)::int as satisfied
          from survey_responses v
          join service_requests r on r.id = v.request_id
          join services s on s.code = r.service_code
          where v.kind = 'satisfaction' and v.answered_at >= ${start}::timestamptz
            and v.answered_at < ${end}::timestamptz
            and coalesce(r.close_reason, '') not in (${excluded})
          group by ${groups}`,
    ),
    // Request forms started in the period (no cookies, no personal data: see form_sessions).
    rows<Key & Record<string, unknown>>(
      db,
      sql`select s.agency_code as agency, f.service_code as service,
            count(*)::int as started, count(f.submitted_at)::int as submitted,
            percentile_cont(0.5) within group (order by extract(epoch from f.submitted_at - f.started_at) / 60)
              filter (where f.submitted_at is not null) as median_minutes
          from form_sessions f join services s on s.code = f.service_code
          where f.started_at >= ${start}::timestamptz and f.started_at < ${end}::timestamptz
          group by grouping sets ((s.agency_code, f.service_code), (s.agency_code), ())`,
    ),
    // The monthly trend, city-wide, in Baltimore's calendar.
    rows<{
      month: string;
      kind: string;
      n: number;
      median_days: number | null;
      on_time_pct: number | null;
    }>(
      db,
      sql`select to_char(r.created_at at time zone ${CITY_TIME_ZONE}, 'YYYY-MM') as month, 'received' as kind,
            count(*)::int as n, null::float8 as median_days, null::float8 as on_time_pct
          from service_requests r
          where r.created_at >= ${start}::timestamptz and r.created_at < ${end}::timestamptz
          group by 1
          union all
          select to_char(r.closed_at at time zone ${CITY_TIME_ZONE}, 'YYYY-MM'), 'closed', count(*)::int,
            percentile_cont(0.5) within group (order by extract(epoch from r.closed_at - r.created_at) / 86400)
              filter (where r.close_reason not in (${excluded})),
            100.0 * count(*) filter (where r.close_reason not in (${notOnTime}) and r.closed_at <= r.due_at)
              / nullif(count(*) filter (where r.close_reason not in (${notOnTime}) and r.due_at is not null), 0)
          from service_requests r
          where r.closed_at >= ${start}::timestamptz and r.closed_at < ${end}::timestamptz
          group by 1`,
    ),
    rows<{ service: string; agency: string } & Record<string, unknown>>(
      db,
      sql`select s.code as service, s.agency_code as agency, t.days_to_close, t.day_type,
            t.on_time_goal_pct, t.satisfaction_goal_pct, t.set_at
          from services s left join targets t on t.service_code = s.code and t.fiscal_year = ${p.fiscalYear}
          where s.active
          order by s.agency_code, s.code`,
    ),
    rows<{ demo: boolean }>(
      db,
      sql`select exists (select 1 from service_requests where is_demo
            and created_at < ${end}::timestamptz
            and (closed_at is null or closed_at >= ${start}::timestamptz)) as demo`,
    ),
    // Reopenings in the period (the event is kept even if the request is closed again).
    rows<Key & { reopened: number }>(
      db,
      sql`select s.agency_code as agency, r.service_code as service, count(*)::int as reopened
          from request_events e
          join service_requests r on r.id = e.request_id
          join services s on s.code = r.service_code
          where e.kind = 'reopened' and e.created_at >= ${start}::timestamptz
            and e.created_at < ${end}::timestamptz
          group by ${groups}`,
    ),
    // Moves to the right service in the period, under the service each request is under now.
    rows<Key & { reclassified: number }>(
      db,
      sql`select s.agency_code as agency, r.service_code as service, count(*)::int as reclassified
          from request_events e
          join service_requests r on r.id = e.request_id
          join services s on s.code = r.service_code
          where e.kind = 'reclassified' and e.created_at >= ${start}::timestamptz
            and e.created_at < ${end}::timestamptz
          group by ${groups}`,
    ),
    // First response: made → acknowledged (closing unacknowledged also sets it), for the
    // requests first responded to in the period.
    rows<Key & { first_response_hours: number | null }>(
      db,
      sql`select s.agency_code as agency, r.service_code as service,
            percentile_cont(0.5) within group (order by extract(epoch from r.acknowledged_at - r.created_at) / 3600)
              as first_response_hours
          from service_requests r join services s on s.code = r.service_code
          where r.acknowledged_at >= ${start}::timestamptz and r.acknowledged_at < ${end}::timestamptz
          group by ${groups}`,
    ),
    // Targets changed once their year had begun (the audit keeps each change and its reason).
    rows<{ service: string; at: string | Date; before: object; after: object }>(
      db,
      sql`select s.code as service, a.created_at as at, a.before, a.after
          from audit_events a join services s on a.entity_id = s.code || ':' || ${String(p.fiscalYear)}::text
          where a.entity = 'target' and a.action = 'target.set' and a.before is not null
            and a.created_at >= ${fyStart}::timestamptz
          order by a.created_at, a.id`,
    ),
  ]);

  const figures = new Map<string, Figures>();
  const at = (k: Key) => {
    const id = keyOf(k);
    let f = figures.get(id);
    if (!f) {
      f = {
        received: 0,
        closed: 0,
        open: 0,
        overdue: 0,
        openAge: [0, 0, 0, 0],
        medianDays: null,
        p90Days: null,
        dayUnit: 'calendar',
        duplicates: 0,
        noAction: 0,
        reopened: 0,
        reclassified: 0,
        firstResponseHours: null,
        eligible: 0,
        onTime: 0,
        onTimePct: null,
        responses: 0,
        satisfied: 0,
        satisfactionPct: null,
        started: 0,
        submitted: 0,
        completionPct: null,
        medianMinutes: null,
      };
      figures.set(id, f);
    }
    return f;
  };
  for (const r of received) at(r).received = r.received;
  for (const r of backlog) {
    Object.assign(at(r), {
      open: r.open,
      overdue: r.overdue,
      openAge: [r.a30, r.a90, r.a365, r.older],
    });
  }
  for (const r of closed) {
    const f = at(r);
    f.closed = Number(r.closed);
    f.medianDays = num(r.median_days);
    f.p90Days = num(r.p90_days);
    f.eligible = Number(r.eligible);
    f.onTime = Number(r.on_time);
    f.duplicates = Number(r.duplicates);
    f.noAction = Number(r.no_action);
    f.onTimePct = share(f.onTime, f.eligible);
  }
  for (const r of reopened) at(r).reopened = r.reopened;
  for (const r of reclassified) at(r).reclassified = r.reclassified;
  for (const r of responded) at(r).firstResponseHours = num(r.first_response_hours);
  for (const r of surveys) {
    const f = at(r);
    f.responses = r.responses;
    f.satisfied = r.satisfied;
    f.satisfactionPct = r.responses >= MIN_RESPONSES ? share(r.satisfied, r.responses) : null;
  }
  for (const r of forms) {
    const f = at(r);
    f.started = Number(r.started);
    f.submitted = Number(r.submitted);
    f.completionPct = share(f.submitted, f.started);
    f.medianMinutes = num(r.median_minutes);
  }

  const services: ServiceFigures[] = targets.map((t) => {
    const f = at({ agency: t.agency, service: t.service });
    const target: TargetFigures | null =
      t.days_to_close === null
        ? null
        : {
            daysToClose: Number(t.days_to_close),
            dayType: t.day_type as TargetFigures['dayType'],
            onTimeGoalPct: Number(t.on_time_goal_pct),
            satisfactionGoalPct: Number(t.satisfaction_goal_pct),
            setAt: new Date(t.set_at as string | Date).toISOString(),
            changes: targetChanges
              .filter((c) => c.service === t.service)
              .map((c) => {
                const { reason, ...after } = c.after as Record<string, unknown>;
                return {
                  at: new Date(c.at).toISOString(),
                  before: c.before as Record<string, unknown>,
                  after,
                  reason: typeof reason === 'string' ? reason : null,
                };
              }),
          };
    return {
      ...f,
      // Computed in the target's unit (the services' query above).
      dayUnit: target?.dayType ?? 'calendar',
      code: t.service,
      agencyCode: t.agency,
      target,
      attainment: attainment(
        f.onTimePct === null ? null : shownPct(f.onTimePct),
        target?.onTimeGoalPct ?? null,
      ),
      verdict: verdict(f.onTimePct, target?.onTimeGoalPct ?? null, f.eligible),
      speedAttainment: attainment(f.medianDays, target?.daysToClose ?? null, true),
    };
  });
  const judged = (list: ServiceFigures[]) => ({
    servicesMet: list.filter((s) => s.verdict === 'met').length,
    servicesMeasured: list.filter((s) => s.verdict === 'met' || s.verdict === 'missed').length,
    servicesTooFew: list.filter((s) => s.verdict === 'too_few').length,
  });
  const agencyCodes = [...new Set(services.map((s) => s.agencyCode))];
  const agencies: AgencyFigures[] = agencyCodes.map((code) => {
    const own = services.filter((s) => s.agencyCode === code);
    return {
      ...at({ agency: code, service: null }),
      code,
      ...judged(own),
    };
  });

  const byMonth = new Map(months.map((m) => [`${m.kind}|${m.month}`, m]));
  return {
    period: { key: p.key, start, end, asOf, toDate: p.toDate },
    city: {
      ...at({ agency: null, service: null }),
      ...judged(services),
    },
    agencies,
    services,
    months: monthsOf(p).map((month) => {
      const c = byMonth.get(`closed|${month}`);
      return {
        month,
        received: byMonth.get(`received|${month}`)?.n ?? 0,
        closed: c?.n ?? 0,
        medianDays: num(c?.median_days),
        onTimePct: num(c?.on_time_pct),
      };
    }),
    places: await where,
    demo: Boolean(demo[0]?.demo),
  };
}
