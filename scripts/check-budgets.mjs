// `npm run budgets` (a step of `npm test`; `npm run measure:js` on the production build):
// speed budgets, measured on a build that exists.
//
// Starts the production server (scripts/server.mjs) on an existing build (the end-to-end build
// .next-e2e by default, the one scripts/test-all.sh has just made; `--build prod` for .next) on a fresh embedded database (demo
// data on, so the transparency page has its tables), and fails (exit 1) when:
//   1. first-load JavaScript: the gzip size of every <script src> in a resident page's HTML is
//      more than BUDGET_KB over the bare-page floor (/measure/floor) of the same build;
//   2. the transparency pages' React Server Components payload (the inline self.__next_f.push
//      scripts) repeats their tables' figures (see payloadRule below);
//   3. a 'use client' file is not in the allowlist with its reason (clientAllowlist below): a
//      client component is the exception, chosen on purpose, never the default.
// No second build: it reads only what `next build` wrote. Prints a table either way.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { formsIn } from '../test/html-forms.ts';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const prod = arg('build', 'e2e') === 'prod';
const distDir = prod ? '.next' : '.next-e2e';
const port = Number(arg('port', process.env.BUDGET_PORT ?? 3199));
const base = `http://127.0.0.1:${port}`;
/** First-load JavaScript a resident page may add to the floor, gzip (issue 16). */
const BUDGET_KB = 20;

// ---------------------------------------------------------------------------------------------
// 3. Client components, each with the reason it cannot be a server component. Cheap (no build
// needed) and it catches the usual slip: 'use client' on a whole view because one button in it
// needs an onClick. Paths relative to the repository.

const clientAllowlist = {
  'app/[locale]/error.tsx': 'error boundaries must be client components (Next.js)',
  'app/[locale]/(resident)/services/[code]/request/_components/RequestJourney.tsx':
    'useActionState drives the journey; the same action serves the form without JavaScript',
  'app/[locale]/(resident)/services/[code]/request/_components/QuestionsForm.tsx':
    'checks the answers before sending (react-hook-form, the zod schema loaded on demand)',
  'app/[locale]/(resident)/services/[code]/request/_components/CheckAnswers.tsx':
    'keeps the answers for a language switch (sessionStorage) and clears them on send',
  'app/[locale]/(resident)/services/[code]/request/_components/NearbyRequests.tsx':
    'a step of RequestJourney: receives its formAction and pending state',
  'app/[locale]/(resident)/requests/[trackingNumber]/feedback/_components/SurveyForm.tsx':
    'useActionState: errors and the thank-you without a page load',
  'app/[locale]/(resident)/performance/_components/ServerHtml.tsx':
    'keeps server HTML (tables, charts) out of the payload and out of hydration',
  'components/form/ErrorSummary.tsx': 'moves focus to itself when shown (GOV.UK)',
  'components/layout/LocaleSwitcher.tsx':
    'the layout does not re-render on client navigation: reads the path in the browser',
  'components/layout/DevAxe.tsx': 'development only: runs axe in the page',
  'components/layout/ErrorCopy.tsx': 'context for the error boundary (a client component)',
  'app/[locale]/staff/admin/users/_components/CreateUserForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/admin/users/[id]/_components/RoleForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/admin/_components/Notice.tsx': 'staff: focus on a notice after an action',
  'app/[locale]/staff/admin/api-keys/_components/CreateKeyForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/admin/catalogue/[code]/[lang]/_components/ServiceTextForm.tsx':
    'staff: useActionState form',
  'app/[locale]/staff/_components/CannedResponsePicker.tsx': 'staff: inserts a reply as chosen',
  'app/[locale]/staff/_components/SelectAllBox.tsx': 'staff: ticks every row of the queue',
  'app/[locale]/staff/targets/_components/TargetForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/sign-in/_components/SignInForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/sign-in/_components/SsoError.tsx': 'staff: focus on the sign-on error',
  'app/[locale]/staff/requests/new/_components/IntakeForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/requests/[trackingNumber]/_components/RequestWorkspace.tsx':
    'staff: useActionState, optimistic concurrency notices',
  'app/[locale]/staff/responses/_components/ResponseForm.tsx': 'staff: useActionState form',
  'app/[locale]/staff/security/_components/CodeForm.tsx': 'staff: useActionState form',
  'components/staff/KeyboardShortcuts.tsx': 'staff: keyboard shortcuts listen in the page',
  'components/staff/ActionDone.tsx': 'staff: focus on the outcome of an action',
};

function clientFiles() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|jsx?|mjs)$/.test(e.name) && !/\.test\./.test(e.name)) {
        const head = fs
          .readFileSync(p, 'utf8')
          .replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
        if (/^['"]use client['"]/.test(head)) out.push(p.split(path.sep).join('/'));
      }
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(dir);
  return out.sort();
}

function checkClientAllowlist() {
  const found = clientFiles();
  const problems = [];
  for (const f of found) {
    if (!clientAllowlist[f]) problems.push(`${f}: 'use client' without a reason in the allowlist`);
  }
  for (const f of Object.keys(clientAllowlist)) {
    if (!found.includes(f)) problems.push(`${f}: in the allowlist but not a client component`);
  }
  return { count: found.length, problems };
}

// ---------------------------------------------------------------------------------------------
// The server.

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (bytes) => bytes / 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startServer() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(
      `no build in ${distDir}: run \`npm run ${prod ? 'build' : 'build:e2e'}\` first`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-budgets-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: '1' };
  // The server serves .next-e2e only when told it is the test build (next.config.js distDir).
  if (prod) delete env.BRS_TEST_HOOKS_BUILD;
  else env.BRS_TEST_HOOKS_BUILD = '1';
  delete env.E2E_TEST_HOOKS; // no test hooks: measured as a resident sees it
  const server = spawn(
    process.execPath,
    ['scripts/server.mjs', '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: 'ignore', detached: true }, // own process group: stops with everything it forked
  );
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (i > 600) {
      stop();
      throw new Error('the server did not answer /api/health within 2 minutes');
    }
    await sleep(200);
  }
  return stop;
}

// ---------------------------------------------------------------------------------------------
// 1. First-load JavaScript.

const chunkSize = new Map();
async function scriptGzip(src) {
  if (!chunkSize.has(src)) {
    const res = await fetch(new URL(src, base));
    if (!res.ok) throw new Error(`${src}: ${res.status}`);
    chunkSize.set(src, gz(Buffer.from(await res.arrayBuffer())));
  }
  return chunkSize.get(src);
}

const scriptSrcs = (html) => [
  ...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])),
];
/** The inline React Server Components payload (self.__next_f.push(...) scripts), as sent. */
const payloadOf = (html) =>
  [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.includes('__next_f'))
    .join('');

async function measure(name, html, extraSrcs = []) {
  const srcs = [...new Set([...scriptSrcs(html), ...extraSrcs])];
  let bytes = 0;
  for (const s of srcs) bytes += await scriptGzip(s);
  return { name, scripts: srcs.length, js: bytes, payload: gz(payloadOf(html)), html };
}

async function get(url, expect = 200) {
  const res = await fetch(base + url, { redirect: 'manual' });
  const html = await res.text();
  if (res.status !== expect) throw new Error(`GET ${url}: ${res.status}, expected ${expect}`);
  return html;
}

/** A form posted as a browser without JavaScript posts it (its hidden fields, plus `extra`). */
async function post(url, html, extra) {
  const form = formsIn(html).find((f) => f.fields.some((x) => x.name === 'idempotencyKey'));
  if (!form) throw new Error(`${url}: no request form in the page`);
  const body = new FormData();
  for (const f of form.fields) if (f.kind === 'hidden') body.append(f.name, f.value);
  for (const [k, v] of extra) body.append(k, v);
  return fetch(base + url, { method: 'POST', body, headers: { origin: base }, redirect: 'manual' });
}

/** The page's own chunks from the build (for a page this script cannot reach with data). */
function pageChunks(route) {
  const file = path.join(distDir, 'server/app', route, 'page_client-reference-manifest.js');
  const g = globalThis;
  g.__RSC_MANIFEST = {};
  new Function('globalThis', fs.readFileSync(file, 'utf8'))(g);
  const m = Object.values(g.__RSC_MANIFEST)[0];
  return (m.entryJSFiles[`[project]/app${route}/page`] ?? []).map((f) => `/_next/${f}`);
}

async function residentPages() {
  const rows = [];
  const add = async (name, url, html, extra) =>
    rows.push({ url, ...(await measure(name, html, extra)) });
  await add('floor (bare page)', '/measure/floor', await get('/measure/floor'));
  await add('home', '/en', await get('/en'));
  await add('search results', '/en/services?q=trash', await get('/en/services?q=trash'));
  const service = '/en/services/TRM-Potholes';
  await add('service page', service, await get(service));
  const formUrl = `${service}/request`;
  const form = await get(formUrl);
  await add('request form', formUrl, form);
  const answers = [
    ['attr__POTHOLE_LOCATION', 'street'],
    ['attr__HOLE_SIZE', 'small'],
    ['address', '100 N Holliday St'],
    ['zip', '21202'],
    ['description', 'Budget check'],
  ];
  let step = await post(formUrl, form, [...answers, ['intent', 'check']]);
  let stepHtml = await step.text();
  if (stepHtml.includes('name="shown"')) {
    // "Already reported?" (demo data has open requests nearby): measured too, then "none of these".
    await add('request: already reported?', `${formUrl} (POST)`, stepHtml);
    step = await post(formUrl, stepHtml, [['intent', 'new']]);
    stepHtml = await step.text();
  }
  if (step.status !== 200 || !stepHtml.includes('value="submit"')) {
    throw new Error(`${formUrl}: "check" did not lead to check your answers (${step.status})`);
  }
  await add('request: check answers', `${formUrl} (POST)`, stepHtml);
  const sent = await post(formUrl, stepHtml, [['intent', 'submit']]);
  const confirmation = sent.headers.get('location') ?? '';
  if (sent.status !== 303 || !confirmation.includes('/confirmation')) {
    throw new Error(`${formUrl}: submit answered ${sent.status} ${confirmation}`);
  }
  const conf = new URL(confirmation, base);
  await add('confirmation', conf.pathname, await get(conf.pathname + conf.search));
  const tracking = conf.pathname.replace(/\/confirmation$/, '');
  await add('tracking page', tracking, await get(tracking));
  // The survey needs the token only its e-mail carries: its page's own chunks from the build,
  // added to the scripts of the same route answering a wrong token.
  await add(
    'feedback (survey) *',
    `${tracking}/feedback`,
    await get(`${tracking}/feedback?token=budget-check`, 404),
    pageChunks('/[locale]/(resident)/requests/[trackingNumber]/feedback'),
  );
  await add('requests lookup', '/en/requests', await get('/en/requests'));
  const perf = await get('/en/performance');
  await add('transparency', '/en/performance', perf);
  const agency = /\/en\/performance\/agencies\/[^"?]+\?period=[^"]+/.exec(perf)?.[0];
  if (!agency) throw new Error('/en/performance: no agency report link');
  await add(
    'agency report',
    agency.replace(/&amp;/g, '&'),
    await get(agency.replace(/&amp;/g, '&')),
  );
  await add('methodology', '/en/performance/methodology', await get('/en/performance/methodology'));
  await add('accessibility', '/en/accessibility', await get('/en/accessibility'));
  await add('home (ar, right to left)', '/ar', await get('/ar'));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 2. The payload rule. Hydration needs the payload to describe every client component and its
// props; a table or chart that needs no JavaScript needs none of it. So: no text of a table cell
// or chart value may appear in the page's payload as a string of its own (React writes element
// children and props as JSON strings). Measured on every distinct cell and chart value of six
// characters or more (shorter ones, "12" or "Yes", occur by chance), leaving out text the page
// also shows outside its tables and charts (a figure's name in the headline list above them is
// payload by right). The rule allows none: a table repeated there as React elements, or as the
// props of a client component that renders it, fails with the first cells found.

const unescapeHtml = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const texts = (html) => [...html.matchAll(/>([^<]+)</g)].map((m) => unescapeHtml(m[1]).trim());

function payloadRule(html) {
  const payload = payloadOf(html);
  // The payload is JSON inside a JavaScript string: compare with its text unescaped once.
  const text = payload.replace(/\\\\/g, '\\').replace(/\\"/g, '"');
  const body = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  const tablesAndCharts = /<table\b[\s\S]*?<\/table>|<figure class="bar-chart"[\s\S]*?<\/figure>/g;
  const elsewhere = new Set(texts(body.replace(tablesAndCharts, '')));
  const cells = [...body.matchAll(tablesAndCharts)].flatMap((m) => texts(m[0]));
  const candidates = [...new Set(cells)].filter((c) => c.length >= 6 && !elsewhere.has(c));
  const repeated = candidates.filter((c) => text.includes(JSON.stringify(c)));
  return { cells: candidates.length, repeated, payloadGz: gz(payload), payload: payload.length };
}

// ---------------------------------------------------------------------------------------------

const started = performance.now();
const allow = checkClientAllowlist();
let failed = allow.problems.length > 0;
const stop = await startServer();
let rows;
try {
  rows = await residentPages();
} finally {
  stop();
}
const floor = rows[0].js;
const pad = (s, n) => String(s).padEnd(n);
const num = (n) => kb(n).toFixed(1).padStart(6);
console.log(`First-load JavaScript, gzip (${distDir}); budget: floor + ${BUDGET_KB} KB`);
console.log(
  `  ${pad('page', 30)} ${'JS KB'.padStart(6)} ${'+floor'.padStart(7)}  payload KB  files`,
);
for (const r of rows) {
  const over = r.js - floor;
  const bad = r !== rows[0] && kb(over) > BUDGET_KB;
  if (bad) failed = true;
  console.log(
    `${bad ? '✗' : ' '} ${pad(r.name, 30)} ${num(r.js)} ${r === rows[0] ? '       ' : (over >= 0 ? '+' : '') + kb(over).toFixed(1).padStart(6)}  ${num(r.payload)}      ${String(r.scripts).padStart(3)}  ${bad ? `OVER BUDGET by ${kb(over - BUDGET_KB * 1024).toFixed(1)} KB` : ''}`,
  );
}
console.log('  * its chunks from the build manifest (the survey link is only in an e-mail)');

console.log('\nRSC payload of the transparency pages: no table cell or chart value repeated');
for (const name of ['transparency', 'agency report']) {
  const r = rows.find((x) => x.name === name);
  const p = payloadRule(r.html);
  const bad = p.repeated.length > 0;
  if (bad) failed = true;
  console.log(
    `${bad ? '✗' : ' '} ${pad(r.url, 44)} payload ${kb(p.payload).toFixed(1)} KB (${kb(p.payloadGz).toFixed(1)} KB gzip), ${p.repeated.length} of ${p.cells} cells repeated${
      bad
        ? `: ${p.repeated
            .slice(0, 4)
            .map((c) => JSON.stringify(c))
            .join(', ')}…`
        : ''
    }`,
  );
}

console.log(`\nClient components: ${allow.count} 'use client' files, each with its reason`);
for (const p of allow.problems) console.log(`✗ ${p}`);

console.log(
  `\n${failed ? 'FAILED' : 'ok'}: budgets checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
