import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import perfEn from '../../locales/en/Performance.json';
import { currentPeriodKey, periodFor } from '../../lib/metrics/periods';

/** RFC 4180 records (quoted cells, doubled quotes, CRLF), without the byte-order mark. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      records.push(record);
      record = [];
      i++;
    } else {
      cell += ch;
    }
  }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const number = (s: string | null | undefined) => Number(s!.trim().replace(/,/g, ''));
/** A percentage as the page writes it (view.ts pct), "No data" when nothing counts. */
const pct = (part: number, whole: number) =>
  whole
    ? new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
        part / whole,
      )
    : perfEn.noData;

type Counts = { received: number; closed: number; open: number; overdue: number; onTime: string };

/** What the page shows: a service's row of the services table, or the city's headline figures. */
async function pageFigures(page: Page, service: string | null): Promise<Partial<Counts>> {
  if (service) {
    const cell = (col: string) =>
      page
        .locator(`#services-table tr[data-code="${service}"] td[data-col="${col}"]`)
        .textContent();
    return {
      received: number(await cell('received')),
      closed: number(await cell('closed')),
      overdue: number(await cell('overdue')),
      onTime: (await cell('on_time_pct'))!.trim(),
    };
  }
  const dd = (term: string) =>
    page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).textContent();
  const open = /^([\d,]+) \(([\d,]+)/.exec((await dd(perfEn.open))!.trim())!;
  return {
    received: number(await dd(perfEn.received)),
    closed: number(await dd(perfEn.closed)),
    open: number(open[1]),
    overdue: number(open[2]),
    onTime: (await dd(perfEn.onTime))!.trim(),
  };
}

/** The same figures recounted from the request-level rows (one service's, or all). */
function recount(rows: Record<string, string>[], service: string | null): Counts {
  const own = rows.filter((r) => service === null || r.SRType === service);
  const n = (flag: string) => own.filter((r) => r[flag] === 'true').length;
  return {
    received: n('received_in_period'),
    closed: n('closed_in_period'),
    open: n('open_at_period_end'),
    overdue: n('overdue_at_period_end'),
    onTime: pct(n('on_time'), n('on_time_eligible')),
  };
}

async function get(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res;
}

test('the services CSV, JSON and request-level CSV agree with the page for a period', async ({
  page,
  request,
}) => {
  test.slow();
  const period = periodFor(currentPeriodKey(new Date()))!;
  const now = Date.now();
  // Known requests in the running period (a fiscal year may have begun an hour ago): two
  // damaged curbs, one fixed; an alley in disrepair; and a curb still open from before the
  // period, which only the backlog (open at the end) counts. Services no other test counts
  // exactly (those have no questions to answer, which the test hook does not send).
  const made = Math.max(+period.start + 60_000, now - 3 * 3_600_000);
  const hook = (data: Record<string, string>) =>
    request.post('/api/test-hooks/requests', { data }).then((r) => expect(r.status()).toBe(201));
  await hook({ serviceCode: 'TRM-Curb Repair', createdAt: new Date(made).toISOString() });
  await hook({
    serviceCode: 'TRM-Curb Repair',
    createdAt: new Date(made).toISOString(),
    closedAt: new Date((made + now) / 2).toISOString(),
  });
  await hook({ serviceCode: 'TRM-Alleys', createdAt: new Date(made).toISOString() });
  await hook({
    serviceCode: 'TRM-Curb Repair',
    createdAt: new Date(+period.start - 3_600_000).toISOString(),
  });

  const base = `/api/performance/${period.key}`;
  // Other tests share the database: read the page and the files until they come from one
  // moment (the figures are recomputed a few seconds after a change; the request-level rows are
  // read live), then everything must agree.
  await expect(async () => {
    await page.goto(`/en/performance?period=${period.key}`);
    const href = await page
      .getByRole('link', { name: perfEn.downloadRequestsCsv })
      .getAttribute('href');
    expect(href).toBe(`${base}/requests.csv?lang=en`);
    const [servicesCsv, servicesJson, requestsCsv] = await Promise.all([
      get(request, `${base}/services.csv?lang=en`).then((r) => r.text()),
      get(request, `${base}/services.json?lang=en`).then((r) => r.json()),
      get(request, href!).then((r) => r.text()),
    ]);
    const services = parseCsv(servicesCsv);
    const rows = parseCsv(requestsCsv);
    // The services files are the page's snapshot; the request rows were read after it.
    expect(services[0].computed_at).toBe(servicesJson.computedAt);
    expect(Date.parse(rows[0].computed_at)).toBeGreaterThanOrEqual(
      Date.parse(servicesJson.computedAt),
    );

    for (const code of ['TRM-Curb Repair', 'TRM-Alleys', 'SW-Dirty Alley', null]) {
      const shown = await pageFigures(page, code);
      const counted = recount(rows, code);
      // The page and the rows.
      expect({ code, ...counted }).toMatchObject({ code, ...shown });
      if (!code) continue;
      // The services CSV and JSON.
      const csvRow = services.find((s) => s.service_code === code)!;
      const jsonRow = servicesJson.rows.find(
        (s: { service_code: string }) => s.service_code === code,
      );
      for (const figures of [
        {
          received: number(csvRow.received),
          closed: number(csvRow.closed),
          open: number(csvRow.open),
          overdue: number(csvRow.overdue),
          onTime: pct(number(csvRow.on_time), number(csvRow.on_time_eligible)),
        },
        {
          received: jsonRow.received,
          closed: jsonRow.closed,
          open: jsonRow.open,
          overdue: jsonRow.overdue,
          onTime: pct(jsonRow.on_time, jsonRow.on_time_eligible),
        },
      ]) {
        expect({ code, ...figures }).toEqual({ code, ...counted });
      }
    }
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 60_000 });

  // The requests made above are there; nothing personal.
  const rows = parseCsv(await (await get(request, `${base}/requests.csv?lang=en`)).text());
  const curbs = rows.filter((r) => r.SRType === 'TRM-Curb Repair');
  expect(curbs.filter((r) => r.received_in_period === 'true').length).toBeGreaterThanOrEqual(2);
  expect(
    curbs.some((r) => r.received_in_period === 'false' && r.open_at_period_end === 'true'),
  ).toBe(true);
  expect(Object.keys(rows[0])).not.toEqual(
    expect.arrayContaining([
      expect.stringMatching(/address|description|email|phone|contact|note/i),
    ]),
  );
  expect(Object.keys(rows[0]).slice(-3)).toEqual(['period', 'computed_at', 'demo']);

  // The JSON holds the same rows; service names follow ?lang, as in the services files.
  const [json, es] = await Promise.all([
    get(request, `${base}/requests.json?lang=es`).then((r) => r.json()),
    get(request, `${base}/services.json?lang=es`).then((r) => r.json()),
  ]);
  expect(json.definitions.open_at_period_end).toBeTruthy();
  expect(json.period.key).toBe(period.key);
  const esCurb = json.rows.find((r: { SRType: string }) => r.SRType === 'TRM-Curb Repair');
  expect(esCurb.service_name).toBe(
    es.rows.find((r: { service_code: string }) => r.service_code === 'TRM-Curb Repair').service,
  );
  // A period outside the data: the same clear 404 as the other downloads.
  expect((await request.get('/api/performance/2020/requests.csv')).status()).toBe(404);
});
