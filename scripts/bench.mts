// `npm run bench`: timings of the resident hot paths on the configured database (PGlite in a
// temporary folder by default, or DATABASE_URL). Reports percentiles; asserts nothing.
//
// The transparency page and its downloads are timed cold (no snapshot: the first view of a
// period), warm (snapshot fresh) and right after a change (a request made just before each view,
// with the snapshot past its reuse window, so views run while a background recomputation does:
// the worst case). With DATABASE_URL and a production build (`npm run build`; else the
// end-to-end build, .next-e2e), they are HTTP GETs against `next start` on a free port: the
// server's whole work, as a client on this machine sees it. Otherwise (PGlite: one process per
// folder) they are the same data calls in this process, and the table says so.
//   npm run bench -- [--in-process] [--warm 40] [--changes 25] [--cold 2] [--skip-basics]
//                    [--only page] (targets whose label contains it) [--computes 3]
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

if (!process.env.DATABASE_URL)
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-bench-'));
const { getService, findServices } = await import('../lib/services/queries');
const { createServiceRequest } = await import('../lib/requests/commands');
const { getPublicRequest } = await import('../lib/requests/queries');
const { requestSchema } = await import('../lib/requests/schema');
const { database, closeDatabase, getDb } = await import('../lib/db');
const { aggregate } = await import('../lib/metrics/aggregate');
const { currentPeriodKey, periodFor } = await import('../lib/metrics/periods');
const { reportFor, settled } = await import('../lib/metrics/queries');
const { tableRows, toCsv, csvColumnsOf } = await import('../lib/metrics/open-data');

type Row = { label: string; n: number; p50: number; p95: number; max: number };
const table: Row[] = [];
const fmt = (ms: number) => ms.toFixed(1).padStart(8);

function summarize(label: string, ms: number[]): Row {
  const s = [...ms].sort((a, b) => a - b);
  const pct = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const row = { label, n: s.length, p50: pct(50), p95: pct(95), max: s[s.length - 1] };
  console.log(
    `${label.padEnd(46)} n=${String(row.n).padStart(4)}  p50 ${fmt(row.p50)} ms  p95 ${fmt(row.p95)} ms  max ${fmt(row.max)} ms`,
  );
  return row;
}

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return summarize(label, ms);
}

const { driver } = await database();
const db = await getDb();
console.log(`Driver: ${driver}`);
const service = (await getService('TRM-Potholes', 'en'))!;
const numbers: string[] = [];
/** A real change: one request made through the same command as the form. */
async function makeRequest() {
  const input = requestSchema(service.attributes).parse({
    attr__POTHOLE_LOCATION: 'street',
    address: '100 N Holliday St',
    zip: '21202',
    contactEmail: 'bench@example.com',
    idempotencyKey: randomUUID(),
  });
  const r = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
  });
  numbers.push(r.trackingNumber);
}

if (!args.includes('--skip-basics')) {
  await time('search "bache" (es)', 200, () => findServices('bache', 'es'));
  await time('search with a typo "strete lihgt"', 200, () => findServices('strete lihgt', 'en'));
  await time('load service definition', 200, () => getService('TRM-Potholes', 'es'));
  await time('create request (one transaction)', 300, makeRequest);
  await time('tracking page data', 300, (i) => getPublicRequest(numbers[i % numbers.length], 'en'));
}
if (!numbers.length) await makeRequest();

const [{ n: requestCount }] = (
  await db.execute(sql`select count(*)::int as n from service_requests`)
).rows as { n: number }[];
console.log(`\nRequests in the database: ${requestCount.toLocaleString('en-US')}`);
const fy = periodFor(currentPeriodKey())!;
const lastYear = periodFor(String(fy.fiscalYear - 1))!;
// What a recomputation costs (no view pays it unless there is no snapshot; see queries.ts).
await time('aggregate: compute FY to date', num('computes', 3), () => aggregate(db, fy));
await time('aggregate: compute last FY', num('computes', 3), () => aggregate(db, lastYear));

// ---- The transparency page and its downloads -------------------------------------------------
const buildDir = ['.next', '.next-e2e'].find((d) => fs.existsSync(path.join(d, 'BUILD_ID')));
const overHttp = Boolean(process.env.DATABASE_URL && buildDir && !args.includes('--in-process'));

type Target = { label: string; url: string; inProcess: () => Promise<unknown> };
const download = (table: 'services' | 'agencies' | 'months', format: 'csv' | 'json'): Target => ({
  label: `download ${table}.${format} (FY)`,
  url: `/api/performance/${fy.key}/${table}.${format}`,
  inProcess: async () => {
    const data = await reportFor(periodFor(fy.key)!);
    const rows = tableRows(data, table, { agency: (c) => c, service: (c) => c, city: 'City' });
    return format === 'csv'
      ? toCsv(
          csvColumnsOf(table).map((c) => c.key),
          rows,
        )
      : JSON.stringify(rows);
  },
});
const allTargets: Target[] = [
  {
    label: 'page: FY to date',
    url: '/en/performance',
    inProcess: () => reportFor(periodFor(fy.key)!),
  },
  {
    label: 'page: last FY (published + corrections)',
    url: `/en/performance?period=${lastYear.key}`,
    inProcess: () => reportFor(periodFor(lastYear.key)!),
  },
  {
    label: 'agency report: DOT, FY',
    url: '/en/performance/agencies/DOT',
    inProcess: () => reportFor(periodFor(fy.key)!),
  },
  download('services', 'csv'),
  download('services', 'json'),
  download('agencies', 'csv'),
  download('agencies', 'json'),
  download('months', 'csv'),
  download('months', 'json'),
];
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const targets = allTargets.filter((t) => t.label.includes(only));

let server: ChildProcess | undefined;
let base = '';
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
async function startServer() {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BRS_TEST_HOOKS_BUILD: buildDir === '.next-e2e' ? '1' : '0',
      E2E_TEST_HOOKS: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('next start did not answer within a minute');
}
async function view(t: Target) {
  if (!overHttp) return t.inProcess();
  const res = await fetch(base + t.url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${t.url}: HTTP ${res.status}`);
}
const forgetSnapshots = () => db.execute(sql`delete from performance_snapshots`);
/** Past the reuse window: the next view after a change starts a background recomputation. */
const ageSnapshots = () =>
  db.execute(sql`update performance_snapshots set computed_at = computed_at - interval '1 hour'`);

console.log(
  overHttp
    ? `\nTransparency page and downloads: HTTP GET against next start (${buildDir}), ${driver}`
    : `\nTransparency page and downloads: measured in this process (the data each view needs; ${
        process.env.DATABASE_URL ? 'no build found: run `npm run build` for HTTP' : 'PGlite'
      })`,
);
if (overHttp) await startServer();
// Fewer rounds on PGlite: a newcomer's quick look, not a measurement at scale.
const small = driver === 'pglite';
const cold = num('cold', small ? 1 : 2);
const warm = num('warm', small ? 20 : 40);
const changes = num('changes', small ? 10 : 25);
try {
  const results: { target: Target; cold: number[]; warm: number[]; changed: number[] }[] =
    targets.map((target) => ({ target, cold: [], warm: [], changed: [] }));
  // Cold: no snapshot, so the view computes (the first server start also pays its warm-up).
  for (let i = 0; i < cold; i++) {
    for (const r of results) {
      await forgetSnapshots();
      const t = performance.now();
      await view(r.target);
      r.cold.push(performance.now() - t);
    }
  }
  // Warm: snapshots fresh.
  for (const r of results) await view(r.target);
  for (const r of results) {
    for (let i = 0; i < warm; i++) {
      const t = performance.now();
      await view(r.target);
      r.warm.push(performance.now() - t);
    }
  }
  // Right after a change: a new request, snapshots past their reuse window, then the view.
  for (const r of results) {
    for (let i = 0; i < changes; i++) {
      await makeRequest();
      await ageSnapshots();
      const t = performance.now();
      await view(r.target);
      r.changed.push(performance.now() - t);
    }
  }
  if (!overHttp) await settled();
  console.log('');
  for (const [phase, of] of [
    ['cold', (r: (typeof results)[number]) => r.cold],
    ['warm', (r: (typeof results)[number]) => r.warm],
    ['after a change', (r: (typeof results)[number]) => r.changed],
  ] as const) {
    for (const r of results)
      if (of(r).length) table.push(summarize(`${r.target.label} — ${phase}`, of(r)));
  }
  const worst = Math.max(0, ...table.filter((r) => r.label.endsWith('change')).map((r) => r.p95));
  console.log(
    `\nWorst p95 right after a change: ${worst.toFixed(1)} ms (goal: 150 ms at 1,000,000 requests). Load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} cores.`,
  );
} finally {
  server?.kill('SIGTERM');
  await closeDatabase();
}
