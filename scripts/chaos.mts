// `npm run test:chaos [-- --short] [--seed N] [--only pglite|postgres]`: crash safety, shown.
//
// Starts the production server (`next start` on the end-to-end build, .next-e2e; built first if
// missing), has writers submit distinct requests at least 8 at a time through the web form (as
// a browser without JavaScript posts it, with and without consent to updates by e-mail) and
// through Open311, and meanwhile kills the server with SIGKILL at random moments (seeded, seed
// printed), restarting it each time. A submission without an answer that names its request is
// retried after the restart, exactly as sent (the web form's own idempotency key; Open311's
// identical POST). At the end, with the server stopped, the database itself is asked: every
// submission exists exactly once, its first event, survey token and subscription exist once, the
// outbox holds one confirmation per consenting request and none for the others, every migration
// is applied and the seeded catalogue is whole. Exits non-zero on any loss, duplicate or
// half-applied state.
//
// PGlite: DATA_DIR in a temporary folder, the same across restarts. PostgreSQL: a database of
// its own, made afresh (dropped first) on the server of CHAOS_DATABASE_URL (that database) or
// of TEST_DATABASE_URL (a database named brs_chaos beside it); the role needs CREATEDB. Without
// either URL the PostgreSQL part is skipped (said so).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import * as catalogue from '../db/seed/catalogue';
import { fiscalYearOf } from '../lib/metrics/fiscal-year';
import { formsIn } from '../test/html-forms';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const short = args.includes('--short');
const seed = Number(arg('seed') ?? Math.floor(Math.random() * 2 ** 31));
const only = arg('only');
/**
 * SIGKILLs of the running server while writers write, per database. More land during start-up
 * (the first start, migrations and seed included, and now and then a restart): counted apart.
 */
const KILLS = Number(arg('kills') ?? (short ? 4 : 20));
const WEB_WRITERS = short ? 5 : 6;
const OPEN311_WRITERS = short ? 3 : 4;
/** How long the server stays up before the next kill: uniform in this range (ms). */
const UP_MS: [number, number] = short ? [1_500, 3_500] : [1_500, 7_000];
/** PGlite: the share of restarts whose stale lock file names a live process (pid reuse). */
const PID_REUSE = Number(arg('pid-reuse') ?? 0.3);
const PORT = Number(process.env.CHAOS_PORT ?? 3410);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BOOTSTRAP_KEY = 'chaos-open311-bootstrap-key-0123';
const SERVICE = 'SW-Dirty Alley';
const ADDRESSES = [
  '300 E Lafayette Ave',
  '100 N Holliday St',
  '1500 W North Ave',
  '2400 Boston St',
];

// ---------------------------------------------------------------------------------------------
// A seeded random source (mulberry32): the kill schedule and the writers' choices replay.

function rng(s: number) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// The server: one process group, so SIGKILL takes `next start` and any worker it forked.

class Server {
  child: ChildProcess | null = null;
  /** Increases at every kill: an attempt that began before it may have been cut off. */
  generation = 0;
  up = false;
  private upWaiters: (() => void)[] = [];
  constructor(
    private env: NodeJS.ProcessEnv,
    private logFile: string,
  ) {}

  start() {
    const log = fs.openSync(this.logFile, 'a');
    this.child = spawn(
      process.execPath,
      ['scripts/server.mjs', '-p', String(PORT), '-H', '127.0.0.1'],
      { env: this.env, stdio: ['ignore', log, log], detached: true },
    );
    fs.closeSync(log);
    this.startedAt = performance.now();
  }

  /** Seconds each start took until healthy. */
  starts: number[] = [];
  private startedAt = 0;

  async waitHealthy(timeoutMs = 180_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`the server exited (${this.child.exitCode}) while starting`);
      }
      try {
        const res = await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(5_000) });
        await res.arrayBuffer();
        if (res.ok) {
          this.up = true;
          this.starts.push((performance.now() - this.startedAt) / 1000);
          for (const w of this.upWaiters.splice(0)) w();
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
    throw new Error('the server did not become healthy');
  }

  /** Resolves when the server is up (at once if it is). */
  whenUp(): Promise<void> {
    return this.up ? Promise.resolve() : new Promise((r) => this.upWaiters.push(r));
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL') {
    const child = this.child;
    if (!child) return;
    this.up = false;
    this.generation++;
    const exited = new Promise<void>((r) =>
      child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
    );
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
    // Whatever the group forked must be gone too before the next start takes the port/folder.
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(-child.pid!, 0);
        await sleep(50);
      } catch {
        break;
      }
    }
    this.child = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Submissions: each a distinct request with a unique marker in its description.

type Submission = {
  n: number;
  channel: 'web' | 'open311';
  consent: boolean;
  marker: string;
  /** POSTs sent (the web form's GET of the page is not a submission yet). */
  posts: number;
  acks: string[];
  /** The exact POST, kept for retries. */
  fields?: [string, string][];
  apiKey?: string;
};

type Stats = {
  kills: number;
  bootKills: number;
  unexpected: string[];
  rateLimited: number;
  pidReuses: number;
  loadKills: number;
};

/** One attempt; returns the tracking number, or null when not acknowledged. */
async function attempt(s: Submission, stats: Stats, server: Server): Promise<string | null> {
  const gen = server.generation;
  const cutOff = () => server.generation !== gen || !server.up;
  const fail = (what: string) => {
    // Failures of an attempt the kill interrupted are expected; any other is a finding.
    if (!cutOff()) stats.unexpected.push(`#${s.n} ${s.channel}: ${what}`);
    return null;
  };
  try {
    if (s.channel === 'web') {
      if (!s.fields) {
        const page = await fetch(`${ORIGIN}/en/services/${encodeURIComponent(SERVICE)}/request`, {
          signal: AbortSignal.timeout(60_000),
        });
        const html = await page.text();
        if (!page.ok) return fail(`GET form ${page.status}`);
        const form = formsIn(html).find((f) => f.fields.some((x) => x.name === 'idempotencyKey'));
        if (!form) return fail('no request form on the page');
        const fields: [string, string][] = form.fields
          .filter((f) => f.kind === 'hidden')
          .map((f) => [f.name, f.value]);
        fields.push(
          ['address', ADDRESSES[s.n % ADDRESSES.length]],
          ['zip', '21202'],
          ['description', s.marker],
          ['intent', 'submit'],
        );
        if (s.consent)
          fields.push(['contactEmail', `chaos-${s.n}@example.com`], ['consent', 'yes']);
        s.fields = fields;
      }
      const body = new FormData();
      for (const [k, v] of s.fields) body.append(k, v);
      s.posts++;
      const res = await fetch(`${ORIGIN}/en/services/${encodeURIComponent(SERVICE)}/request`, {
        method: 'POST',
        body,
        headers: { origin: ORIGIN },
        redirect: 'manual',
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      const location = res.headers.get('location') ?? '';
      const m = /\/requests\/([A-Z0-9-]+)\/confirmation/.exec(location);
      if (res.status === 303 && m) return m[1];
      return fail(`POST form ${res.status} ${location || text.slice(0, 200)}`);
    }
    s.fields ??= [
      ['api_key', s.apiKey!],
      ['service_code', SERVICE],
      ['address_string', `${ADDRESSES[s.n % ADDRESSES.length]}, Baltimore, MD 21202`],
      ['description', s.marker],
    ];
    s.posts++;
    const res = await fetch(`${ORIGIN}/api/open311/v2/requests.json`, {
      method: 'POST',
      body: new URLSearchParams(s.fields),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    if (res.status === 429) {
      stats.rateLimited++;
      await sleep(2_000);
      return null;
    }
    if (!res.ok) return fail(`Open311 ${res.status} ${text.slice(0, 200)}`);
    const id = (JSON.parse(text) as { service_request_id?: string }[])[0]?.service_request_id;
    return id ?? fail(`Open311 answered without an id: ${text.slice(0, 200)}`);
  } catch (e) {
    return fail(String((e as Error).cause ?? e));
  }
}

// ---------------------------------------------------------------------------------------------
// The database, read directly (no migration runs: what is there is what the server left).

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;
type Raw = { query: Query; close: () => Promise<void> };

async function openRaw(target: { dataDir?: string; url?: string }): Promise<Raw> {
  if (target.url) {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      query: async <T,>(q: string, p: unknown[] = []) => (await client.query(q, p)).rows as T[],
      close: () => client.end(),
    };
  }
  const db = await PGlite.create(path.join(target.dataDir!, 'pglite'));
  return {
    query: async <T,>(q: string, p: unknown[] = []) => (await db.query<T>(q, p)).rows,
    close: () => db.close(),
  };
}

/** The lock file of the killed server, its pid replaced by a live one (this script's). */
function reusePid(file: string) {
  if (!fs.existsSync(file)) return;
  const [, started] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
  fs.writeFileSync(file, `${process.pid} ${started ?? ''}`.trim());
}

const hashKey = (raw: string) => createHash('sha256').update(raw).digest('hex');

/** One key per Open311 writer: the API's per-key rate limit (120 a minute) is not the subject. */
async function insertKeys(raw: Raw, keys: string[]) {
  for (const k of keys) {
    await raw.query(
      'insert into api_keys (name, prefix, key_hash) values ($1, $2, $3) on conflict do nothing',
      [`chaos ${k.slice(-4)}`, k.slice(0, 8), hashKey(k)],
    );
  }
}

type Report = {
  database: string;
  kills: number;
  /** Of the kills, those of a running server under the writers' load (the rest: during a start). */
  underLoad: number;
  submissions: number;
  web: number;
  open311: number;
  consenting: number;
  acknowledged: number;
  retried: number;
  lost: number;
  duplicated: number;
  outbox: number;
  /** E-mails the outbox wrote (files), and how many of them went a second time (see below). */
  emails: number;
  resent: number;
  problems: string[];
  seconds: number;
};

async function verify(raw: Raw, subs: Submission[], runId: string): Promise<Partial<Report>> {
  const problems: string[] = [];
  const rows = await raw.query<{
    id: string;
    tracking_number: string;
    description: string;
    idempotency_key: string;
    events: string;
    ease: string;
    subs: string;
    confirmations: string;
  }>(
    `select r.id, r.tracking_number, r.description, r.idempotency_key,
       (select count(*) from request_events e where e.request_id = r.id and e.kind = 'submitted') as events,
       (select count(*) from survey_responses v where v.request_id = r.id and v.kind = 'ease') as ease,
       (select count(*) from request_subscriptions s where s.request_id = r.id) as subs,
       (select count(*) from outbox o where o.request_id = r.id and o.kind = 'confirmation') as confirmations
     from service_requests r where r.description like $1`,
    [`chaos ${runId} %`],
  );
  const byMarker = new Map<string, typeof rows>();
  for (const r of rows) byMarker.set(r.description, [...(byMarker.get(r.description) ?? []), r]);
  let lost = 0;
  let duplicated = 0;
  for (const s of subs) {
    const found = byMarker.get(s.marker) ?? [];
    byMarker.delete(s.marker);
    if (found.length === 0) {
      lost++;
      problems.push(`#${s.n} (${s.channel}, acknowledged as ${s.acks.join(', ') || '—'}): lost`);
      continue;
    }
    if (found.length > 1) {
      duplicated++;
      problems.push(`#${s.n}: ${found.length} requests (${found.map((f) => f.tracking_number)})`);
    }
    const r = found[0];
    const wrong = s.acks.filter((a) => a !== r.tracking_number);
    if (wrong.length)
      problems.push(`#${s.n}: acknowledged as ${wrong} but stored as ${r.tracking_number}`);
    if (Number(r.events) !== 1) problems.push(`#${s.n}: ${r.events} "submitted" events`);
    if (Number(r.ease) !== 1) problems.push(`#${s.n}: ${r.ease} ease survey tokens`);
    const want = s.consent ? 1 : 0;
    if (Number(r.subs) !== want)
      problems.push(`#${s.n}: ${r.subs} subscriptions, ${want} expected`);
    if (Number(r.confirmations) !== want)
      problems.push(`#${s.n}: ${r.confirmations} confirmations in the outbox, ${want} expected`);
  }
  for (const [marker, found] of byMarker) {
    duplicated += found.length;
    problems.push(`a request nobody submitted: "${marker}" (${found.length})`);
  }
  const [{ n: keyDupes }] = await raw.query<{ n: string }>(
    `select count(*) as n from (select idempotency_key from service_requests
       group by idempotency_key having count(*) > 1) d`,
  );
  if (Number(keyDupes)) problems.push(`${keyDupes} idempotency keys with more than one request`);
  const [{ n: outbox }] = await raw.query<{ n: string }>(
    `select count(*) as n from outbox o join service_requests r on r.id = o.request_id
     where r.description like $1`,
    [`chaos ${runId} %`],
  );

  // Every migration of the journal applied, once; the catalogue as the seed makes it.
  const journal = JSON.parse(
    fs.readFileSync(path.join('db', 'migrations', 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string; when: number }[] };
  const applied = await raw.query<{ created_at: string }>(
    'select created_at from drizzle.__drizzle_migrations order by created_at',
  );
  const appliedWhen = applied.map((a) => Number(a.created_at)).join(',');
  const journalWhen = journal.entries.map((e) => e.when).join(',');
  if (appliedWhen !== journalWhen)
    problems.push(
      `migrations: ${applied.length} applied, ${journal.entries.length} in the journal`,
    );
  const fy = fiscalYearOf(new Date());
  const expected: [string, string, number][] = [
    ['agencies', 'select count(*) as n from agencies', catalogue.agencies.length],
    ['categories', 'select count(*) as n from categories', catalogue.categories.length],
    ['services', 'select count(*) as n from services', catalogue.services.length],
    [
      'service attributes',
      'select count(*) as n from service_attributes',
      catalogue.services.reduce((n, s) => n + s.attributes.length, 0),
    ],
    [
      'targets (this fiscal year and the last)',
      `select count(*) as n from targets where fiscal_year in (${fy - 1}, ${fy})`,
      catalogue.services.length * 2,
    ],
  ];
  for (const [what, q, want] of expected) {
    const [{ n }] = await raw.query<{ n: string }>(q);
    if (Number(n) !== want) problems.push(`catalogue: ${n} ${what}, ${want} expected`);
  }
  return { lost, duplicated, outbox: Number(outbox), problems };
}

// ---------------------------------------------------------------------------------------------
// One run on one database.

async function run(database: 'pglite' | 'postgres', pgUrl?: string): Promise<Report> {
  const started = performance.now();
  // Two sources: the kill schedule replays from the seed whatever order the writers run in.
  const random = rng(seed + (database === 'postgres' ? 1 : 0));
  const choose = rng(seed + 1000 + (database === 'postgres' ? 1 : 0));
  const runId = `${seed}-${database}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `brs-chaos-${database}-`));
  const logFile = path.join(dataDir, 'server.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    BRS_TEST_HOOKS_BUILD: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: pgUrl ?? '',
    DEMO_DATA: '0',
    OPEN311_BOOTSTRAP_API_KEY: BOOTSTRAP_KEY,
    PORT: String(PORT),
  };
  // E-mail to files under DATA_DIR/outbox: the table keeps every row (delivered_at set).
  for (const k of ['SMTP_URL', 'SMS_API_URL', 'E2E_TEST_HOOKS', 'TEST_DATABASE_URL']) delete env[k];
  const target = pgUrl ? { url: pgUrl } : { dataDir };
  console.log(`\n== ${database}: ${KILLS} kills under load, data in ${dataDir}`);

  const server = new Server(env, logFile);
  const stats: Stats = {
    kills: 0,
    bootKills: 0,
    unexpected: [],
    rateLimited: 0,
    pidReuses: 0,
    loadKills: 0,
  };
  const subs: Submission[] = [];
  const keys = Array.from(
    { length: OPEN311_WRITERS },
    (_, i) => `chaos-open311-${seed}-${i}-${'x'.repeat(8)}`,
  );
  let keysReady: () => void = () => {};
  const keysInserted = new Promise<void>((r) => (keysReady = r));
  let writing = true;

  try {
    // The first kill lands during the first start (migrations, seed), at a random moment.
    server.start();
    await sleep(300 + random() * 4_000);
    await server.kill();
    stats.kills++;
    stats.bootKills++;
    server.start();
    await server.waitHealthy();

    const writer = async (w: number) => {
      const channel = w < WEB_WRITERS ? 'web' : 'open311';
      if (channel === 'open311') await keysInserted;
      while (writing) {
        const n = subs.length;
        const s: Submission = {
          n,
          channel,
          consent: channel === 'web' && choose() < 0.5,
          marker: `chaos ${runId} #${n}`,
          posts: 0,
          acks: [],
          apiKey: channel === 'open311' ? keys[w - WEB_WRITERS] : undefined,
        };
        subs.push(s);
        // Retried until acknowledged: after a kill, once the server is back.
        for (;;) {
          await server.whenUp();
          const ack = await attempt(s, stats, server);
          if (ack) {
            s.acks.push(ack);
            break;
          }
          if (server.up) await sleep(200); // a failure while up (counted): not a tight loop
        }
        // Sometimes the acknowledged POST is sent again (a double tap): same request back.
        if (choose() < 0.05 && s.fields) {
          await server.whenUp();
          const again = await attempt(s, stats, server);
          if (again) s.acks.push(again);
        }
      }
    };
    const writers = Array.from({ length: WEB_WRITERS + OPEN311_WRITERS }, (_, w) => writer(w));

    for (let k = 1; k <= KILLS; k++) {
      await sleep(UP_MS[0] + random() * (UP_MS[1] - UP_MS[0]));
      await server.kill();
      stats.kills++;
      stats.loadKills++;
      if (k === 1) {
        // The server has started once in full: the schema is there for the writers' API keys.
        const raw = await openRaw(target);
        await insertKeys(raw, keys);
        await raw.close();
        keysReady();
      }
      process.stdout.write(`kill ${k}/${KILLS} (${subs.length} submissions) `);
      if (!pgUrl && random() < PID_REUSE) {
        // The dead server's pid now names another live process (pids are reused; a container
        // hands out the same ones again): its lock file must not keep the server down.
        reusePid(path.join(dataDir, 'pglite.lock'));
        stats.pidReuses++;
      }
      server.start();
      // Now and then a kill lands while the server starts again.
      if (k < KILLS && random() < 0.15) {
        await sleep(200 + random() * 2_500);
        await server.kill();
        stats.kills++;
        stats.bootKills++;
        process.stdout.write(`(and one during the start) `);
        server.start();
      }
      await server.waitHealthy();
    }
    // Last: new submissions stop; every one still unacknowledged goes through on a live server.
    await sleep(UP_MS[0]);
    writing = false;
    await Promise.race([
      Promise.all(writers),
      sleep(120_000).then(() => {
        throw new Error('writers did not finish within 2 minutes of the last restart');
      }),
    ]);
    // Stopped as it was all along: SIGKILL (not counted), then the database is read directly.
    await server.kill();
  } catch (e) {
    await server.kill();
    console.error(`\n${database}: ${(e as Error).message}\n--- server log (tail) ---`);
    console.error(fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n'));
    throw e;
  }
  // Delivery is at least once by design (lib/outbox/worker.ts): a kill between writing a
  // message and marking it delivered sends it again after the lease. Counted, not a failure.
  const sent = new Map<string, number>();
  const outboxDir = path.join(dataDir, 'outbox');
  for (const f of fs.existsSync(outboxDir) ? fs.readdirSync(outboxDir) : []) {
    const m = /(chaos-\d+@example\.com)\.eml$/.exec(f);
    if (m) sent.set(m[1], (sent.get(m[1]) ?? 0) + 1);
  }
  const emails = [...sent.values()].reduce((a, b) => a + b, 0);

  const mean = server.starts.reduce((a, b) => a + b, 0) / server.starts.length;
  if (stats.pidReuses) console.log(`\n${stats.pidReuses} restarts found their lock's pid reused`);
  console.log(
    `\nstarts took ${mean.toFixed(1)} s on average (max ${Math.max(...server.starts).toFixed(1)} s)`,
  );

  const raw = await openRaw(target);
  let checked: Partial<Report>;
  try {
    checked = await verify(raw, subs, runId);
  } finally {
    await raw.close();
  }
  const problems = [...(checked.problems ?? [])];
  if (stats.unexpected.length)
    problems.push(
      `${stats.unexpected.length} failures while the server was up:`,
      ...stats.unexpected.slice(0, 20).map((u) => `  ${u}`),
    );
  return {
    database,
    kills: stats.kills,
    underLoad: stats.loadKills,
    submissions: subs.length,
    web: subs.filter((s) => s.channel === 'web').length,
    open311: subs.filter((s) => s.channel === 'open311').length,
    consenting: subs.filter((s) => s.consent).length,
    acknowledged: subs.filter((s) => s.acks.length).length,
    retried: subs.filter((s) => s.posts > 1).length,
    lost: checked.lost ?? 0,
    duplicated: checked.duplicated ?? 0,
    outbox: checked.outbox ?? 0,
    emails,
    resent: emails - sent.size,
    problems,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A fresh PostgreSQL database for the run, made from the server's maintenance database. */
async function freshPostgres(): Promise<string | undefined> {
  const given = process.env.CHAOS_DATABASE_URL;
  const test = process.env.TEST_DATABASE_URL;
  if (!given && !test) return undefined;
  const url = new URL(given ?? test!);
  if (!given) url.pathname = '/brs_chaos';
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = given ? '/postgres' : new URL(test!).pathname;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const ident = `"${name.replace(/"/g, '""')}"`;
    await client.query(`drop database if exists ${ident} with (force)`);
    await client.query(`create database ${ident}`);
  } finally {
    await client.end();
  }
  return url.toString();
}

// ---------------------------------------------------------------------------------------------

const t0 = performance.now();
if (!fs.existsSync('.next-e2e/BUILD_ID')) {
  console.log('No end-to-end build (.next-e2e): running `npm run build:e2e` first.');
  const build = spawnSync('npm', ['run', 'build:e2e'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(
  `Chaos test (${short ? 'short' : 'full'}): seed ${seed} (replay with --seed ${seed}), ` +
    `${WEB_WRITERS} web-form and ${OPEN311_WRITERS} Open311 writers, server on ${ORIGIN}`,
);
const reports: Report[] = [];
try {
  if (only !== 'postgres') reports.push(await run('pglite'));
  if (only !== 'pglite') {
    const url = await freshPostgres();
    if (url) reports.push(await run('postgres', url));
    else
      console.log('\nNo TEST_DATABASE_URL or CHAOS_DATABASE_URL: the PostgreSQL part is skipped.');
  }
} catch (e) {
  console.error(`\nChaos test, seed ${seed}: FAILED: ${(e as Error).message}`);
  process.exit(1);
}

console.log(`\nChaos test, seed ${seed}:`);
const cols: (keyof Report)[] = [
  'kills',
  'underLoad',
  'submissions',
  'web',
  'open311',
  'consenting',
  'acknowledged',
  'retried',
  'lost',
  'duplicated',
  'outbox',
  'emails',
  'resent',
];
console.log(
  ['database'.padEnd(9), ...cols.map((c) => c.padStart(13)), 'seconds'.padStart(9)].join(''),
);
for (const r of reports)
  console.log(
    [
      r.database.padEnd(9),
      ...cols.map((c) => String(r[c]).padStart(13)),
      r.seconds.toFixed(0).padStart(9),
    ].join(''),
  );
let failed = false;
for (const r of reports) {
  if (r.problems.length || r.lost || r.duplicated || r.acknowledged !== r.submissions) {
    failed = true;
    console.log(`\n${r.database}: FAILED`);
    for (const p of r.problems) console.log(`  ${p}`);
  }
}
console.log(
  `\nTotal ${((performance.now() - t0) / 1000).toFixed(0)} s: ${failed ? 'FAILED' : 'passed'}`,
);
process.exit(failed ? 1 : 0);
