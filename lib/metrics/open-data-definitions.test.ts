import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { TABLES, csvColumnsOf } from './open-data';
import { PLACE_TABLES, placeCsvColumnsOf } from './open-data-places';
import { REQUEST_ROWS_RULE, requestCsvColumns, requestDemoColumn } from './request-level';
import { defined, definitionsOf, type OpenDataT } from './open-data-definitions';

// Every locale folder, including one the app does not offer yet (ar while it is translated).
const LOCALES = fs
  .readdirSync('locales')
  .filter((l) => fs.existsSync(path.join('locales', l, 'OpenData.json')));

function translator(locale: string): OpenDataT {
  const messages = JSON.parse(fs.readFileSync(`locales/${locale}/OpenData.json`, 'utf8'));
  // A missing message or argument throws here instead of showing the reader a key.
  return createTranslator({
    locale,
    messages: { OpenData: messages },
    namespace: 'OpenData',
    onError: (e) => {
      throw e;
    },
  }) as unknown as OpenDataT;
}

const everyColumn = [
  ...TABLES.flatMap((t) => csvColumnsOf(t)),
  ...PLACE_TABLES.flatMap((t) => placeCsvColumnsOf(t)),
  ...requestCsvColumns('', new Date(0)),
  requestDemoColumn,
];

describe('open-data column definitions', () => {
  it('exist in every locale for every column of every download', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'es', 'zh', 'ko', 'fr', 'ru']));
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const c of [...everyColumn.map((c) => c.definition), REQUEST_ROWS_RULE]) {
        const text = defined(t, c);
        expect(text, `${locale} ${c}`).toMatch(/\S/);
        expect(text, `${locale} ${c}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('are in the reader’s language, with column names and cell values left as in the data', () => {
    const en = definitionsOf(translator('en'), csvColumnsOf('services'));
    const es = definitionsOf(translator('es'), csvColumnsOf('services'));
    const fr = definitionsOf(translator('fr'), csvColumnsOf('services'));
    // The keys are the CSV headers: English identifiers in every language.
    expect(Object.keys(es)).toEqual(Object.keys(en));
    expect(en.received).toBe('Requests made in the period');
    expect(es.received).toBe('Solicitudes hechas en el período');
    expect(fr.received).toBe('Demandes faites pendant la période');
    for (const locale of LOCALES) {
      const d = definitionsOf(translator(locale), csvColumnsOf('services'));
      expect(d.on_time_pct).toBe('100 × on_time ÷ on_time_eligible');
      for (const quoted of ['met', 'missed', 'too_few', 'on_time_pct', '20'])
        expect(d.verdict, locale).toContain(quoted);
      expect(d.open_over_365_days).toContain('365');
    }
  });

  it('give each table its own words where a column means something else there', () => {
    const t = translator('en');
    const months = definitionsOf(t, csvColumnsOf('months'));
    const services = definitionsOf(t, csvColumnsOf('services'));
    expect(months.received).toBe('Requests made in the month');
    expect(services.received).not.toBe(months.received);
    expect(definitionsOf(t, placeCsvColumnsOf('zips')).population_2020).toMatch(/ZIP Code/);
  });
});
