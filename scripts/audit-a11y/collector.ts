import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { criterion } from '../../lib/a11y/wcag22';
import type { CheckKind, Finding, Visit } from './types';

/** Where a finding was seen. */
export type Where = { page: string; state: string; locale: string; url: string; viewport: string };

/** One raw result before it is mapped to criteria. */
export type Raw = {
  check: CheckKind;
  rule: string;
  help: string;
  helpUrl?: string | null;
  /** WCAG criteria ("1.4.10"); empty: best practice. */
  scs: string[];
  impact: Finding['impact'];
  selector: string;
  html: string;
  detail?: string | null;
};

/**
 * Collects findings and visits, and keeps screenshots small and few: one per page, state,
 * locale, viewport and rule, JPEG, of the element only, up to a limit for the whole run.
 */
export class Collector {
  readonly findings: Finding[] = [];
  readonly visits: Visit[] = [];
  /** axe results a person must decide ("incomplete"): counted, not listed. */
  needsReview = 0;
  readonly needsReviewByRule: Record<string, number> = {};
  private shots = 0;
  private shotKeys = new Set<string>();
  private seq = 0;

  constructor(
    readonly outDir: string,
    private readonly maxShots: number,
  ) {
    fs.mkdirSync(path.join(outDir, 'screenshots'), { recursive: true });
  }

  /** A screenshot for this finding, or null: taken by `take` into the path it is given. */
  async screenshot(
    key: string,
    take: (file: string) => Promise<void>,
    ext: 'jpg' | 'png' = 'jpg',
  ): Promise<string | null> {
    if (this.shots >= this.maxShots || this.shotKeys.has(key)) return null;
    this.shotKeys.add(key);
    this.shots++;
    const rel = `screenshots/${String(this.shots).padStart(4, '0')}.${ext}`;
    try {
      await take(path.join(this.outDir, rel));
      return rel;
    } catch {
      this.shots--;
      return null;
    }
  }

  /** An element's screenshot (scrolled into view), or null. */
  elementShot(page: Page, where: Where, raw: Raw): Promise<string | null> {
    const key = `${where.page}|${where.state}|${where.locale}|${where.viewport}|${raw.rule}`;
    return this.screenshot(key, async (file) => {
      await page.locator(raw.selector).first().screenshot({
        path: file,
        type: 'jpeg',
        quality: 70,
        timeout: 3_000,
        animations: 'disabled',
      });
    });
  }

  add(where: Where, raw: Raw, screenshot: string | null) {
    const scs = raw.scs.filter((sc) => criterion(sc));
    const base = {
      ...where,
      check: raw.check,
      rule: raw.rule,
      help: raw.help,
      helpUrl: raw.helpUrl ?? null,
      impact: raw.impact,
      selector: raw.selector,
      html: raw.html.slice(0, 400),
      detail: raw.detail ?? null,
      screenshot,
    };
    if (!scs.length) {
      this.findings.push({
        id: `F${++this.seq}`,
        kind: 'best-practice',
        sc: null,
        criterion: null,
        level: null,
        ...base,
      });
      return;
    }
    // One finding per criterion: a rule tagged with two criteria fails both.
    for (const sc of scs) {
      const c = criterion(sc)!;
      this.findings.push({
        id: `F${++this.seq}`,
        kind: 'wcag',
        sc,
        criterion: c.name,
        level: c.level,
        ...base,
      });
    }
  }
}
