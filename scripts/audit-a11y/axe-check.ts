import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_WCAG_TAGS, scFromTag } from '../../lib/a11y/wcag22';
import type { Collector, Where } from './collector';
import type { Finding } from './types';

/**
 * axe-core on the page as it is: the WCAG 2.0/2.1/2.2 A and AA rules and the best-practice
 * rules in one pass. A rule's criterion tags (`wcag412`) say which criteria it fails; a rule
 * with none is a best practice. Returns the number of "needs review" (incomplete) results,
 * which the report counts but does not call failures.
 */
export async function axeCheck(page: Page, where: Where, out: Collector): Promise<number> {
  const results = await new AxeBuilder({ page })
    .withTags([...AXE_WCAG_TAGS, 'best-practice'])
    .analyze();
  for (const v of results.violations) {
    const scs = v.tags.map(scFromTag).filter((sc): sc is string => sc !== null);
    for (const node of v.nodes) {
      // A target inside a frame or shadow root is a list; its last part names the element.
      const selector = node.target.map(String).join(' >>> ');
      const raw = {
        check: 'axe' as const,
        rule: v.id,
        help: v.help,
        helpUrl: v.helpUrl,
        scs,
        impact: (node.impact ?? v.impact ?? null) as Finding['impact'],
        selector,
        html: node.html,
        detail: node.failureSummary ?? null,
      };
      const shot = node.target.length === 1 ? await out.elementShot(page, where, raw) : null;
      out.add(where, raw, shot);
    }
  }
  for (const r of results.incomplete)
    out.needsReviewByRule[r.id] = (out.needsReviewByRule[r.id] ?? 0) + r.nodes.length;
  return results.incomplete.reduce((n, r) => n + r.nodes.length, 0);
}
