import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { Collector, Raw, Where } from './collector';
import { install, type AuditHelpers, type StopInfo } from './in-page';

type Win = { __audit: AuditHelpers };

/** tsx names functions with a `__name` helper that pages do not have: give them a no-op one. */
export async function installHelpers(page: Page) {
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  await page.evaluate(install);
}

/**
 * Keyboard only: Tab from the top of the page to its end.
 * - 2.4.7 Focus Visible: each focused element must look different from how it looked before
 *   any focus (computed outline, box-shadow, border, background, colour, text decoration of the
 *   element, its pseudo-elements, its labels and its parent). When no style changed, a pixel
 *   comparison of the element's box (with a margin) focused and blurred decides.
 * - 2.4.11 Focus Not Obscured (Minimum): a focused element entirely covered by other content
 *   (a sticky header), sampled at its centre and corners.
 * - 2.4.3 Focus Order: positive tabindex, and focus moving backwards in document order.
 * - 2.1.2 No Keyboard Trap: focus that stays on one element over two presses, that cycles
 *   without reaching the end, or that has not reached the end after a bounded number of presses.
 * - 2.1.1 Keyboard: visible elements in the tab order that Tab never reached.
 */
export async function keyboardCheck(page: Page, where: Where, out: Collector): Promise<void> {
  await installHelpers(page);
  const count = await page.evaluate(() => (window as unknown as Win).__audit.prime());
  await page.evaluate(() => (window as unknown as Win).__audit.resetFocus());
  const add = async (raw: Omit<Raw, 'check'>, shot?: Buffer) => {
    const full = { ...raw, check: 'keyboard' as const };
    const key = `${where.page}|${where.state}|${where.locale}|${where.viewport}|${raw.rule}|${raw.selector}`;
    const file = shot
      ? await out.screenshot(key, async (f) => fs.writeFileSync(f, shot), 'png')
      : await out.elementShot(page, where, full);
    out.add(where, full, file);
  };

  for (const p of await page.evaluate(() => (window as unknown as Win).__audit.positive())) {
    await add({
      rule: 'tabindex-positive',
      help: 'A positive tabindex takes the element out of the document’s focus order',
      scs: ['2.4.3'],
      impact: 'serious',
      ...p,
    });
  }

  const max = Math.min(400, count * 2 + 20);
  let first: string | null = null;
  let stuck = 0;
  let ended = false;
  let prev: StopInfo | null = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => (window as unknown as Win).__audit.stop());
    if (s.end) {
      ended = true;
      break;
    }
    if (prev && !prev.end && prev.selector === s.selector) {
      // Date and time inputs take one Tab per part (month, day, year…), and a frame or a
      // shadow host keeps focus while it moves inside: allow those more presses.
      if (++stuck >= stuckLimit(s.html)) {
        await add({
          rule: 'keyboard-trap',
          help: 'Focus stays on this element when Tab is pressed',
          scs: ['2.1.2'],
          impact: 'critical',
          selector: s.selector,
          html: s.html,
          detail: `Tab pressed ${stuck + 1} times; focus did not move.`,
        });
        return;
      }
      continue;
    }
    stuck = 0;
    if (s.repeat) {
      // Back at the first stop: the page's sequence is done (the browser wrapped around).
      if (s.selector === first) ended = true;
      else
        await add({
          rule: 'focus-cycle',
          help: 'Focus cycles within part of the page and does not reach its end',
          scs: ['2.1.2'],
          impact: 'critical',
          selector: s.selector,
          html: s.html,
          detail: `Focus came back to this element after ${i + 1} presses of Tab.`,
        });
      break;
    }
    first ??= s.selector;
    prev = s;
    if (s.forward === false && s.tabIndex <= 0) {
      await add({
        rule: 'focus-order-backwards',
        help: 'Focus moves to an element earlier in the document than the one before it',
        scs: ['2.4.3'],
        impact: 'moderate',
        selector: s.selector,
        html: s.html,
        detail: 'Check that the order still preserves meaning and operability.',
      });
    }
    if (s.obscured) {
      await add({
        rule: 'focus-obscured',
        help: 'The focused element is entirely hidden by other content',
        scs: ['2.4.11'],
        impact: 'serious',
        selector: s.selector,
        html: s.html,
        detail: `Covered by ${s.obscured}.`,
      });
    }
    if (s.styleChanged !== true) {
      const shots = await focusPixels(page, s);
      if (shots && shots.same) {
        await add(
          {
            rule: 'focus-not-visible',
            help: 'The focused element looks the same as when it is not focused',
            scs: ['2.4.7'],
            impact: 'serious',
            selector: s.selector,
            html: s.html,
            detail: 'No style change and no pixel change in the element’s box on focus.',
          },
          shots.focused,
        );
      }
    }
  }
  if (!ended) {
    await add({
      rule: 'focus-no-end',
      help: `Focus did not reach the end of the page in ${max} presses of Tab`,
      scs: ['2.1.2'],
      impact: 'serious',
      selector: prev && !prev.end ? prev.selector : 'body',
      html: prev && !prev.end ? prev.html : '',
    });
    return;
  }
  for (const u of await page.evaluate(() => (window as unknown as Win).__audit.unreached())) {
    await add({
      rule: 'not-reachable-by-tab',
      help: 'A visible element in the tab order was never reached with Tab',
      scs: ['2.1.1'],
      impact: 'serious',
      ...u,
    });
  }
}

function stuckLimit(html: string) {
  if (/^<(iframe|object|embed)\b/i.test(html) || /^<[a-z]+-[a-z-]+\b/i.test(html)) return 100;
  if (/^<input\b[^>]*type="(date|time|datetime-local|month|week)"/i.test(html)) return 8;
  return 2;
}

/**
 * The element's box with a margin, focused and then blurred. Blurring keeps Chromium's
 * sequential-focus starting point on the element, so the next Tab carries on after it.
 */
async function focusPixels(page: Page, s: Extract<StopInfo, { end: false }>) {
  const vp = page.viewportSize();
  if (!vp || s.rect.width < 1 || s.rect.height < 1) return null;
  const m = 8;
  const x = Math.max(0, s.rect.x - m);
  const y = Math.max(0, s.rect.y - m);
  const clip = {
    x,
    y,
    width: Math.min(vp.width, s.rect.x + s.rect.width + m) - x,
    height: Math.min(vp.height, s.rect.y + s.rect.height + m) - y,
  };
  if (clip.width < 1 || clip.height < 1) return null;
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const blurred = await page.screenshot({ clip, animations: 'disabled' });
  return { same: focused.equals(blurred), focused };
}
