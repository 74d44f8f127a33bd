/**
 * The pure half of `npm run lighthouse` (scripts/lighthouse.mts): the median of several runs,
 * one row per page and locale with its goals checked, the largest costs taken from Lighthouse's
 * own audits, and the printed table. No browser here, so a unit test covers it in milliseconds.
 */

/** The part of a Lighthouse result (LHR) read here: scores, numbers and the audits' tables. */
export type Audit = {
  id?: string;
  title?: string;
  score: number | null;
  numericValue?: number;
  details?: { type?: string; items?: Array<Record<string, unknown>> };
};
export type Lhr = {
  finalDisplayedUrl?: string;
  categories: Record<
    string,
    { score: number | null; auditRefs?: Array<{ id: string; weight: number }> }
  >;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
};

/** Issue 16's goals for every resident page (mobile defaults, median of 3). */
export const GOALS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 95,
  cls: 0.05,
  tbtMs: 150,
} as const;

const num = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? NaN;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The run closest to the median FCP and the median time to interactive: Lighthouse's own
 * choice (core/lib/median-run.js, computeMedianRun), kept here so the table logic is testable
 * without importing Lighthouse. Ties go to the faster run.
 */
export function medianRun<T extends Lhr>(runs: T[]): T {
  if (!runs.length) throw new Error('No runs');
  const fcp = median(runs.map((r) => num(r, 'first-contentful-paint')));
  const tti = median(runs.map((r) => num(r, 'interactive')));
  const distance = (r: Lhr) =>
    (fcp - num(r, 'first-contentful-paint')) ** 2 + (tti - num(r, 'interactive')) ** 2;
  return [...runs].sort(
    (a, b) => distance(a) - distance(b) || num(a, 'interactive') - num(b, 'interactive'),
  )[0];
}

export type Cost = { url: string; ms: number };
export type Row = {
  page: string;
  locale: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** The goals this page misses, by name; empty when it meets them all. */
  missed: string[];
  costs: {
    /** Scripts by main-thread time (Lighthouse's bootup-time: evaluation, parse and compile). */
    scripts: Array<Cost & { scriptingMs: number; parseMs: number }>;
    /** Main-thread work by kind (script evaluation, style and layout, parsing HTML …). */
    mainThread: Array<{ group: string; ms: number }>;
    renderBlocking: Array<Cost & { bytes: number }>;
    totalBytes: number;
    /** The heaviest transfers. */
    largestTransfers: Array<{ url: string; bytes: number }>;
    /** Audits that cost points in accessibility and best practices (score below 1). */
    failing: Array<{ category: string; id: string; title: string }>;
  };
};

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const items = (lhr: Lhr, id: string) => lhr.audits[id]?.details?.items ?? [];
const str = (v: unknown) => (typeof v === 'string' ? v : String(v ?? ''));
const n = (v: unknown) => (typeof v === 'number' ? v : 0);
/** Shorter URLs in the table and the JSON: the page's own origin is implied. */
const short = (url: string, origin: string) =>
  url.startsWith(origin) ? url.slice(origin.length) || '/' : url;

export function missedGoals(
  r: Omit<Row, 'missed' | 'costs' | 'url' | 'page' | 'locale'>,
): string[] {
  const missed: string[] = [];
  if (!(r.performance >= GOALS.performance)) missed.push('performance');
  if (!(r.accessibility >= GOALS.accessibility)) missed.push('accessibility');
  if (!(r.bestPractices >= GOALS.bestPractices)) missed.push('best-practices');
  if (!(r.cls <= GOALS.cls)) missed.push('CLS');
  if (!(r.tbtMs <= GOALS.tbtMs)) missed.push('TBT');
  return missed;
}

export function rowOf(page: string, locale: string, lhr: Lhr, top = 5): Row {
  const url = lhr.finalDisplayedUrl ?? '';
  const origin = url ? new URL(url).origin : '';
  const numbers = {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    lcpMs: Math.round(num(lhr, 'largest-contentful-paint')),
    cls: Number(num(lhr, 'cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(num(lhr, 'total-blocking-time')),
    fcpMs: Math.round(num(lhr, 'first-contentful-paint')),
  };
  const failing = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({ category, id: ref.id, title: lhr.audits[ref.id]?.title ?? ref.id })),
  );
  return {
    page,
    locale,
    url: short(url, origin),
    ...numbers,
    missed: missedGoals(numbers),
    costs: {
      scripts: items(lhr, 'bootup-time')
        // The harness's own page.evaluate (the post behind check your answers) is not the page's.
        .filter((i) => !str(i.url).startsWith('pptr:'))
        .map((i) => ({
          url: short(str(i.url), origin),
          ms: Math.round(n(i.total)),
          scriptingMs: Math.round(n(i.scripting)),
          parseMs: Math.round(n(i.scriptParseCompile)),
        }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, top),
      mainThread: items(lhr, 'mainthread-work-breakdown')
        .map((i) => ({ group: str(i.groupLabel ?? i.group), ms: Math.round(n(i.duration)) }))
        .sort((a, b) => b.ms - a.ms),
      renderBlocking: items(lhr, 'render-blocking-resources').map((i) => ({
        url: short(str(i.url), origin),
        ms: Math.round(n(i.wastedMs)),
        bytes: n(i.totalBytes),
      })),
      totalBytes: Math.round(num(lhr, 'total-byte-weight')),
      largestTransfers: items(lhr, 'total-byte-weight')
        .map((i) => ({ url: short(str(i.url), origin), bytes: n(i.totalBytes) }))
        .slice(0, top),
      failing,
    },
  };
}

/** Columns aligned: names to the left, numbers to the right, the last column as it is. */
function pad(cells: string[][]): string {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const last = cells[0].length - 1;
  return cells
    .map((r) =>
      r
        .map((cell, c) =>
          c === last ? cell : c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
        )
        .join('  '),
    )
    .join('\n');
}

/** The table `npm run lighthouse` prints: one line per page and locale, then its verdict. */
export function table(rows: Row[]): string {
  const head = ['page', 'locale', 'perf', 'a11y', 'best pr.', 'LCP ms', 'CLS', 'TBT ms', 'goals'];
  const body = rows.map((r) => [
    r.page,
    r.locale,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.lcpMs),
    r.cls.toFixed(3),
    String(r.tbtMs),
    r.missed.length ? `FAIL (${r.missed.join(', ')})` : 'pass',
  ]);
  return pad([head, ...body]);
}

/** One line per page with its largest cost: what holds it back, measured. */
export function largestCosts(rows: Row[]): string {
  return rows
    .map((r) => {
      const scripts = r.costs.scripts
        .slice(0, 3)
        .map((s) => `${s.url} ${s.ms} ms`)
        .join(', ');
      const blocking = r.costs.renderBlocking.map((b) => `${b.url} ${b.ms} ms`).join(', ');
      return (
        `${r.page} (${r.locale}): ${Math.round(r.costs.totalBytes / 1024)} KB; scripts: ${scripts || 'none'}` +
        (blocking ? `; render-blocking: ${blocking}` : '') +
        (r.costs.failing.length
          ? `; failing audits: ${r.costs.failing.map((f) => f.id).join(', ')}`
          : '')
      );
    })
    .join('\n');
}
