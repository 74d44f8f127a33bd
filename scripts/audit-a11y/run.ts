import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { locales as appLocales } from '../../lib/i18n/config';
import { CHROMIUM_FLAGS, systemChromium } from '../system-chromium';
import { Collector } from './collector';
import { closeRequest, reachCheckAnswers, sendRequest, staffSignIn } from './journey';
import type { Options } from './options';
import { TARGETS, type Shared, type Target } from './targets';
import type { Visit } from './types';
import { auditVisit } from './visit';

/** Debian's Chromium where installed (no browser downloads on CI machines), else Playwright's. */
export async function launch(): Promise<Browser> {
  return chromium.launch(
    systemChromium ? { executablePath: systemChromium, args: CHROMIUM_FLAGS } : {},
  );
}

/** Runs `work` over `items`, `n` at a time, in order of start. */
async function pool<T>(items: T[], n: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Paths given with --paths: audited as they are, in no locale, with no journey. */
function customTargets(paths: string[]): Target[] {
  return paths.map((p, i) => ({
    id: `path-${i + 1}`,
    page: p,
    state: 'default',
    area: 'resident',
    phase: 1,
    path: () => (p.startsWith('/') ? p : `/${p}`),
  }));
}

export async function runAudit(opts: Options, out: Collector) {
  const custom = opts.paths ? customTargets(opts.paths) : null;
  const targets = custom ?? TARGETS.filter((t) => !opts.pages || opts.pages.includes(t.id));
  const locales = custom ? ['-'] : (opts.locales ?? [...appLocales]);
  const shared: Shared = {
    opts,
    request: null,
    requestSkip: opts.submit
      ? 'no request was made in this run'
      : 'needs a submitted request, and --no-submit was given',
    staffStorage: null,
    staffSkip: 'no staff credentials: set AUDIT_STAFF_EMAIL and AUDIT_STAFF_PASSWORD',
    closed: false,
    closeSkip: 'needs the request closed through the staff console: give staff credentials',
    surveySkip: '',
  };
  const needs = (n: string) => targets.some((t) => t.needs?.includes(n as never));
  const browser = await launch();
  const browserName = `Chromium ${browser.version()}`;
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-audit-')), 'staff.json');
  try {
    if (!custom && opts.submit && (needs('request') || needs('closed'))) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      try {
        await page.goto(`${opts.baseUrl}/en/services/${encodeURIComponent(opts.service)}/request`);
        await reachCheckAnswers(page, { ...opts, email: opts.residentEmail });
        shared.request = await sendRequest(page);
        log(`Request ${shared.request.tracking} submitted through the public form.`);
      } catch (e) {
        shared.requestSkip = `the request journey failed: ${(e as Error).message.split('\n')[0]}`;
        log(shared.requestSkip);
      } finally {
        await ctx.close();
      }
    }
    if (!custom && opts.staff && (needs('staff') || needs('closed'))) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const why = await staffSignIn(page, opts.baseUrl, opts.staff).catch(
        (e: Error) => `staff sign-in failed: ${e.message.split('\n')[0]}`,
      );
      if (why) shared.staffSkip = shared.closeSkip = why;
      else {
        await ctx.storageState({ path: stateFile });
        shared.staffStorage = stateFile;
        log('Signed in to the staff console.');
      }
      await ctx.close();
    }
    const visit = async ([t, l]: [Target, string]) => {
      const v: Visit = await auditVisit(browser, t, l, shared, out);
      out.visits.push(v);
      log(
        `${v.status.padEnd(8)} ${t.id} ${l} ${v.status === 'audited' ? `${(v.ms / 1000).toFixed(1)} s` : (v.reason ?? '')}`,
      );
    };
    const phase = (n: number) =>
      targets
        .filter((t) => t.phase === n)
        .flatMap((t) => locales.map((l) => [t, l] as [Target, string]));
    await pool(phase(1), opts.concurrency, visit);
    await pool(phase(2), opts.concurrency, visit);

    if (shared.request && shared.staffStorage && (needs('closed') || needs('survey'))) {
      const ctx = await browser.newContext({ storageState: stateFile });
      const page = await ctx.newPage();
      const why = await closeRequest(page, opts.baseUrl, shared.request.tracking).catch(
        (e: Error) => `closing failed: ${e.message.split('\n')[0]}`,
      );
      await ctx.close();
      if (why) shared.closeSkip = why;
      else {
        shared.closed = true;
        log(`Request ${shared.request.tracking} closed in the staff console.`);
      }
    }
    shared.surveySkip = surveySkip(shared);
    await pool(phase(3), opts.concurrency, visit);
  } finally {
    fs.rmSync(path.dirname(stateFile), { recursive: true, force: true });
    await browser.close();
  }
  return { locales, targets, shared, browser: browserName };
}

/** The survey needs a link only the resident receives: say how to audit it. */
function surveySkip(s: Shared): string {
  const rerun = 'run again with --survey-url <link> --pages survey,survey-errors';
  if (s.closed && s.opts.residentEmail)
    return `request ${s.request!.tracking} was closed; its survey link was sent to ${s.opts.residentEmail}: ${rerun}`;
  if (s.closed)
    return `request ${s.request!.tracking} was closed, but no contact e-mail was given (AUDIT_RESIDENT_EMAIL), so no survey link was sent; ${rerun}`;
  return `the satisfaction survey is reached only from the link sent to the resident when a request is closed (${s.closeSkip}); ${rerun}`;
}
