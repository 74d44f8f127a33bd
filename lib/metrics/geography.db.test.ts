import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { changeRequest, type RequestChange } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { fiscalYearOf } from './fiscal-year';
import { placeFigures, type PlaceFigures, type Places } from './geography';

const DAY = 86_400_000;
// In the last finished fiscal year, whose pothole target (2 calendar days) the seed has committed.
const FY = fiscalYearOf(new Date()) - 1;
const t0 = new Date(`${FY - 1}-08-04T16:00:00Z`);
const at = (days: number) => new Date(t0.getTime() + days * DAY);
const period = { start: t0, end: at(30), asOf: at(30) };

// Points whose district (2011 plan) was read off the City's boundaries (lib/geo/districts.test.ts).
const CITY_HALL = { lat: '39.2910', long: '-76.6108', zip: '21202' }; // district 11
const HOMEWOOD = { lat: '39.3299', long: '-76.6205', zip: '21218' }; // district 14
const PATTERSON_PARK = { lat: '39.2906', long: '-76.5779', zip: '21224' }; // district 1

let agent: Actor;
async function pothole(where: Record<string, string>, made: Date, close?: [number, RequestChange]) {
  const tn = await makeRequest(
    'TRM-Potholes',
    { attr__POTHOLE_LOCATION: 'street', ...where },
    made,
  );
  if (close) {
    const r = await changeRequest(
      agent,
      tn,
      1,
      close[1],
      new Date(made.getTime() + close[0] * DAY),
    );
    if (!r.ok) throw new Error(r.error);
  }
}
const resolved: RequestChange = { kind: 'close', reason: 'resolved' };
const notFound: RequestChange = { kind: 'close', reason: 'unable_to_locate' };

let places: Places;
const district = (d: string | null) => places.districts.find((x) => x.place === d)!;
const zip = (z: string | null) => places.zips.find((x) => x.place === z)!;
const counts = (f: PlaceFigures) => [f.received, f.closed, f.open, f.overdue, f.eligible, f.onTime];

beforeAll(async () => {
  const u = await createStaffUser({
    email: 'geo@test.example',
    name: 'Geo',
    password: 'a long enough test passphrase',
    role: 'agent',
    agencyCode: 'DOT',
  });
  if (!u.ok) throw new Error(u.error);
  agent = { id: u.id, role: 'agent', agencyCode: 'DOT' };
  await pothole(CITY_HALL, at(1), [1, resolved]); // on time (due after 2 days)
  await pothole(CITY_HALL, at(2), [3, resolved]); // late
  await pothole(HOMEWOOD, at(3)); // still open at the end, overdue since day 5
  await pothole({ zip: '21217' }, at(4), [0.5, notFound]); // no coordinates: district unknown
  await pothole(PATTERSON_PARK, at(-10)); // received before the period, open and overdue at its end
  await pothole(CITY_HALL, at(40)); // after the period: counts nowhere
  places = await placeFigures(await getDb(), period);
});

describe('figures by council district', () => {
  it('lists the 14 districts of the plan and an unknown row', () => {
    expect(places.plan).toBe('2011');
    expect(places.districts.map((d) => d.place)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      null,
    ]);
  });

  it('counts each district by the hand-computed fixtures', () => {
    // [received, closed, open, overdue, eligible, on time]
    expect(counts(district('11'))).toEqual([2, 2, 0, 0, 2, 1]);
    expect(district('11').medianDays).toBeCloseTo(2, 6); // median of 1 and 3 days
    expect(district('11').onTimePct).toBe(50);
    expect(counts(district('14'))).toEqual([1, 0, 1, 1, 0, 0]);
    expect(district('14').medianDays).toBeNull();
    expect(counts(district('1'))).toEqual([0, 0, 1, 1, 0, 0]);
    expect(counts(district('5'))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('keeps requests without coordinates in the unknown row, never dropping them', () => {
    expect(counts(district(null))).toEqual([1, 1, 0, 0, 0, 0]); // "not found": not in on-time
    expect(district(null).medianDays).toBeCloseTo(0.5, 6);
    expect(district(null).onTimePct).toBeNull();
    const total = (k: 'received' | 'closed' | 'open') =>
      places.districts.reduce((s, d) => s + d[k], 0);
    expect([total('received'), total('closed'), total('open')]).toEqual([4, 3, 2]);
  });

  it('gives requests per 1,000 residents from the 2020 Census population', () => {
    expect(district('11').population).toBe(52_405);
    expect(district('11').perThousand).toBeCloseTo(2000 / 52_405, 9);
    expect(district('5').perThousand).toBe(0);
    expect(district(null).perThousand).toBeNull();
  });
});

describe('figures by ZIP code', () => {
  it('counts each ZIP, every accepted ZIP listed, the same requests as the districts', () => {
    expect(counts(zip('21202'))).toEqual([2, 2, 0, 0, 2, 1]);
    expect(counts(zip('21218'))).toEqual([1, 0, 1, 1, 0, 0]);
    expect(counts(zip('21217'))).toEqual([1, 1, 0, 0, 0, 0]);
    expect(counts(zip('21224'))).toEqual([0, 0, 1, 1, 0, 0]);
    expect(counts(zip(null))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(places.zips).toHaveLength(32 + 1);
    expect(places.zips.reduce((s, z) => s + z.received, 0)).toBe(4);
  });

  it('gives a rate only where the ZIP lies within the city', () => {
    expect(zip('21202').perThousand).toBeCloseTo(2000 / 22_247, 9);
    expect(zip('21206').population).toBe(49_470);
    expect(zip('21206').perThousand).toBeNull(); // crosses into Baltimore County
  });
});
