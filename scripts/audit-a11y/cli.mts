// The auditors' accessibility report (WCAG 2.2 A/AA) of any deployment, without test hooks:
//   npm run audit:a11y -- --base-url https://portal.example.gov [--locales en,es] [--pages home,form]
// Writes a11y-report/a11y-report.html (self-contained) and a11y-report/a11y-report.json.
// See README "Accessibility audit (for auditors)" and `--help`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Collector } from './collector';
import { readOptions, USAGE } from './options';
import { writeReports } from './report';
import { runAudit } from './run';
import { TARGETS } from './targets';

const opts = readOptions(process.argv.slice(2), process.env);
if (typeof opts === 'string' || 'help' in opts) {
  if (typeof opts === 'string') console.error(`${opts}\n`);
  console.log(USAGE);
  process.exit(typeof opts === 'string' ? 2 : 0);
}
if (opts.listPages) {
  for (const t of TARGETS) console.log(`${t.id.padEnd(22)} ${t.page} — ${t.state}`);
  process.exit(0);
}

const started = new Date();
fs.rmSync(opts.out, { recursive: true, force: true });
const out = new Collector(opts.out, opts.maxScreenshots);
const run = await runAudit(opts, out);
const axeVersion = createRequire(import.meta.url)('axe-core/package.json').version as string;
const { report, json, html } = writeReports(opts, out, {
  ...run,
  started,
  axeVersion,
});
const t = report.totals;
console.log(
  `\nAudited ${t.audited} page states (${t.skipped} skipped, ${t.errors} errors) in ${report.durationSeconds} s.`,
);
console.log(
  `WCAG findings: ${t.wcagFindings} (${t.wcagElements} distinct); best practice: ${t.bestPractice}; needs review: ${t.needsReview}.`,
);
for (const c of report.conformance.filter((x) => x.findings))
  console.log(`  ${c.sc} ${c.name}: ${c.findings} — ${c.status}`);
console.log(`\nHTML report: ${html}\nJSON report: ${json}`);
if (!opts.exitZero) process.exitCode = t.wcagFindings ? 1 : t.errors ? 2 : 0;
