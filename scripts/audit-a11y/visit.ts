import type { Browser, BrowserContextOptions } from '@playwright/test';
import { axeCheck } from './axe-check';
import type { Collector } from './collector';
import { installHelpers, keyboardCheck } from './keyboard-check';
import { reflowCheck } from './reflow-check';
import type { Options } from './options';
import { missing, type Shared, type Target } from './targets';
import type { CheckKind, Visit } from './types';

/**
 * One page state in one locale: open it, bring it into its state, then axe at every viewport,
 * reflow at 320 × 256, and the keyboard walk at the widest viewport.
 *
 * Reduced motion is asked for: axe reads colours at one instant, and mid-way through a CSS
 * transition (a focus, a hover) it would measure contrast that never settles.
 */
export async function auditVisit(
  browser: Browser,
  target: Target,
  locale: string,
  shared: Shared,
  out: Collector,
): Promise<Visit> {
  const t0 = Date.now();
  const visit: Visit = {
    page: target.page,
    state: target.state,
    locale,
    url: null,
    status: 'skipped',
    reason: null,
    viewports: [],
    checks: [],
    notes: [],
    ms: 0,
  };
  const done = (v: Partial<Visit>) => ({ ...visit, ...v, ms: Date.now() - t0 });
  const why = missing(target, shared);
  if (why) return done({ reason: why });
  const opts = shared.opts;
  const url = `${opts.baseUrl}${target.path(locale, shared)}`;
  visit.url = url;
  const ctxOptions: BrowserContextOptions = {
    reducedMotion: 'reduce',
    viewport: opts.viewports[0],
    storageState: target.needs?.includes('staff') ? shared.staffStorage! : undefined,
  };
  const context = await browser.newContext(ctxOptions);
  const page = await context.newPage();
  try {
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const status = res?.status() ?? 0;
    const expected = target.status ?? 200;
    if (target.area === 'staff' && target.needs?.includes('staff')) {
      if (status === 404 || status === 403)
        return done({ reason: `not available to this staff account (HTTP ${status})` });
      if (new URL(page.url()).pathname.includes('/staff/sign-in'))
        return done({ reason: 'the staff session was sent back to sign-in' });
    }
    // A redirect (to sign-in, to a second-factor step) is not the page asked for.
    const asked = new URL(url).pathname;
    const landed = new URL(page.url()).pathname;
    if (decodeURIComponent(landed) !== decodeURIComponent(asked))
      return done({ reason: `redirected to ${landed}` });
    if (status !== expected)
      return done({ status: 'error', reason: `answered HTTP ${status} (expected ${expected})` });
    if (target.act) {
      const reason = await target.act(page, shared);
      if (reason) return done({ reason: `state not reachable: ${reason}` });
    }
    await installHelpers(page);
    const where = { page: target.page, state: target.state, locale, url };
    const checks = new Set<CheckKind>();
    for (const vp of opts.viewports) {
      await page.setViewportSize(vp);
      await page.waitForTimeout(100);
      out.needsReview += await axeCheck(page, { ...where, viewport: vp.name }, out);
      checks.add('axe');
    }
    visit.notes.push(...(await reflowCheck(page, { ...where, viewport: '320' }, out)));
    checks.add('reflow');
    if (opts.keyboard) {
      const widest = opts.viewports.reduce((a, b) => (b.width > a.width ? b : a));
      await page.setViewportSize(widest);
      await keyboardCheck(page, { ...where, viewport: widest.name }, out);
      checks.add('keyboard');
    }
    return done({
      status: 'audited',
      viewports: opts.viewports.map((v) => v.name),
      checks: [...checks],
    });
  } catch (e) {
    return done({ status: 'error', reason: (e as Error).message.split('\n')[0] });
  } finally {
    await context.close();
  }
}

export type { Options };
