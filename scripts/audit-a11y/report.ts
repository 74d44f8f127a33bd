import fs from 'node:fs';
import path from 'node:path';
import type { Collector } from './collector';
import { htmlReport } from './html-report';
import type { Options } from './options';
import { conformance, type Conformance } from './summary';
import type { Finding, Visit } from './types';

export type Report = {
  tool: string;
  baseUrl: string;
  startedAt: string;
  durationSeconds: number;
  axeVersion: string;
  browser: string;
  scope: { locales: string[]; viewports: string[]; pages: string[] };
  totals: {
    findings: number;
    wcagFindings: number;
    wcagElements: number;
    bestPractice: number;
    audited: number;
    skipped: number;
    errors: number;
    needsReview: number;
  };
  /** axe's "needs review" results by rule: a person decides these (e.g. contrast over images). */
  needsReviewByRule: Record<string, number>;
  conformance: Conformance[];
  visits: Visit[];
  findings: Finding[];
  method: string[];
};

export const METHOD = [
  'axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rule tags and the best-practice rules, on every page state at each viewport (320, 375 and 1280 CSS px wide). A rule’s wcagNNN tags give its criteria; rules without one are listed as best practice. Results axe cannot decide (“needs review”) are counted only.',
  'Keyboard (at the widest viewport): Tab from the top of the page until focus leaves it. Focus visible (2.4.7): the focused element’s computed outline, box-shadow, border, background, colour and text decoration — of the element, its pseudo-elements, its labels and its parent — must differ from before any focus; when none differs, the pixels of its box (8 px margin) focused and blurred are compared. Not obscured (2.4.11): the element is sampled at its centre and corners; all covered by other content fails. Order (2.4.3): positive tabindex, and focus moving backwards in document order. No trap (2.1.2): focus that stays on an element, cycles, or does not reach the end within twice the number of focusable elements. Keyboard (2.1.1): visible elements in the tab order never reached.',
  'Reflow at 400% zoom (1.4.10): the page at 320 × 256 CSS px must not scroll sideways (document scrollWidth ≤ viewport width). Content that needs two-dimensional layout (inside a table, pre, canvas, svg, figure, map or role=application/img/grid) is exempt as WCAG allows; where it alone overflows, the page is not failed and the exemption is listed for a person to confirm. Tables in their own scrolling container do not overflow the page.',
  'Pages are loaded with prefers-reduced-motion: reduce so axe measures settled colours, not mid-transition ones.',
  'States that need data are reached as a resident would: a request is submitted through the public form (check your answers, confirmation, tracking); with staff credentials it is closed in the staff console. Nothing uses test hooks.',
];

export function writeReports(
  opts: Options,
  out: Collector,
  run: {
    locales: string[];
    targets: { id: string }[];
    started: Date;
    axeVersion: string;
    browser: string;
  },
) {
  const visits = [...out.visits].sort(
    (a, b) =>
      a.page.localeCompare(b.page) ||
      a.state.localeCompare(b.state) ||
      a.locale.localeCompare(b.locale),
  );
  const wcag = out.findings.filter((f) => f.kind === 'wcag');
  const report: Report = {
    tool: 'scripts/audit-a11y (npm run audit:a11y)',
    baseUrl: opts.baseUrl,
    startedAt: run.started.toISOString(),
    durationSeconds: Math.round((Date.now() - run.started.getTime()) / 1000),
    axeVersion: run.axeVersion,
    browser: run.browser,
    scope: {
      locales: run.locales,
      viewports: opts.viewports.map((v) => v.name),
      pages: run.targets.map((t) => t.id),
    },
    totals: {
      findings: out.findings.length,
      wcagFindings: wcag.length,
      wcagElements: new Set(wcag.map((f) => `${f.url}|${f.viewport}|${f.rule}|${f.selector}`)).size,
      bestPractice: out.findings.length - wcag.length,
      audited: visits.filter((v) => v.status === 'audited').length,
      skipped: visits.filter((v) => v.status === 'skipped').length,
      errors: visits.filter((v) => v.status === 'error').length,
      needsReview: out.needsReview,
    },
    needsReviewByRule: out.needsReviewByRule,
    conformance: conformance(out.findings, visits),
    visits,
    findings: out.findings,
    method: METHOD,
  };
  const json = path.join(opts.out, 'a11y-report.json');
  const html = path.join(opts.out, 'a11y-report.html');
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(html, htmlReport(opts.out, report));
  return { report, json, html };
}
