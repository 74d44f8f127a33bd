import { describe, expect, it } from 'vitest';
// Lighthouse's own choice of the median run, to check ours against (a small pure module).
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { largestCosts, medianRun, missedGoals, rowOf, table, type Lhr } from './report';

function lhr(o: {
  perf?: number;
  a11y?: number;
  bp?: number;
  fcp?: number;
  tti?: number;
  cls?: number;
  tbt?: number;
  tag?: string;
}): Lhr {
  return {
    finalDisplayedUrl: `http://127.0.0.1:3500/en${o.tag ? `?${o.tag}` : ''}`,
    categories: {
      performance: { score: o.perf ?? 1 },
      accessibility: { score: o.a11y ?? 1, auditRefs: [{ id: 'label', weight: 7 }] },
      'best-practices': { score: o.bp ?? 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    },
    audits: {
      'first-contentful-paint': { score: 1, numericValue: o.fcp ?? 1000 },
      interactive: { score: 1, numericValue: o.tti ?? 2000 },
      'largest-contentful-paint': { score: 1, numericValue: 2100.4 },
      'cumulative-layout-shift': { score: 1, numericValue: o.cls ?? 0 },
      'total-blocking-time': { score: 1, numericValue: o.tbt ?? 100 },
      label: { score: o.a11y === undefined ? 1 : 0, title: 'Form elements have labels' },
      'errors-in-console': { score: 1 },
      'bootup-time': {
        score: 1,
        details: {
          items: [
            {
              url: 'http://127.0.0.1:3500/_next/static/chunks/a.js',
              total: 120.6,
              scripting: 100,
              scriptParseCompile: 5,
            },
            { url: 'pptr:evaluate;x', total: 80, scripting: 1, scriptParseCompile: 0 },
            {
              url: 'http://127.0.0.1:3500/_next/static/chunks/b.js',
              total: 300.2,
              scripting: 250,
              scriptParseCompile: 20,
            },
          ],
        },
      },
      'render-blocking-resources': {
        score: 1,
        details: {
          items: [{ url: 'http://127.0.0.1:3500/x.css', wastedMs: 150, totalBytes: 30000 }],
        },
      },
      'total-byte-weight': { score: 1, numericValue: 204800, details: { items: [] } },
    },
  };
}

describe('medianRun', () => {
  it('picks the run nearest the median FCP and time to interactive, as Lighthouse does', () => {
    const runs = [
      lhr({ fcp: 900, tti: 1800, tag: 'fast' }),
      lhr({ fcp: 1000, tti: 2000, tag: 'middle' }),
      lhr({ fcp: 3000, tti: 6000, tag: 'slow' }),
    ];
    expect(medianRun(runs).finalDisplayedUrl).toMatch(/middle$/);
    expect(medianRun(runs)).toBe(computeMedianRun(runs as never));
    expect(medianRun([runs[2]]).finalDisplayedUrl).toMatch(/slow$/);
  });

  it('breaks a tie with the faster run', () => {
    const runs = [lhr({ fcp: 1000, tti: 2100, tag: 'b' }), lhr({ fcp: 1000, tti: 1900, tag: 'a' })];
    expect(medianRun(runs).finalDisplayedUrl).toMatch(/a$/);
    expect(medianRun(runs)).toBe(computeMedianRun(runs as never));
  });
});

describe('goals', () => {
  const ok = {
    performance: 95,
    accessibility: 100,
    bestPractices: 95,
    lcpMs: 0,
    cls: 0.05,
    tbtMs: 150,
    fcpMs: 0,
  };
  it('passes at exactly the goals', () => expect(missedGoals(ok)).toEqual([]));
  it('names every goal missed', () => {
    expect(
      missedGoals({
        ...ok,
        performance: 94,
        accessibility: 99,
        bestPractices: 94,
        cls: 0.051,
        tbtMs: 151,
      }),
    ).toEqual(['performance', 'accessibility', 'best-practices', 'CLS', 'TBT']);
  });
  it('treats a missing number as a miss, never as a pass', () => {
    expect(missedGoals({ ...ok, tbtMs: NaN })).toEqual(['TBT']);
  });
});

describe('rowOf and the table', () => {
  const row = rowOf('home', 'en', lhr({ perf: 0.89, a11y: 0.96, tbt: 520.4, cls: 0.1234 }));

  it('reads scores, numbers and the largest costs, URLs shortened to the page origin', () => {
    expect(row).toMatchObject({
      performance: 89,
      accessibility: 96,
      tbtMs: 520,
      cls: 0.123,
      lcpMs: 2100,
    });
    expect(row.missed).toEqual(['performance', 'accessibility', 'CLS', 'TBT']);
    expect(row.costs.scripts.map((s) => [s.url, s.ms])).toEqual([
      ['/_next/static/chunks/b.js', 300],
      ['/_next/static/chunks/a.js', 121],
    ]);
    expect(row.costs.renderBlocking).toEqual([{ url: '/x.css', ms: 150, bytes: 30000 }]);
    expect(row.costs.failing).toEqual([
      { category: 'accessibility', id: 'label', title: 'Form elements have labels' },
    ]);
  });

  it('prints one aligned line per page with its verdict', () => {
    const good = rowOf('methodology', 'es', lhr({}));
    const lines = table([row, good]).split('\n');
    expect(lines[0]).toMatch(
      /^page\s+locale\s+perf\s+a11y\s+best pr\.\s+LCP ms\s+CLS\s+TBT ms\s+goals$/,
    );
    expect(lines[1]).toMatch(
      /^home\s+en\s+89\s+96\s+100\s+2100\s+0\.123\s+520\s+FAIL \(performance, accessibility, CLS, TBT\)$/,
    );
    expect(lines[2]).toMatch(/^methodology\s+es\s+100\s+100\s+100\s+2100\s+0\.000\s+100\s+pass$/);
    expect(lines[1].indexOf('89') + 2).toBe(lines[0].indexOf('perf') + 4);
    expect(largestCosts([row])).toBe(
      'home (en): 200 KB; scripts: /_next/static/chunks/b.js 300 ms, /_next/static/chunks/a.js 121 ms; ' +
        'render-blocking: /x.css 150 ms; failing audits: label',
    );
  });
});
