// `npm run lighthouse`: Lighthouse 12 (from npm, its default mobile config: simulated slow 4G,
// 4× CPU slowdown) in Chromium, the median of 3 runs of every resident page that matters —
// home, search results, a service page, the request form, check your answers, confirmation,
// tracking, the transparency page and its methodology — in English and Spanish. Prints a table
// with issue 16's goals checked and writes lighthouse-report/summary.json (with each page's
// largest costs) and each page's median Lighthouse result. Not part of `npm test` (minutes).
//   npm run lighthouse -- [--base-url URL] [--runs 3] [--pages home,form] [--locales en,es]
//                         [--out lighthouse-report]
// Without --base-url it serves the production build (.next; `npm run build` first when there is
// none) on a free port with a fresh embedded database (demo history on, as a new deployment).
// The request behind check your answers, confirmation and tracking is made through the public
// journey, as a resident without JavaScript would post it: no test hooks, any deployment.
// Chrome: CHROME_PATH, else /usr/bin/chromium when present, else chrome-launcher's choice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { navigation } from 'lighthouse';
import {
  largestCosts,
  medianRun,
  rowOf,
  table,
  GOALS,
  type Lhr,
  type Row,
} from './lighthouse/report.ts';
import { CHROMIUM_FLAGS, systemChromium } from './system-chromium.ts';
import { freePort, startServer } from './bench-load/server.mts';
import { formsIn } from '../test/html-forms.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (v: string | undefined) =>
  v
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const runs = Number(opt('runs') ?? 3);
const locales = list(opt('locales')) ?? ['en', 'es'];
const outDir = opt('out') ?? 'lighthouse-report';
/** A service with no extra questions: the form needs only where and what. */
const SERVICE = 'SW-Dirty Alley';
const PAGE_NAMES = [
  'home',
  'search',
  'service',
  'form',
  'check-answers',
  'confirmation',
  'tracking',
  'performance',
  'methodology',
] as const;
type PageName = (typeof PAGE_NAMES)[number];
const pages = (list(opt('pages')) ?? [...PAGE_NAMES]) as PageName[];
for (const p of pages) {
  if (!PAGE_NAMES.includes(p))
    throw new Error(`Unknown page ${p}: one of ${PAGE_NAMES.join(', ')}`);
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const chromePath = process.env.CHROME_PATH || systemChromium;

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** The deployment to measure: the one given, or the production build served here. */
async function deployment(): Promise<{ base: string; stop: () => Promise<void> }> {
  const given = opt('base-url');
  if (given) return { base: given.replace(/\/$/, ''), stop: async () => {} };
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('No production build (.next): running `npm run build` first.');
    const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-lighthouse-'));
  const port = await freePort();
  const logFile = path.join(dataDir, 'server.log');
  console.log(
    `production server (scripts/server.mjs) on :${port} (DATA_DIR ${dataDir}, log ${logFile})`,
  );
  const server = await startServer({
    port,
    logFile,
    readyTimeoutMs: 600_000,
    env: {
      DATABASE_URL: undefined,
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_TEST_HOOKS: undefined,
      BRS_TEST_HOOKS_BUILD: undefined,
    },
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Field = [string, string];
const formUrl = (base: string, lc: string) =>
  `${base}/${lc}/services/${encodeURIComponent(SERVICE)}/request`;

/**
 * The request form's fields as the server rendered them (its hidden fields carry the server
 * action and its bound arguments) with a resident's answers: what a browser without JavaScript
 * posts. intent "new" goes straight to check your answers; "submit" sends the request.
 */
async function journeyFields(base: string, lc: string, intent: 'new' | 'submit'): Promise<Field[]> {
  const html = await (await fetch(formUrl(base, lc))).text();
  const form = formsIn(html).find((f) => f.fields.some((x) => x.name === 'idempotencyKey'));
  if (!form) throw new Error(`No request form on ${formUrl(base, lc)}`);
  return [
    ...form.fields.filter((f) => f.kind === 'hidden').map((f): Field => [f.name, f.value]),
    ['address', '1500 W North Ave'],
    ['zip', '21217'],
    ['description', 'npm run lighthouse: a resident’s request, measured'],
    ['contactLanguage', lc],
    ['intent', intent],
  ];
}

/** One request, sent through the public form: its confirmation (with token) and tracking pages. */
async function makeRequest(base: string, lc: string) {
  const body = new FormData();
  for (const [k, v] of await journeyFields(base, lc, 'submit')) body.append(k, v);
  const res = await fetch(formUrl(base, lc), {
    method: 'POST',
    body,
    headers: { origin: base },
    redirect: 'manual',
  });
  const to = res.headers.get('location');
  const m =
    to &&
    /\/requests\/([^/?]+)\/confirmation(\?.*)?$/.exec(
      new URL(to, base).pathname + new URL(to, base).search,
    );
  if (!m) throw new Error(`Sending the request form answered ${res.status}, not the confirmation`);
  return { trackingNumber: decodeURIComponent(m[1]), query: m[2] ?? '' };
}

/** Words a resident of that language types: the first keyword of a common service. */
function searchWord(lc: string): string {
  const file = path.join('locales', lc, 'catalogue.json');
  const catalogue = JSON.parse(fs.readFileSync(file, 'utf8'));
  return catalogue.services['SW-Mixed Refuse'].keywords[0];
}

/** The post does reach check your answers (its send button), not the form again with errors. */
async function expectCheckAnswers(base: string, lc: string, fields: Field[]) {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  const res = await fetch(formUrl(base, lc), { method: 'POST', body, headers: { origin: base } });
  const html = await res.text();
  const send = [...html.matchAll(/<button\b[^>]*>/g)].some(
    ([tag]) => tag.includes('name="intent"') && tag.includes('value="submit"'),
  );
  if (res.status !== 200 || !send) {
    throw new Error(`The form's post did not show check your answers (${res.status})`);
  }
}

type Target = {
  url: string;
  /** Check your answers is the answer to a POST: opened by submitting the form, not by a URL. */
  post?: Field[];
};

async function targets(base: string, lc: string, request: Awaited<ReturnType<typeof makeRequest>>) {
  const n = encodeURIComponent(request.trackingNumber);
  const service = encodeURIComponent(SERVICE);
  const all: Record<PageName, () => Promise<Target>> = {
    home: async () => ({ url: `${base}/${lc}` }),
    search: async () => ({ url: `${base}/${lc}/services?q=${encodeURIComponent(searchWord(lc))}` }),
    service: async () => ({ url: `${base}/${lc}/services/${service}` }),
    form: async () => ({ url: formUrl(base, lc) }),
    'check-answers': async () => {
      const post = await journeyFields(base, lc, 'new');
      await expectCheckAnswers(base, lc, post);
      return { url: formUrl(base, lc), post };
    },
    confirmation: async () => ({ url: `${base}/${lc}/requests/${n}/confirmation${request.query}` }),
    tracking: async () => ({ url: `${base}/${lc}/requests/${n}` }),
    performance: async () => ({ url: `${base}/${lc}/performance` }),
    methodology: async () => ({ url: `${base}/${lc}/performance/methodology` }),
  };
  return all;
}

/** Submits the fields as a plain HTML form does (a real POST navigation, no script of ours). */
function postNavigation(page: Page, t: Target) {
  return async () => {
    await page.evaluate(
      (url, fields) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.enctype = 'multipart/form-data';
        form.action = url;
        for (const [name, value] of fields) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      t.url,
      t.post!,
    );
  };
}

async function measure(browser: Browser, t: Target): Promise<Lhr> {
  const page = await browser.newPage();
  try {
    if (t.post) {
      // The form's page first: the post comes from it, same origin, as a resident's would. Then
      // the browser's cache is emptied (as Lighthouse does before every other page): every page
      // is measured as a first visit, so their numbers compare.
      await page.goto(t.url, { waitUntil: 'load' });
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
    }
    const result = await navigation(page, t.post ? postNavigation(page, t) : t.url, {
      flags: {
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${t.url}`);
    const lhr = result.lhr as unknown as Lhr;
    if (lhr.runtimeError)
      throw new Error(`${t.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await page.close();
  }
}

/** Lighthouse now and then loses a trace (NO_NAVSTART, NO_FCP): that run is made again. */
async function measureWithRetry(browser: Browser, t: Target, attempts = 3): Promise<Lhr> {
  for (let i = 1; ; i++) {
    try {
      return await measure(browser, t);
    } catch (e) {
      if (i >= attempts) throw e;
      console.log(`    again: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}

const { base, stop } = await deployment();
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
const browser = await puppeteer.connect({
  browserURL: `http://127.0.0.1:${chrome.port}`,
  defaultViewport: null,
});
const rows: Row[] = [];
const medians: Record<string, Lhr> = {};
try {
  for (const lc of locales) {
    const request = await makeRequest(base, lc);
    console.log(`${lc}: request ${request.trackingNumber} sent through the form (${seconds()})`);
    const all = await targets(base, lc, request);
    for (const name of pages) {
      const t = await all[name]();
      const results: Lhr[] = [];
      for (let i = 0; i < runs; i++) results.push(await measureWithRetry(browser, t));
      const median = medianRun(results);
      const row = rowOf(name, lc, median);
      rows.push(row);
      medians[`${name}.${lc}`] = median;
      console.log(
        `  ${name}: perf ${row.performance}, a11y ${row.accessibility}, best pr. ` +
          `${row.bestPractices}, TBT ${row.tbtMs} ms (${seconds()})`,
      );
    }
  }
} finally {
  await browser.disconnect();
  chrome.kill();
  await stop();
}

const durationS = Math.round((Date.now() - started) / 1000);
fs.mkdirSync(outDir, { recursive: true });
for (const [key, lhr] of Object.entries(medians)) {
  fs.writeFileSync(path.join(outDir, `${key}.json`), JSON.stringify(lhr));
}
const failing = rows.filter((r) => r.missed.length);
const summary = {
  measuredAt: new Date(started).toISOString(),
  durationS,
  baseUrl: opt('base-url') ?? 'production build (.next), fresh embedded database',
  lighthouse: '12 (default mobile config: simulated slow 4G, 4× CPU slowdown)',
  runsPerPage: runs,
  goals: GOALS,
  pass: failing.length === 0,
  rows,
};
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(`\n${table(rows)}\n`);
console.log(`Largest costs (median run):\n${largestCosts(rows)}\n`);
console.log(
  `${rows.length - failing.length} of ${rows.length} pages meet every goal; ` +
    `${runs} run(s) each, ${durationS} s. Written: ${outDir}/summary.json and ${outDir}/<page>.<locale>.json`,
);
