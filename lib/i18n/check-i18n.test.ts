import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run check:i18n` must fail on each kind of mistake a translator can make, in any locale:
 * it runs here on a copy of locales/ with one mistake put in at a time.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function check(edit: (dir: string) => void): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(work, 'locales-'));
  fs.cpSync('locales', dir, { recursive: true });
  edit(dir);
  try {
    const out = execFileSync('node', ['scripts/check-i18n.mjs', dir], { encoding: 'utf8' });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    return { ok: false, output: `${err.stdout}${err.stderr}` };
  }
}

function editJson(
  dir: string,
  locale: string,
  file: string,
  change: (d: Record<string, never>) => void,
) {
  const p = path.join(dir, locale, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8'));
  change(data);
  fs.writeFileSync(p, JSON.stringify(data));
}

describe('check:i18n', () => {
  it('passes on the repository’s files', () => {
    const r = check(() => {});
    expect(r.output).toMatch(/i18n check passed: \d+ keys in 7 locales/);
    expect(r.ok).toBe(true);
  });
  it('fails on a missing key', () => {
    const r = check((d) => editJson(d, 'ko', 'Home.json', (m) => delete m.title));
    expect(r.ok).toBe(false);
    expect(r.output).toContain('ko: missing Home.title');
  });
  it('fails on an extra key', () => {
    const r = check((d) =>
      editJson(d, 'fr', 'Home.json', (m) => ((m as Record<string, string>).stray = 'Bonjour')),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('fr: Home.stray is not in English');
  });
  it('fails on a plural without the locale’s own categories', () => {
    const r = check((d) =>
      editJson(d, 'ru', 'Search.json', (m) => {
        (m as Record<string, string>).resultCount =
          '{count, plural, one {# услуга} other {# услуг}}';
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(
      /ru: Search\.resultCount: plural \{count\} needs .*missing (few\/many|many\/few)/,
    );
  });
  it('fails on English left in another locale, message or catalogue', () => {
    const r = check((d) => {
      editJson(
        d,
        'zh',
        'Home.json',
        (m) => ((m as Record<string, string>).title = '报告 a problem'),
      );
      editJson(d, 'fr', 'Common.json', (m) => {
        (m as Record<string, string>).tryAgain = JSON.parse(
          fs.readFileSync('locales/en/Common.json', 'utf8'),
        ).tryAgain;
      });
      editJson(d, 'ar', 'catalogue.json', (c) => {
        (c as unknown as { services: Record<string, { name: string }> }).services[
          'TRM-Potholes'
        ].name = 'Pothole';
      });
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('zh: Home.title: English left (problem)');
    expect(r.output).toContain('fr: Common.tryAgain: identical to English');
    expect(r.output).toContain('ar: catalogue.services.TRM-Potholes.name');
  });
});
