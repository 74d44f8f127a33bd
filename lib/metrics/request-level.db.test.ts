import fs from 'node:fs';
import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest, type RequestChange } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { aggregate } from './aggregate';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';
import { requestDownload } from './request-download';
import type { OpenDataT } from './open-data-definitions';
import {
  requestBatches,
  requestColumns,
  requestCsvColumns,
  type RequestRecord,
  type RequestRow,
} from './request-level';

// Fixtures follow the clock (any date): the second half (January–June) of the last finished
// fiscal year FY, whose pothole target the seed commits (2 calendar days).
const NOW = new Date();
const FY = fiscalYearOf(NOW) - 1;
const PREV = FY - 1; // December before the half
const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
const DAY = 86_400_000;
let agent: Actor;
const n: Record<string, string> = {};

async function made(
  name: string,
  created: string | Date,
  close?: { at: string | Date; change: RequestChange },
  fields: Record<string, unknown> = {},
) {
  n[name] = await makeRequest('TRM-Potholes', { ...POTHOLE, ...fields }, new Date(created));
  if (close) {
    const r = await changeRequest(agent, n[name], 1, close.change, new Date(close.at));
    if (!r.ok) throw new Error(r.error);
  }
}
const resolved: RequestChange = { kind: 'close', reason: 'resolved' };

async function all(agency?: string, batchSize?: number) {
  const p = periodFor(`${FY}-h2`, NOW)!;
  const out: RequestRecord[] = [];
  for await (const batch of requestBatches(await getDb(), p, { asOf: NOW, agency, batchSize })) {
    out.push(...batch);
  }
  return out;
}
const byName = (rows: RequestRecord[]) =>
  Object.fromEntries(
    Object.entries(n).map(([k, tn]) => [k, rows.find((r) => r.trackingNumber === tn)]),
  );
const flags = (r: RequestRecord | undefined) =>
  r && [
    r.receivedInPeriod,
    r.closedInPeriod,
    r.openAtPeriodEnd,
    r.overdueAtPeriodEnd,
    r.countsTowardDaysToClose,
    r.onTimeEligible,
    r.onTime,
  ];

beforeAll(async () => {
  const u = await createStaffUser({
    email: 'request-level@test.example',
    name: 'Request level',
    password: 'a long enough test passphrase',
    role: 'agent',
    agencyCode: 'DOT',
  });
  if (!u.ok) throw new Error(u.error);
  agent = { id: u.id, role: 'agent', agencyCode: 'DOT' };
  const start = periodFor(`${FY}-h2`, NOW)!.start;
  const end = periodFor(`${FY}-h2`, NOW)!.end;
  // Made in December, closed 16 days later in January: closed in the half, late.
  await made('carriedIn', `${PREV}-12-20T16:00:00Z`, {
    at: `${FY}-01-05T16:00:00Z`,
    change: resolved,
  });
  // Made in November, never closed: the backlog at the half's end, overdue.
  await made('oldOpen', `${PREV}-11-01T16:00:00Z`);
  // Made and closed in December: nothing to do with the half, not in its rows.
  await made('before', `${PREV}-12-01T16:00:00Z`, {
    at: `${PREV}-12-02T16:00:00Z`,
    change: resolved,
  });
  // Made at the very instant the half starts, closed a day later: on time.
  await made('atStart', start, { at: new Date(start.getTime() + DAY), change: resolved });
  // Merged as a duplicate, and closed "could not find it": closed, never on-time eligible.
  await made('dup', `${FY}-03-02T16:00:00Z`, {
    at: `${FY}-03-02T20:00:00Z`,
    change: { kind: 'merge', parent: n.atStart },
  });
  await made('notFound', `${FY}-04-01T16:00:00Z`, {
    at: `${FY}-04-02T16:00:00Z`,
    change: { kind: 'close', reason: 'unable_to_locate' },
  });
  // Made on 29 June, due 1 July at noon: open at the end (midnight), not yet overdue.
  await made('lateJune', `${FY}-06-29T16:00:00Z`);
  // Made in June, closed after the half ended (two days after, or a minute ago if sooner).
  const after = new Date(Math.min(Date.parse(`${FY}-07-03T16:00:00Z`), Date.now() - 60_000));
  await made('closedAfter', `${FY}-06-15T16:00:00Z`, { at: after, change: resolved });
  // Made at the instant the half ends: the next period's.
  await made('atEnd', end);
  // Typed by a resident: an address and a description naming someone, and a precise position.
  await made('private', `${FY}-05-10T16:00:00Z`, undefined, {
    address: '1234 Secretive Lane',
    description: 'Jane Roe at 1234 Secretive Lane saw it',
    lat: '39.290385',
    long: '-76.612189',
  });
  // Another agency's request, open: in the city's rows, not DOT's.
  n.alley = await makeRequest('SW-Dirty Alley', {}, new Date(`${FY}-05-01T16:00:00Z`));
});

describe('the request-level dataset of a period', () => {
  it('holds the requests received in, closed in or open at the end of the period, with flags', async () => {
    const rows = await all();
    const r = byName(rows);
    // received, closed, open at end, overdue at end, counts toward days, on-time eligible, on time
    expect(flags(r.carriedIn)).toEqual([false, true, false, false, true, true, false]);
    expect(flags(r.oldOpen)).toEqual([false, false, true, true, false, false, false]);
    expect(r.before).toBeUndefined();
    expect(flags(r.atStart)).toEqual([true, true, false, false, true, true, true]);
    expect(flags(r.dup)).toEqual([true, true, false, false, false, false, false]);
    expect(flags(r.notFound)).toEqual([true, true, false, false, true, false, false]);
    expect(flags(r.lateJune)).toEqual([true, false, true, false, false, false, false]);
    expect(flags(r.closedAfter)).toEqual([true, false, true, true, false, false, false]);
    expect(r.atEnd).toBeUndefined();
    expect(flags(r.private)).toEqual([true, false, true, true, false, false, false]);
    expect(flags(r.alley)?.slice(0, 3)).toEqual([true, false, true]);
    expect(rows).toHaveLength(9);
    // Business days: none for a merge the same day (4 hours), none while open.
    expect(r.dup?.businessDaysToClose).toBe(0);
    expect(r.private?.businessDaysToClose).toBeNull();
    expect(r.oldOpen?.businessDaysToClose).toBeNull();
    // The district was assigned when the request was located (downtown: district 11, 2011
    // plan); a request made without coordinates has none.
    expect(r.private?.councilDistrict).toBe(11);
    expect(r.oldOpen?.councilDistrict).toBeNull();
    // Days to close: for closures in the half only (16 days; 1 day; 4 hours; 1 day).
    expect(r.carriedIn!.daysToClose).toBeCloseTo(16, 9);
    expect(r.atStart!.daysToClose).toBeCloseTo(1, 9);
    expect(r.dup!.daysToClose).toBeCloseTo(4 / 24, 9);
    expect(r.closedAfter!.daysToClose).toBeNull();
    expect([r.dup!.closeReason, r.notFound!.closeReason]).toEqual([
      'duplicate',
      'unable_to_locate',
    ]);
    // Ascending id, one agency on request, the same rows whatever the batch size.
    expect(rows.map((x) => x.id)).toEqual([...rows.map((x) => x.id)].sort((a, b) => a - b));
    expect((await all('DOT')).map((x) => x.trackingNumber)).not.toContain(n.alley);
    expect(await all('DOT')).toHaveLength(8);
    expect((await all(undefined, 2)).map((x) => x.id)).toEqual(rows.map((x) => x.id));
  });

  it('lets a reader recompute the page’s counts from the rows', async () => {
    const p = periodFor(`${FY}-h2`, NOW)!;
    const data = await aggregate(await getDb(), p);
    const rows = await all();
    const count = (list: RequestRecord[], flag: keyof RequestRecord) =>
      list.filter((r) => r[flag] === true).length;
    const potholes = data.services.find((s) => s.code === 'TRM-Potholes')!;
    const own = rows.filter((r) => r.serviceCode === 'TRM-Potholes');
    for (const [figures, list] of [
      [potholes, own],
      [data.city, rows],
    ] as const) {
      expect([
        count(list, 'receivedInPeriod'),
        count(list, 'closedInPeriod'),
        count(list, 'openAtPeriodEnd'),
        count(list, 'overdueAtPeriodEnd'),
        count(list, 'onTimeEligible'),
        count(list, 'onTime'),
      ]).toEqual([
        figures.received,
        figures.closed,
        figures.open,
        figures.overdue,
        figures.eligible,
        figures.onTime,
      ]);
    }
    // And by hand: potholes received 6 (atStart, dup, notFound, lateJune, closedAfter,
    // private), closed 4 (carriedIn, atStart, dup, notFound), open 4 (oldOpen, lateJune,
    // closedAfter, private), overdue 3, eligible 2 (carriedIn late, atStart on time).
    expect([potholes.received, potholes.closed, potholes.open, potholes.overdue]).toEqual([
      6, 4, 4, 3,
    ]);
    expect([potholes.eligible, potholes.onTime]).toEqual([2, 1]);
    // The median of the counted closures (16, 1, 1 day; not the duplicate) is the page's.
    expect(potholes.medianDays).toBeCloseTo(1, 9);
  });

  it('publishes no personal data: no address, description or contact, position rounded', async () => {
    const rows = await all();
    const row: RequestRow = {
      ...rows.find((r) => r.trackingNumber === n.private)!,
      serviceName: 'Pothole',
      agencyName: 'Transportation',
    };
    const keys = requestCsvColumns(`${FY}-h2`, NOW).map((c) => c.key);
    expect(keys).toEqual([
      'ServiceRequestNum',
      'SRType',
      'service_name',
      'agency_code',
      'Agency',
      'MethodReceived',
      'CreatedDate',
      'first_response_at',
      'DueDate',
      'CloseDate',
      'SRStatus',
      'Outcome',
      'reclassified_from',
      'ZipCode',
      'CouncilDistrict',
      'Latitude',
      'Longitude',
      'received_in_period',
      'closed_in_period',
      'open_at_period_end',
      'overdue_at_period_end',
      'days_to_close',
      'business_days_to_close',
      'counts_toward_days_to_close',
      'on_time_eligible',
      'on_time',
      'period',
      'computed_at',
      'demo',
    ]);
    const values = requestCsvColumns(`${FY}-h2`, NOW).map((c) => String(c.value(row)));
    expect(values.filter((v) => /Secretive|Jane|1234/.test(v))).toEqual([]);
    expect([row.lat, row.long, row.zip]).toEqual([39.29, -76.612, '21202']);
    expect(requestColumns.find((c) => c.key === 'Latitude')!.value(row)).toBe(39.29);
  });

  it('says in the reader’s language (?lang) what its rows and columns are', async () => {
    const fr = createTranslator({
      locale: 'fr',
      messages: { OpenData: JSON.parse(fs.readFileSync('locales/fr/OpenData.json', 'utf8')) },
      namespace: 'OpenData',
    }) as unknown as OpenDataT;
    const names = { agencies: new Map(), services: new Map() };
    const res = requestDownload({
      period: periodFor(`${FY}-h2`, NOW)!,
      format: 'json',
      names,
      agency: 'DOT',
      locale: 'fr',
      t: fr,
    });
    const json = await res.json();
    expect(json.methodology).toBe('/fr/performance/methodology');
    expect(json.selection).toMatch(/^Une ligne par demande/);
    expect(json.selection).toContain('received_in_period');
    // Column names stay the data's own; their definitions are French.
    expect(Object.keys(json.definitions)).toContain('ServiceRequestNum');
    expect(json.definitions.Latitude).toMatch(/^Latitude du problème/);
    expect(json.definitions.on_time).toContain('(compte dans on_time)');
    expect(json.rows.length).toBeGreaterThan(0);
  });
});
