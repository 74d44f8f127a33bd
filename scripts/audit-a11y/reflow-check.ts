import type { Page } from '@playwright/test';
import type { Collector, Where } from './collector';

/**
 * WCAG 1.4.10 Reflow at 400% zoom: a 1280 px wide window zoomed to 400% is 320 CSS px wide
 * (and 1024 / 4 = 256 high), so the page is laid out in a 320 × 256 viewport and must not
 * scroll sideways: the document's scrollWidth must not exceed the viewport's width.
 *
 * The criterion exempts "parts of the content which require two-dimensional layout": data
 * tables, maps, diagrams, code. When the page overflows only because of such content (an
 * element inside a <table>, <pre>, <canvas>, <svg>, a map or role=application/img/figure/grid),
 * the page is not failed: the exemption is noted in the report for a person to confirm. A
 * table inside its own scrolling container does not overflow the page at all and needs nothing.
 */
export async function reflowCheck(page: Page, where: Where, out: Collector): Promise<string[]> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 256 });
  const notes: string[] = [];
  try {
    // Sizes in container-query units settle after a layout or two: measure until stable.
    let m = await measure(page);
    for (let i = 0; i < 5 && m.doc > m.view; i++) {
      await page.waitForTimeout(300);
      m = await measure(page);
    }
    if (m.doc <= m.view) return notes;
    const failing = m.culprits.length
      ? m.culprits.filter((c) => !c.exempt)
      : [{ selector: 'html', html: '<html>', exempt: false }];
    if (!failing.length) {
      notes.push(
        `1.4.10 exemption applied at 320 × 256: ${m.doc} px wide because of two-dimensional content (${m.culprits
          .map((c) => c.selector)
          .join(', ')}); confirm manually.`,
      );
      return notes;
    }
    const where320 = { ...where, viewport: '320×256 (400%)' };
    const shot = await out.screenshot(
      `${where.page}|${where.state}|${where.locale}|reflow`,
      async (file) => {
        await page.screenshot({ path: file, type: 'jpeg', quality: 70 });
      },
    );
    for (const c of failing) {
      out.add(
        where320,
        {
          check: 'reflow',
          rule: 'reflow-horizontal-scroll',
          help: 'Content scrolls sideways at 320 CSS px (400% zoom)',
          scs: ['1.4.10'],
          impact: 'serious',
          selector: c.selector,
          html: c.html,
          detail: `Document ${m.doc} px wide in a ${m.view} px viewport.`,
        },
        shot,
      );
    }
    return notes;
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

async function measure(page: Page) {
  return page.evaluate(() => {
    type H = { selectorOf(el: Element): string; snippet(el: Element): string };
    const h = (window as unknown as { __audit: H }).__audit;
    const view = document.documentElement.clientWidth;
    const TWO_D =
      'table, pre, canvas, svg, [role="application"], [role="img"], [role="grid"], figure, .map, [data-map]';
    const wide = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      // Its box, or text that runs out of it (a long word in a box that does not wrap it).
      const ink = getComputedStyle(el).overflowX === 'visible' ? r.left + el.scrollWidth : r.right;
      if (Math.max(r.right, ink) <= view + 0.5 && r.left >= -0.5) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return false; // scrolls inside
      }
      return true;
    });
    // The innermost overflowing elements name the cause (a wide child makes its parents'
    // content overflow too); all of them count for the exemption, a few are named.
    const inner = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    const failing = inner.filter((el) => !el.closest(TWO_D));
    const named = (failing.length ? failing : inner).slice(0, 5);
    return {
      doc: document.documentElement.scrollWidth,
      view,
      culprits: named.map((el) => ({
        selector: h.selectorOf(el),
        html: h.snippet(el),
        exempt: !!el.closest(TWO_D),
      })),
    };
  });
}
