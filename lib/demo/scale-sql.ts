import { EASE, HAPPY, REASONS, REASONS_SHARED, SHARED, UNHAPPY } from './profiles';

/**
 * The scale loader's statements (scripts/load-scale.mts): the demo generator's rules written
 * set-based, so PostgreSQL makes a million requests without a row leaving the server. Each
 * step is a temporary table or one INSERT … SELECT; random() draws stand in for the seeded
 * stream (setseed makes a load roughly repeatable, not row for row: parallel workers may draw).
 *
 * Durations are multiples of `interval '24 hours'`, not `'1 day'`: across a daylight-saving
 * change a day is 23 or 25 hours in the city, and due dates are exact multiples of 24 hours
 * (lib/metrics/due-date.ts).
 */

/** A weights table as an SQL array literal where each value appears `weight` times. */
function lookup(weights: readonly (readonly [number, number])[]): string {
  return `array[${weights.flatMap(([v, w]) => Array<number>(w).fill(v)).join(',')}]`;
}
const H = `interval '24 hours'`;

/** `case` thresholds for close reasons (cumulative shares). */
function reasonCase(u: string, weights: typeof REASONS): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const whens = weights.map(([r, w]) => {
    acc += w / total;
    return `when ${u} < ${acc.toFixed(6)} then '${r}'`;
  });
  return `case ${whens.join(' ')} else 'resolved' end`;
}

export function scaleSql({ events }: { events: boolean }) {
  const shared = [...SHARED].map((c) => `'${c.replace(/'/g, "''")}'`).join(',');
  return {
    /** $1: JSON array of {service_code, day, n, span, p_on_time, form_completion}. */
    cells: `create temp table scale_cells on commit drop as
      select * from json_to_recordset($1::json) as c(service_code text, day date, n int,
        span int, p_on_time float8, form_completion float8)`,

    /** One row per request with its raw draws. $1: hours lookup, $2: streets "from|to|…|district". */
    draws: `create temp table scale_draws on commit drop as
      select c.service_code, c.span, c.p_on_time, c.form_completion,
        (c.day + make_interval(secs => ($1::int[])[1 + floor(random() * cardinality($1::int[]))::int]
          * 3600 + random() * 3600)) at time zone 'America/New_York' as created_at,
        string_to_array(($2::text[])[1 + floor(random() * cardinality($2::text[]))::int], '|') as street,
        random() as u_reason, random() as u_on, random() as u_close, random() as u_tail,
        random() as u_tail2, random() as u_stuck, random() as u_ack, random() as u_start,
        random() as u_start_at, random() as u_channel, random() as u_locale, random() as u_consent,
        random() as u_located, random() as u_house, random() as u_lat, random() as u_long
      from scale_cells c, generate_series(1, c.n)`,

    /** Outcomes, in time order, numbered from the real sequences. $1: now. */
    rows: `create temp table scale_rows on commit drop as
      select nextval(pg_get_serial_sequence('service_requests', 'id')) as id,
        'BAL-' || to_char(o.created_at at time zone 'America/New_York', 'YY') || '-'
          || next_tracking_suffix() as tracking_number,
        o.*
      from (
        select b.service_code, b.created_at, b.reason, b.form_completion, b.street,
          b.channel, b.locale, b.consent, b.located, b.u_house, b.u_lat, b.u_long,
          case when b.span is null then null else b.created_at + b.span * ${H} end as due_at,
          case when b.closed then b.created_at + b.close_days * ${H} end as closed_at,
          case when b.closed or b.created_at + b.ack_days * ${H} <= $1::timestamptz
            then b.created_at + b.ack_days * ${H} end as acknowledged_at,
          case
            when b.closed and b.reason = 'resolved' and b.sd >= 3 and b.u_start < 0.5
              then b.created_at + (b.ack_days + (b.close_days - b.ack_days) * (0.2 + 0.5 * b.u_start_at)) * ${H}
            when not b.closed and b.created_at + b.ack_days * ${H} <= $1::timestamptz and b.u_start < 0.45
              then b.created_at + b.ack_days * ${H}
                + ($1::timestamptz - b.created_at - b.ack_days * ${H}) * 0.5 * b.u_start_at
          end as started_at,
          b.closed
        from (
          select a.*, a.u_stuck >= 0.012
              and a.created_at + a.close_days * ${H} <= $1::timestamptz as closed,
            least(a.close_days, 0.01 - least(0.12 * a.sd, 1) * ln(1 - a.u_ack)) as ack_days
          from (
            select d.service_code, d.span, d.form_completion, d.street, d.u_stuck, d.u_ack,
              d.u_start, d.u_start_at, d.u_house, d.u_lat, d.u_long,
              least(d.created_at, $1::timestamptz - interval '1 minute' * (1 + 59 * d.u_tail2))
                as created_at,
              coalesce(d.span, 7) as sd, r.reason,
              case r.reason
                when 'duplicate' then least(coalesce(d.span, 7), 0.02 - 0.4 * ln(1 - d.u_close))
                when 'referred' then 0.05 - 1.5 * ln(1 - d.u_close)
                else case when d.u_on < d.p_on_time
                  then coalesce(d.span, 7) * (0.06 + 0.94 * power(d.u_close, 0.9))
                  else coalesce(d.span, 7) * (1.01 + case when d.u_tail < 0.15 then 2.5 else 0.5 end
                    * -ln(1 - d.u_tail2)) end
              end as close_days,
              case when d.u_channel < 0.28 then 'open311' else 'web' end as channel,
              case when d.u_locale < 0.14 then 'es' else 'en' end as locale,
              d.u_consent < case when d.u_channel < 0.28 then 0.25 else 0.4 end as consent,
              d.u_channel < 0.28 or d.u_located < 0.35 as located
            from scale_draws d,
              lateral (select case when d.service_code in (${shared})
                then ${reasonCase('d.u_reason', REASONS_SHARED)}
                else ${reasonCase('d.u_reason', REASONS)} end as reason) r
          ) a
        ) b
        order by b.created_at
      ) o`,

    requests: `insert into service_requests (id, tracking_number, service_code, status, close_reason,
        description, address, zip, lat, long, council_district, locale, channel, created_at, acknowledged_at,
        closed_at, due_at, updated_at, version, duplicate_of, is_demo, idempotency_key)
      select id, tracking_number, service_code,
        case when closed then 'closed' when started_at is not null then 'in_progress'
          when acknowledged_at is not null then 'acknowledged' else 'new' end,
        case when closed then reason end, '',
        (street[1]::int + 2 * floor(u_house * ((street[2]::int - street[1]::int) / 2 + 1)))::int
          || ' ' || street[3],
        street[4],
        case when located then round((street[5]::float8 + (u_lat - 0.5) * 0.005)::numeric, 6) end,
        case when located then round((street[6]::float8 + (u_long - 0.5) * 0.005)::numeric, 6) end,
        -- The district of the street's midpoint: no geometry in SQL, and the scale load only has
        -- to be plausible. A point up to ~250 m away may lie across a line (10.5% of located rows
        -- in a 200,000-request load); \`npm run districts:assign -- --all\` makes them exact.
        case when located then nullif(street[7], '')::smallint end,
        locale, channel, created_at, acknowledged_at, closed_at, due_at,
        greatest(created_at, acknowledged_at, started_at, closed_at),
        1 + (acknowledged_at is not null and (closed_at is null or acknowledged_at < closed_at))::int
          + (started_at is not null)::int + closed::int,
        -- Merged into the previous request for the same service (a neighbour's report).
        case when closed and reason = 'duplicate'
          then lag(id) over (partition by service_code order by created_at) end,
        true, 'scale-' || id
      from scale_rows order by id`,

    contacts: `insert into request_contacts (request_id, email, preferred_language, consent_to_updates)
      select id, 'scale-' || id || '@example.invalid', locale, true from scale_rows where consent`,

    /** Ease for every request (answered on the web), satisfaction once closed. $1: now. */
    surveys: `insert into survey_responses (request_id, kind, token_hash, score, created_at, answered_at)
      select id, 'ease', md5('scale:ease:' || id),
        case when answered then (${lookup(EASE)})[1 + floor(random() * 100)::int] end,
        created_at, case when answered then created_at + interval '1 minute' * (0.3 + 3.7 * random()) end
      from (select id, created_at, channel = 'web' and random() < 0.3 as answered from scale_rows) e
      union all
      select id, 'satisfaction', md5('scale:satisfaction:' || id),
        case when answered_at is not null then
          case when unhappy then (${lookup(UNHAPPY)})[1 + floor(random() * 100)::int]
            else (${lookup(HAPPY)})[1 + floor(random() * 100)::int] end end,
        closed_at, answered_at
      from (
        select id, closed_at, reason = 'unable_to_locate' or closed_at > due_at as unhappy,
          case when random() < 0.2 and answer_at <= $1::timestamptz then answer_at end as answered_at
        from (select *, closed_at + interval '5 minutes' + 0.5 * ${H} * -ln(1 - random()) as answer_at
              from scale_rows where closed and consent) c
      ) s`,

    events: events
      ? `insert into request_events (request_id, kind, from_status, to_status, visibility, created_at)
      select id, 'submitted', null, 'new', 'public', created_at from scale_rows
      union all
      select id, 'status', 'new', 'acknowledged', 'public', acknowledged_at from scale_rows
        where acknowledged_at is not null and (closed_at is null or acknowledged_at < closed_at)
      union all
      select id, 'status', 'acknowledged', 'in_progress', 'public', started_at from scale_rows
        where started_at is not null
      union all
      select id, case when reason = 'duplicate' then 'merged' else 'status' end,
        case when started_at is not null then 'in_progress'
          when acknowledged_at < closed_at then 'acknowledged' else 'new' end,
        'closed', 'public', closed_at
      from scale_rows where closed`
      : '',

    /** The form behind each web request, and forms started but never sent (geometric count). */
    formSessions: `insert into form_sessions (id, service_code, started_at, submitted_at)
      select 'scale-' || id, service_code, created_at - interval '1 minute' * least(40, greatest(0.7,
          exp(ln(3.5) + 0.55 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))),
        created_at
      from scale_rows where channel = 'web'
      union all
      select 'scale-' || w.id || '-' || g, w.service_code,
        w.created_at - interval '6 hours' * random(), null
      from (select id, service_code, created_at,
              floor(ln(1 - random()) / ln(1 - form_completion))::int as abandoned
            from scale_rows where channel = 'web') w,
        generate_series(1, w.abandoned) g`,
  };
}
