// `npm run bench:load`: load on `next start` (the production build, .next; built first if there
// is none), on embedded PGlite and on PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL;
// skipped with a message when neither is set). Not part of `npm test`.
//   1. submissions: Open311 POST /api/open311/v2/requests.json from 20 concurrent clients for
//      60 s, every body distinct (its description numbered) so none is an idempotent replay;
//      then the web form as a browser without JavaScript posts it (multipart, intent "submit",
//      a fresh form key each time), 20 concurrent for 60 s (--web-form-duration 0 to skip);
//   2. the resident pages (home, a service page, a tracking page, search, the transparency page),
//      each in turn at the highest rate autocannon reaches (its default 10 connections).
// Reports requests/s, p50/p99 latency, non-2xx and errors, and the RSS of the server process
// tree sampled every second. Exits 1 on any error or non-2xx answer.
//   npm run bench:load -- [--duration 60] [--connections 20] [--page-duration 12]
//                         [--web-form-duration 60] [--rounds 1]
//                         [--only pglite|postgres] [--demo-data 0|1]
// PostgreSQL: give it a scratch database; each run adds its submissions (thousands) to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { openDatabase } from '../db/client';
import { insertApiKey } from '../db/seed/api-keys';
import { sampleRss } from './bench-load/process-rss.mts';
import { freePort, startServer } from './bench-load/server.mts';
import { webFormPoster } from './bench-load/web-form.mts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const duration = Number(opt('duration') ?? 60);
const connections = Number(opt('connections') ?? 20);
const pageDuration = Number(opt('page-duration') ?? Math.max(5, Math.round(duration / 5)));
const only = opt('only');
const demoData = opt('demo-data');
const webFormDuration = Number(opt('web-form-duration') ?? duration);
// Several rounds on one server: does its memory settle, or keep growing, under the same load?
const rounds = Number(opt('rounds') ?? 1);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

/**
 * Open311 allows 120 POSTs a minute per API key (a brake on one runaway client). The load is
 * many clients, so it is spread over enough keys that the limit never answers 429.
 */
const KEYS = 200;
const SERVICE = 'SW-Dirty Alley';

if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('No production build (.next): running `npm run build` first.');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

type Row = {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
};
const rows: Row[] = [];
let failed = false;

/** `expect`: the one status that counts as success (default: any 2xx). */
async function cannon(label: string, o: autocannon.Options, expect?: number): Promise<Row> {
  const r = await autocannon(o);
  const stats = r.statusCodeStats as unknown as Record<string, { count: number }>;
  const unexpected = expect ? r.requests.total - (stats[String(expect)]?.count ?? 0) : r.non2xx;
  const row = {
    target: label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    total: r.requests.total,
    non2xx: unexpected,
    errors: r.errors + r.timeouts,
  };
  if (row.non2xx || row.errors || row.total === 0) failed = true;
  console.log(
    `  ${label}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ` +
      `${row.total} requests, ${row.non2xx} ${expect ? `not ${expect}` : 'non-2xx'}, ` +
      `${row.errors} errors/timeouts`,
  );
  return row;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function run(db: 'pglite' | 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-bench-load-'));
  const databaseUrl = db === 'postgres' ? pgUrl : undefined;
  // The keys go in before the server starts: PGlite allows one process per DATA_DIR.
  const keys = Array.from({ length: KEYS }, () => randomBytes(24).toString('base64url'));
  const handle = await openDatabase({ databaseUrl, dataDir });
  for (const [i, k] of keys.entries()) await insertApiKey(handle.db, `bench:load ${i}`, k);
  await handle.close();

  const port = await freePort();
  const logFile = path.join(dataDir, 'server.log');
  console.log(`\n${db}: next start on :${port} (DATA_DIR ${dataDir}, log ${logFile})`);
  const started = Date.now();
  const server = await startServer({
    port,
    logFile,
    readyTimeoutMs: 600_000,
    env: {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      // Unset: the deployment default (demo history on with PGlite, off with PostgreSQL).
      DEMO_DATA: demoData,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_TEST_HOOKS: undefined,
      BRS_TEST_HOOKS_BUILD: undefined,
    },
  });
  console.log(`  healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const base = `http://127.0.0.1:${port}`;
  try {
    let n = 0;
    const body = () => {
      n++;
      return new URLSearchParams({
        api_key: keys[n % KEYS],
        service_code: SERVICE,
        address_string: `${100 + (n % 900)} N Holliday St, Baltimore, MD 21202`,
        description: `bench:load submission ${n} ${started}`,
        email: `bench${n}@example.com`,
      }).toString();
    };
    const postUrl = `${base}/api/open311/v2/requests.json`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const first = await fetch(postUrl, { method: 'POST', headers: form, body: body() });
    if (first.status !== 200) throw new Error(`warm-up POST answered ${first.status}`);
    const tracking: string = (await first.json())[0].service_request_id;
    const pages: [string, string][] = [
      ['home', '/en'],
      ['service page', `/en/services/${encodeURIComponent(SERVICE)}`],
      ['tracking page', `/en/requests/${tracking}`],
      ['search', '/en/services?q=pothole'],
      ['transparency', '/en/performance'],
    ];
    // Warm-up: a short burst of every load first, so the figures (memory above all) start from
    // a server that has compiled, cached and grown its heaps as it does in its first minutes.
    const warm = Math.max(2, Math.min(5, Math.round(duration / 10)));
    await autocannon({
      url: postUrl,
      connections,
      duration: warm,
      method: 'POST',
      headers: form,
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    for (const [, p] of pages) await autocannon({ url: base + p, duration: warm });
    const web = webFormDuration > 0 ? await webFormPoster(base, SERVICE) : null;
    if (web) {
      const { url, headers } = web;
      await autocannon({
        url,
        connections,
        duration: warm,
        method: 'POST',
        headers,
        requests: [{ setupRequest: (req) => ({ ...req, body: web.body(++n) }) }],
      });
    }
    // Every 200 answer names its request: distinct names prove no POST was taken for a retry.
    const ids = new Set<string>();
    let answered = 0;
    const rss = sampleRss(server.child.pid!);
    const startRss = rss.now();

    let afterOpen311 = 0;
    let afterSubmissions = 0;
    const confirmations = new Set<string>();
    for (let round = 1; round <= rounds; round++) {
      const tag = rounds > 1 ? ` (round ${round})` : '';
      console.log(`  submissions: ${connections} connections, ${duration} s`);
      rows.push(
        await cannon(`${db} submissions (Open311 POST)${tag}`, {
          url: postUrl,
          connections,
          duration,
          method: 'POST',
          headers: form,
          requests: [
            {
              setupRequest: (req) => ({ ...req, body: body() }),
              onResponse: (status, resBody) => {
                if (status === 200) ids.add(JSON.parse(resBody)[0].service_request_id);
                else answered++;
              },
            },
          ],
        }),
      );
      console.log(`  ${ids.size} distinct requests created (${answered} other answers)`);
      afterOpen311 = rss.now();
      if (web) {
        console.log(`  web form (no JavaScript): ${connections} connections, ${webFormDuration} s`);
        rows.push(
          await cannon(
            `${db} submissions (web form, no JS)${tag}`,
            {
              url: web.url,
              connections,
              duration: webFormDuration,
              method: 'POST',
              headers: web.headers,
              requests: [
                {
                  setupRequest: (req) => ({ ...req, body: web.body(++n) }),
                  onResponse: (status, _body, _ctx, headers) => {
                    const h = (headers ?? {}) as Record<string, string>;
                    const to = String(Object.entries(h).find(([k]) => /^location$/i.test(k))?.[1]);
                    if (status === 303 && to.includes('/confirmation')) confirmations.add(to);
                  },
                },
              ],
            },
            303,
          ),
        );
        console.log(`  ${confirmations.size} distinct confirmation pages (one per request made)`);
      }
      afterSubmissions = rss.now();
      console.log(`  pages: default connections, ${pageDuration} s each`);
      for (const [label, p] of pages) {
        rows.push(await cannon(`${db} ${label}${tag}`, { url: base + p, duration: pageDuration }));
      }
      if (rounds > 1) console.log(`  server RSS after round ${round}: ${mb(rss.now())}`);
    }
    const endRss = rss.now();
    // Ten quiet seconds: what the server gives back once the load stops (a leak would not).
    await new Promise((r) => setTimeout(r, 10_000));
    const samples = rss.stop();
    const idleRss = samples[samples.length - 1];
    const maxRss = Math.max(...samples);
    console.log(
      `  server RSS: start ${mb(startRss)}, after Open311 ${mb(afterOpen311)}, after web form ` +
        `${mb(afterSubmissions)}, end ${mb(endRss)}, 10 s later ${mb(idleRss)}, max ${mb(maxRss)} ` +
        `(${samples.length} samples, 1/s)`,
    );
    memory.push({ db, start: startRss, end: endRss, max: maxRss, created: ids.size });
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const memory: { db: string; start: number; end: number; max: number; created: number }[] = [];
if (only !== 'postgres') await run('pglite');
if (only !== 'pglite') {
  if (pgUrl) await run('postgres');
  else console.log('\nPostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL).');
}

console.log('\n| target | req/s | p50 ms | p99 ms | max ms | requests | non-2xx | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.target} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.total} | ${r.non2xx} | ${r.errors} |`,
  );
}
for (const m of memory) {
  console.log(
    `${m.db}: server RSS start ${mb(m.start)}, end ${mb(m.end)}, max ${mb(m.max)}; ${m.created} requests created by the submissions`,
  );
}
const pgSubmit = rows.find((r) => r.target.startsWith('postgres submissions (Open311'));
if (pgSubmit) {
  console.log(
    `Target (submission p99 <= 150 ms at ${connections} concurrent on PostgreSQL): ` +
      `${pgSubmit.p99} ms, ${pgSubmit.p99 <= 150 ? 'met' : 'missed'}`,
  );
}
if (failed) {
  console.error('bench:load: errors or non-2xx answers (above).');
  process.exit(1);
}
