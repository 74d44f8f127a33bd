import fs from 'node:fs';
import path from 'node:path';
import type { Conformance } from './summary';
import type { Report } from './report';
import type { Finding } from './types';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const anchor = (sc: string) => `sc-${sc.replace(/\./g, '-')}`;

const CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:75rem;padding:1rem;color:#1b1b1b;overflow-wrap:break-word}
h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}
th,td{border:1px solid #757575;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f0f0f0}caption{text-align:start;font-weight:600;padding:.25rem 0}
code{font-size:.85em;word-break:break-all;background:#f5f5f5;padding:0 .2em}
.status-fail{color:#a4000f;font-weight:600}.status-partial{color:#8a4600;font-weight:600}
.status-none{color:#1b1b1b}.status-manual{color:#4a4a4a}
.wrap{overflow-x:auto}.wrap:focus{outline:3px solid #ffbf47}img{max-width:min(20rem,100%);height:auto;border:1px solid #757575}
.note{background:#eef4fa;border-inline-start:.3rem solid #005ea2;padding:.5rem 1rem}
a{color:#005ea2}a:focus{outline:3px solid #ffbf47;outline-offset:2px}`;

function statusClass(c: Conformance) {
  if (c.status === 'Does not support') return 'status-fail';
  if (c.status === 'Partially supports') return 'status-partial';
  if (c.status === 'Not evaluated by automation') return 'status-manual';
  return 'status-none';
}

function image(outDir: string, rel: string | null) {
  if (!rel) return '';
  const file = path.join(outDir, rel);
  if (!fs.existsSync(file)) return '';
  const mime = rel.endsWith('.png') ? 'image/png' : 'image/jpeg';
  const data = fs.readFileSync(file).toString('base64');
  return `<img alt="Screenshot of the element" src="data:${mime};base64,${data}">`;
}

function findingsTable(outDir: string, caption: string, rows: Finding[]) {
  return `<div class="wrap" role="region" tabindex="0" aria-label="${esc(caption)}"><table><caption>${esc(caption)}</caption><thead><tr>
<th scope="col">Id</th><th scope="col">Page and state</th><th scope="col">Locale</th><th scope="col">Viewport</th>
<th scope="col">Rule</th><th scope="col">Impact</th><th scope="col">Element</th><th scope="col">Screenshot</th></tr></thead><tbody>
${rows
  .map(
    (f) => `<tr id="${esc(f.id)}"><td>${esc(f.id)}</td>
<td>${esc(f.page)} — ${esc(f.state)}<br><a href="${esc(f.url)}">${esc(f.url)}</a></td>
<td>${esc(f.locale)}</td><td>${esc(f.viewport)}</td>
<td>${f.helpUrl ? `<a href="${esc(f.helpUrl)}">${esc(f.rule)}</a>` : esc(f.rule)}<br>${esc(f.help)} (${esc(f.check)})</td>
<td>${esc(f.impact ?? '')}</td>
<td><code>${esc(f.selector)}</code><br><code>${esc(f.html)}</code>${f.detail ? `<br>${esc(f.detail)}` : ''}</td>
<td>${image(outDir, f.screenshot)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>`;
}

/** The self-contained HTML report: inline styles, screenshots embedded. */
export function htmlReport(outDir: string, r: Report): string {
  const wcag = r.findings.filter((f) => f.kind === 'wcag');
  const best = r.findings.filter((f) => f.kind === 'best-practice');
  const failing = r.conformance.filter((c) => c.findings > 0);
  const skipped = r.visits.filter((v) => v.status !== 'audited');
  const notes = r.visits.flatMap((v) => v.notes.map((n) => ({ v, n })));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit — ${esc(r.baseUrl)}</title><style>${CSS}</style></head><body><main>
<h1>Accessibility audit: ${esc(r.baseUrl)}</h1>
<p>WCAG 2.2 levels A and AA. Run ${esc(r.startedAt)} for ${esc(r.durationSeconds)} s with axe-core ${esc(r.axeVersion)}
in ${esc(r.browser)}. Locales: ${esc(r.scope.locales.join(', ') === '-' ? 'none (paths given with --paths)' : r.scope.locales.join(', '))}. Viewports: ${esc(r.scope.viewports.join(', '))} px.</p>
<ul>
<li>${r.totals.wcagFindings} findings against WCAG 2.2 criteria (${r.totals.wcagElements} distinct elements and rules)</li>
<li>${r.totals.bestPractice} best-practice findings (no WCAG criterion)</li>
<li>${r.totals.audited} page states audited, ${r.totals.skipped} skipped, ${r.totals.errors} could not be audited</li>
<li>${r.totals.needsReview} axe results need review by a person (counted, not listed)${
    Object.keys(r.needsReviewByRule).length
      ? `: ${Object.entries(r.needsReviewByRule)
          .map(([k, n]) => `${esc(k)} ${n}`)
          .join(', ')}`
      : ''
  }</li>
</ul>
<div class="note"><p><strong>What automation can and cannot say.</strong> These checks find some failures; they cannot
show that a criterion is met. No criterion below is marked “Supports”: where nothing failed, the summary says
“No automated failures; manual review required”, and criteria no check covers are “Not evaluated by automation”.
Use the table as evidence for the automated part of a VPAT / accessibility conformance report, beside a manual
review (screen readers, zoom, content, meaning of order and labels).</p></div>
<h2>Summary by WCAG 2.2 success criterion</h2>
<div class="wrap" role="region" tabindex="0" aria-label="Conformance"><table><caption>Conformance, automated evidence only</caption><thead><tr>
<th scope="col">Criterion</th><th scope="col">Level</th><th scope="col">Result</th><th scope="col">Checked by</th>
<th scope="col">Findings</th><th scope="col">Remarks</th></tr></thead><tbody>
${r.conformance
  .map(
    (c) => `<tr><th scope="row">${esc(c.sc)} ${esc(c.name)}</th><td>${esc(c.level)}</td>
<td class="${statusClass(c)}">${esc(c.status)}</td><td>${esc(c.checkedBy)}</td>
<td>${c.findings ? `<a href="#${anchor(c.sc)}">${c.findings}</a>` : '0'}</td><td>${esc(c.remarks)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h2>Findings by criterion</h2>
${
  failing.length
    ? failing
        .map(
          (c) =>
            `<section id="${anchor(c.sc)}"><h3>${esc(c.sc)} ${esc(c.name)} (level ${esc(c.level)})</h3>
${findingsTable(
  outDir,
  `${c.findings} findings`,
  wcag.filter((f) => f.sc === c.sc),
)}</section>`,
        )
        .join('\n')
    : '<p>None.</p>'
}
<h2 id="best-practice">Best practice, no criterion</h2>
${best.length ? findingsTable(outDir, `${best.length} best-practice findings (axe rules not tied to a WCAG criterion)`, best) : '<p>None.</p>'}
<h2>Reflow exemptions to confirm</h2>
${notes.length ? `<ul>${notes.map(({ v, n }) => `<li>${esc(v.page)} — ${esc(v.state)} (${esc(v.locale)}): ${esc(n)}</li>`).join('')}</ul>` : '<p>None: no page needed the two-dimensional-content exception.</p>'}
<h2>States not audited</h2>
${
  skipped.length
    ? `<div class="wrap" role="region" tabindex="0" aria-label="Not audited"><table><caption>Skipped or failed, with the reason</caption><thead><tr><th scope="col">Page and state</th>
<th scope="col">Locale</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead><tbody>
${skipped.map((v) => `<tr><td>${esc(v.page)} — ${esc(v.state)}</td><td>${esc(v.locale)}</td><td>${esc(v.status)}</td><td>${esc(v.reason)}</td></tr>`).join('\n')}
</tbody></table></div>`
    : '<p>None: every state was audited.</p>'
}
<h2>Coverage</h2>
<div class="wrap" role="region" tabindex="0" aria-label="Coverage"><table><caption>Every page state and locale audited</caption><thead><tr><th scope="col">Page and state</th>
<th scope="col">Locale</th><th scope="col">Address</th><th scope="col">Checks</th><th scope="col">Viewports</th><th scope="col">Seconds</th></tr></thead><tbody>
${r.visits
  .filter((v) => v.status === 'audited')
  .map(
    (v) =>
      `<tr><td>${esc(v.page)} — ${esc(v.state)}</td><td>${esc(v.locale)}</td><td>${esc(v.url)}</td><td>${esc(v.checks.join(', '))}</td><td>${esc(v.viewports.join(', '))}</td><td>${(v.ms / 1000).toFixed(1)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h2>How the checks work</h2>
<ul>${r.method.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>
</main></body></html>
`;
}
