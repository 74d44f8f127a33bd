import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The auditors' tool (`npm run audit:a11y`, scripts/audit-a11y) finds a deliberately broken
 * page and reports it mapped to WCAG: the fixture (e2e/fixtures/broken-label.html, never
 * served by the portal) is served by a tiny static server of this test, and the tool runs
 * against it as it would against a deployment (--paths: no journeys, no portal needed).
 */
let server: http.Server;
let base = '';

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const file = path.resolve(
      'e2e/fixtures',
      path.basename(new URL(req.url!, 'http://x').pathname),
    );
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

function audit(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('node_modules/.bin/tsx', ['scripts/audit-a11y/cli.mts', ...args], (err, stdout) =>
      resolve({ code: err ? Number(err.code) : 0, stdout }),
    );
  });
}

test('the audit tool reports a broken label as WCAG 4.1.2, with the element and a screenshot, in JSON and HTML', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-audit-'));
  const run = await audit([
    '--base-url',
    base,
    '--paths',
    '/broken-label.html',
    '--viewports',
    '320,1280',
    '--out',
    out,
  ]);
  expect(run.code, run.stdout).toBe(1); // findings: CI fails
  expect(run.stdout).toContain(path.join(out, 'a11y-report.html'));

  const report = JSON.parse(fs.readFileSync(path.join(out, 'a11y-report.json'), 'utf8'));
  const label = report.findings.filter(
    (f: { rule: string; sc: string }) => f.rule === 'label' && ['1.3.1', '4.1.2'].includes(f.sc),
  );
  expect(label.length).toBeGreaterThan(0);
  const finding = label[0];
  expect(finding).toMatchObject({
    kind: 'wcag',
    sc: '4.1.2',
    criterion: 'Name, Role, Value',
    level: 'A',
    selector: '#name',
    impact: 'critical',
    url: `${base}/broken-label.html`,
  });
  expect(finding.html).toContain('id="name"');
  expect(['320', '1280']).toContain(finding.viewport);
  expect(fs.statSync(path.join(out, finding.screenshot)).size).toBeGreaterThan(100);

  // The tool's own checks: focus without a visible trace, and sideways scrolling at 400%.
  const rules = (sc: string) =>
    report.findings.filter((f: { sc: string }) => f.sc === sc).map((f: { rule: string }) => f.rule);
  expect(rules('2.4.7')).toContain('focus-not-visible');
  expect(rules('1.4.10')).toContain('reflow-horizontal-scroll');

  const row = (sc: string) => report.conformance.find((c: { sc: string }) => c.sc === sc);
  expect(row('4.1.2').status).toBe('Does not support'); // the only page fails it
  expect(row('1.1.1').status).toBe('No automated failures; manual review required');
  expect(row('1.2.1').status).toBe('Not evaluated by automation');

  const html = fs.readFileSync(path.join(out, 'a11y-report.html'), 'utf8');
  expect(html).toContain(`id="${finding.id}"`);
  expect(html).toContain('4.1.2 Name, Role, Value');
  expect(html).toContain('data:image/jpeg;base64,');
  expect(html).not.toMatch(/<(link|script)\b[^>]*(href|src)=/); // self-contained
  fs.rmSync(out, { recursive: true, force: true });
});
