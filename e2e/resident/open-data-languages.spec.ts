import { expect, test } from '@playwright/test';
import openDataEn from '../../locales/en/OpenData.json';
import openDataEs from '../../locales/es/OpenData.json';
import openDataFr from '../../locales/fr/OpenData.json';
import { currentPeriodKey } from '../../lib/metrics/periods';

// The open-data column definitions are messages (locales/<locale>/OpenData.json): the
// methodology page and the JSON downloads give them in the reader's language.

test('the Spanish methodology page defines the columns in Spanish, marked as Spanish', async ({
  page,
}) => {
  await page.goto('/es/performance/methodology');
  const reopened = page.getByRole('row', { name: /^reopened / }).first();
  await expect(reopened.getByRole('cell')).toHaveText(openDataEs.figures.reopened);
  // The Where tables too (WhereMethod.tsx).
  await expect(
    page
      .getByRole('row', { name: /^population_2020 / })
      .last()
      .getByRole('cell'),
  ).toHaveText(openDataEs.zips.population_2020);
  // Nothing in the definition tables is marked English any more: the page's lang="es" holds.
  await expect(page.locator('table [lang]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('JSON downloads carry the definitions in ?lang, English by default', async ({ request }) => {
  const base = `/api/performance/${currentPeriodKey(new Date())}`;
  const [fr, en, frRequests, frZips] = await Promise.all(
    [
      `${base}/services.json?lang=fr`,
      `${base}/services.json`,
      `${base}/requests.json?lang=fr`,
      `${base}/zips.json?lang=fr`,
    ].map(async (url) => {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      return res.json();
    }),
  );
  expect(fr.definitions.received).toBe(openDataFr.counts.received);
  expect(fr.definitions.on_time_pct).toBe('100 × on_time ÷ on_time_eligible');
  expect(Object.keys(fr.definitions)).toEqual(Object.keys(en.definitions));
  expect(en.definitions.received).toBe(openDataEn.counts.received);
  expect(frRequests.definitions.Latitude).toBe(openDataFr.requests.Latitude);
  expect(frRequests.selection).toMatch(/^Une ligne par demande/);
  expect(frZips.definitions.zip).toContain('Code postal');
});
