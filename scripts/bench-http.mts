// `npm run bench:http`: the portal's pages side by side with a static-file server handing out
// the same HTML, on the same machine in the same run (autocannon, 10 connections). Reports
// requests/s and p99 for each and the ratio, against the goals: at least 0.3x the static server
// for the pages that are the same for everyone, at least 500 requests/s for the others.
// Production build (.next, built first if there is none), embedded PGlite; PostgreSQL too when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set. Not part of `npm test`: a measurement.
//   npm run bench:http -- [--duration 10] [--connections 10] [--only pglite|postgres]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { openDatabase } from '../db/client';
import { insertApiKey } from '../db/seed/api-keys';
import { freePort, startServer } from './bench-load/server.mts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const duration = Number(opt('duration') ?? 10);
const connections = Number(opt('connections') ?? 10);
const only = opt('only');
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const SERVICE = 'SW-Dirty Alley';
const STATIC_RATIO_GOAL = 0.3;
const DYNAMIC_RPS_GOAL = 500;

if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('No production build (.next): running `npm run build` first.');
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/** `fresh`: a different query string on every request, so that no cached copy can answer. */
type Page = { label: string; path: string; sameForEveryone: boolean; fresh?: boolean };
type Row = {
  db: string;
  page: Page;
  rps: number;
  p99: number;
  staticRps: number;
  staticP99: number;
  bad: number;
};
const rows: Row[] = [];

let n = 0;
async function measure(url: string, fresh = false) {
  const r = await autocannon({
    url,
    connections,
    duration,
    requests: fresh
      ? [{ setupRequest: (req) => ({ ...req, path: `${req.path}${++n}` }) }]
      : undefined,
  });
  return { rps: r.requests.average, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

/**
 * The static side: a plain Node server, in a process of its own (not this one, where autocannon
 * runs), that answers every request with this page's bytes and headers as the portal sent them:
 * what a CDN or nginx in front of a prerendered page would do at best on this machine.
 */
const STATIC_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const body = fs.readFileSync(process.argv[1]);
const headers = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
http.createServer((_req, res) => { res.writeHead(200, headers); res.end(body); })
  .listen(Number(process.argv[3]), '127.0.0.1', () => process.send('ready'));
`;

async function staticServer(body: Buffer, headers: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-bench-static-'));
  fs.writeFileSync(path.join(dir, 'body'), body);
  fs.writeFileSync(path.join(dir, 'headers.json'), JSON.stringify(headers));
  const port = await freePort();
  // `node -e` takes its own arguments after the script: body file, headers file, port.
  const server = spawn(
    process.execPath,
    ['-e', STATIC_SERVER, path.join(dir, 'body'), path.join(dir, 'headers.json'), String(port)],
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function run(db: 'pglite' | 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-bench-http-'));
  const databaseUrl = db === 'postgres' ? pgUrl : undefined;
  // One Open311 key, to make the request whose tracking page is measured (as a client app would).
  const key = randomBytes(24).toString('base64url');
  const handle = await openDatabase({ databaseUrl, dataDir });
  await insertApiKey(handle.db, 'bench:http', key);
  await handle.close();

  const port = await freePort();
  const logFile = path.join(dataDir, 'server.log');
  console.log(`\n${db}: production server on :${port} (log ${logFile})`);
  const server = await startServer({
    port,
    logFile,
    readyTimeoutMs: 600_000,
    env: {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_TEST_HOOKS: undefined,
      BRS_TEST_HOOKS_BUILD: undefined,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const made = await fetch(`${base}/api/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: key,
        service_code: SERVICE,
        address_string: '100 N Holliday St, Baltimore, MD 21202',
        description: 'bench:http request',
      }),
    });
    if (made.status !== 200) throw new Error(`Open311 POST answered ${made.status}`);
    const tracking: string = (await made.json())[0].service_request_id;
    const pages: Page[] = [
      { label: 'home', path: '/en', sameForEveryone: true },
      {
        label: 'service page',
        path: `/en/services/${encodeURIComponent(SERVICE)}`,
        sameForEveryone: true,
      },
      { label: 'accessibility', path: '/en/accessibility', sameForEveryone: true },
      { label: 'methodology', path: '/en/performance/methodology', sameForEveryone: true },
      { label: 'transparency', path: '/en/performance', sameForEveryone: false },
      { label: 'search', path: '/en/services?q=pothole', sameForEveryone: false },
      {
        label: 'search, a new query each time',
        path: '/en/services?q=pothole',
        sameForEveryone: false,
        fresh: true,
      },
      { label: 'tracking page', path: `/en/requests/${tracking}`, sameForEveryone: false },
    ];
    for (const page of pages) {
      const res = await fetch(base + page.path);
      if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        if (!/^(content-encoding|transfer-encoding|connection|keep-alive|date)$/.test(k)) {
          headers[k] = v;
        }
      });
      headers['content-length'] = String(body.length);
      // Warm-up: first renders, JIT, caches filled; not counted.
      await autocannon({ url: base + page.path, connections, duration: 2 });
      const app = await measure(base + page.path, page.fresh);
      const stat = await staticServer(body, headers);
      const st = await measure(stat.url);
      await stat.close();
      const row = {
        db,
        page,
        rps: app.rps,
        p99: app.p99,
        staticRps: st.rps,
        staticP99: st.p99,
        bad: app.bad,
      };
      rows.push(row);
      console.log(
        `  ${page.label}: ${app.rps.toFixed(0)} req/s (p99 ${app.p99} ms) vs static ` +
          `${st.rps.toFixed(0)} req/s (p99 ${st.p99} ms): ${(app.rps / st.rps).toFixed(3)}x` +
          `${app.bad ? `, ${app.bad} errors or non-2xx` : ''}`,
      );
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (only !== 'postgres') await run('pglite');
if (only !== 'pglite') {
  if (pgUrl) await run('postgres');
  else console.log('\nPostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL).');
}

const goal = (r: Row) =>
  r.page.sameForEveryone
    ? { text: `>= ${STATIC_RATIO_GOAL}x static`, met: r.rps / r.staticRps >= STATIC_RATIO_GOAL }
    : { text: `>= ${DYNAMIC_RPS_GOAL} req/s`, met: r.rps >= DYNAMIC_RPS_GOAL };
console.log(
  `\n${connections} connections, ${duration} s each, ${os.cpus().length} cores, Node ${process.version}`,
);
console.log('| database | page | req/s | p99 ms | static req/s | static p99 ms | ratio | goal | |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) {
  const g = goal(r);
  console.log(
    `| ${r.db} | ${r.page.label} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.staticRps.toFixed(0)} | ` +
      `${r.staticP99} | ${(r.rps / r.staticRps).toFixed(3)} | ${g.text} | ${g.met ? 'met' : 'missed'} |`,
  );
}
if (rows.some((r) => r.bad)) {
  console.error('bench:http: errors or non-2xx answers (above).');
  process.exit(1);
}
