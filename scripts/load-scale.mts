// `npm run scale:load -- --requests 1000000 [--seed 311] [--no-events]` with DATABASE_URL set:
// fills a PostgreSQL database with N synthetic requests (is_demo) to measure the transparency
// page and the staff queue at a big city's size. Set-based SQL (generate_series, INSERT …
// SELECT), one transaction: an interrupted load leaves nothing. Adds to what is there.
// Shapes follow the demo generator (lib/demo): same service volumes, seasons and traits.
//
// `npm run demo:load -- [--seed 311] [--scale 1]`: the demo history the app seeds with DEMO_DATA,
// into the configured database (PGlite in DATA_DIR, or DATABASE_URL), once.
import pg from 'pg';
import { openDatabase } from '../db/client';
import { seedCatalogue } from '../db/seed/run';
import { readEnv } from '../lib/env';
import { dueSpanDays, fiscalYearOfDay, partsOf } from '../lib/demo/city-days';
import { fiscalYearOf } from '../lib/metrics/fiscal-year';
import { STREETS } from '../lib/demo/places';
import { councilDistrictAt } from '../lib/geo/districts';
import { HOUR_WEIGHTS } from '../lib/demo/profiles';
import { dailyVolumes, onTimeProbability, serviceTraits } from '../lib/demo/volumes';
import { scaleSql } from '../lib/demo/scale-sql';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const requests = Number(arg('requests') ?? 1_000_000);
const seed = Number(arg('seed') ?? 311);
const events = !args.includes('--no-events');
if (!Number.isInteger(requests) || requests < 1) {
  console.error('--requests must be a positive whole number');
  process.exit(2);
}

const env = readEnv();
if (args.includes('--demo')) {
  const { seedDemoData, DEMO_SEED } = await import('../lib/demo/seed');
  const t = performance.now();
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  await seedCatalogue(handle.db);
  const n = await seedDemoData(handle.db, {
    seed: Number(arg('seed') ?? DEMO_SEED),
    scale: Number(arg('scale') ?? 1),
  });
  await handle.close();
  const took = ((performance.now() - t) / 1000).toFixed(1);
  console.log(
    n
      ? `Demo data: ${n} requests (${handle.driver}, ${took} s)`
      : 'Demo data is there already: nothing added.',
  );
  process.exit(0);
}
if (!env.DATABASE_URL) {
  console.error(
    'scale:load needs DATABASE_URL (PostgreSQL). It refuses to fill the embedded PGlite database:\n' +
      '  DATABASE_URL=postgres://user:pass@host:5432/scratch npm run scale:load -- --requests 1000000',
  );
  process.exit(2);
}

const started = performance.now();
const lap = (label: string, since: number) =>
  console.log(`${label.padEnd(38)} ${((performance.now() - since) / 1000).toFixed(1)} s`);

// Migrations and catalogue first (targets for this fiscal year and the last).
const now = new Date();
const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
await seedCatalogue(handle.db, now);
await handle.close();

const client = new pg.Client({ connectionString: env.DATABASE_URL });
await client.connect();
const { rows: services } = await client.query<{ code: string }>(
  'select code from services order by code',
);
const { rows: targets } = await client.query<{
  service_code: string;
  fiscal_year: number;
  days_to_close: number;
  day_type: 'calendar' | 'business';
  on_time_goal_pct: number;
}>('select service_code, fiscal_year, days_to_close, day_type, on_time_goal_pct from targets');
const codes = services.map((s) => s.code);
const targetOf = new Map(targets.map((t) => [`${t.service_code}|${t.fiscal_year}`, t]));
const traits = serviceTraits(codes, seed);
const currentFy = fiscalYearOf(now);

// Requests per service and day, scaled to exactly N (largest remainder), with each cell's due
// span and on-time chance computed here, where the Baltimore calendar is easy.
const volumes = dailyVolumes(codes, now, 1);
const total = volumes.reduce((s, v) => s + v.expected, 0);
const quotas = volumes.map((v) => (v.expected * requests) / total);
const counts = quotas.map(Math.floor);
let left = requests - counts.reduce((a, b) => a + b, 0);
for (const i of quotas
  .map((_, i) => i)
  .sort((a, b) => quotas[b] - counts[b] - (quotas[a] - counts[a])))
  if (left-- > 0) counts[i]++;
const cells = volumes.flatMap((v, i) => {
  if (!counts[i]) return [];
  const { year, month, day } = partsOf(v.day);
  const fy = fiscalYearOfDay(v.day);
  const t = targetOf.get(`${v.serviceCode}|${fy}`);
  const span = t ? dueSpanDays(v.day, { daysToClose: t.days_to_close, dayType: t.day_type }) : null;
  const tr = traits.get(v.serviceCode)!;
  return [
    {
      service_code: v.serviceCode,
      day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      n: counts[i],
      span,
      p_on_time: onTimeProbability(
        v.serviceCode,
        t?.on_time_goal_pct ?? null,
        tr,
        month,
        fy,
        currentFy,
      ),
      form_completion: tr.formCompletion,
    },
  ];
});
// Lookup arrays: an index drawn uniformly picks a value with the wanted frequency.
const hours = HOUR_WEIGHTS.flatMap(([h, w]) => Array<number>(w).fill(h));

const run = async (label: string, text: string, values: unknown[] = []) => {
  const t = performance.now();
  const res = await client.query(text, values);
  const n = res.rowCount === null ? '' : ` (${res.rowCount.toLocaleString('en-US')} rows)`;
  lap(`${label}${n}`, t);
};

console.log(`Loading ${requests.toLocaleString('en-US')} requests (seed ${seed}) into PostgreSQL…`);
try {
  await client.query('begin');
  await client.query(`set local work_mem = '256MB'`);
  await client.query('select setseed($1)', [((seed % 1000) / 1000) * 2 - 1]);
  const steps = scaleSql({ events });
  await run('cells', steps.cells, [JSON.stringify(cells)]);
  await run('draws', steps.draws, [
    hours,
    STREETS.map(
      (s) =>
        `${s.from}|${s.to}|${s.street}|${s.zip}|${s.lat}|${s.long}|${councilDistrictAt(s.lat, s.long) ?? ''}`,
    ),
  ]);
  await run('rows (ordered, numbered)', steps.rows, [now.toISOString()]);
  await run('service_requests', steps.requests);
  await run('request_contacts', steps.contacts);
  await run('survey_responses', steps.surveys, [now.toISOString()]);
  if (events) await run('request_events', steps.events);
  await run('form_sessions', steps.formSessions);
  await client.query('delete from performance_snapshots');
  await client.query('commit');
} catch (e) {
  await client.query('rollback').catch(() => {});
  console.error(e);
  process.exit(1);
}
const a = performance.now();
await client.query(
  'analyze service_requests; analyze request_events; analyze survey_responses; analyze request_contacts; analyze form_sessions',
);
lap('analyze', a);
const { rows: sizes } = await client.query(
  `select relname as table, pg_size_pretty(pg_total_relation_size(c.oid)) as size,
     c.reltuples::bigint as rows
   from pg_class c where relname in
     ('service_requests', 'request_events', 'survey_responses', 'request_contacts', 'form_sessions')
   order by pg_total_relation_size(c.oid) desc`,
);
console.table(sizes);
await client.end();
lap(`Done: ${requests.toLocaleString('en-US')} requests in`, started);
