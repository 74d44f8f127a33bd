import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { serviceRequests } from '@/db/schema';
import { makeRequest } from '@/test/requests';
import { assignCouncilDistricts } from './commands';

async function districtOf(trackingNumber: string) {
  const db = await getDb();
  const [row] = await db
    .select({ district: serviceRequests.councilDistrict })
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  return row.district;
}

// Points whose district (2011 plan) was read off the unsimplified City boundaries.
const CITY_HALL = { lat: '39.2910', long: '-76.6108' }; // district 11
const HOMEWOOD = { lat: '39.3299', long: '-76.6205' }; // district 14
const PATTERSON_PARK = { lat: '39.2906', long: '-76.5779' }; // district 1

describe('council district assignment', () => {
  it('is set when a request is made with coordinates, and left empty without them', async () => {
    const hall = await makeRequest('TRM-Potholes', {
      attr__POTHOLE_LOCATION: 'street',
      ...CITY_HALL,
    });
    const campus = await makeRequest('TRM-Potholes', {
      attr__POTHOLE_LOCATION: 'street',
      ...HOMEWOOD,
    });
    const address = await makeRequest('TRM-Potholes', { attr__POTHOLE_LOCATION: 'street' });
    expect(await districtOf(hall)).toBe(11);
    expect(await districtOf(campus)).toBe(14);
    expect(await districtOf(address)).toBeNull();
  });

  it('backfills located rows that have none, and with `all` corrects every located row', async () => {
    const park = await makeRequest('TRM-Potholes', {
      attr__POTHOLE_LOCATION: 'street',
      ...PATTERSON_PARK,
    });
    const hall = await makeRequest('TRM-Potholes', {
      attr__POTHOLE_LOCATION: 'street',
      ...CITY_HALL,
    });
    const db = await getDb();
    // As before migration 0010: no district on the park row. A wrong one on the hall row, as if
    // the boundaries had since been replaced.
    await db.execute(
      sql`update service_requests set council_district = null where tracking_number = ${park}`,
    );
    await db.execute(
      sql`update service_requests set council_district = 5 where tracking_number = ${hall}`,
    );
    const before = await db.execute(sql`select max(updated_at) as u from service_requests`);

    const first = await assignCouncilDistricts();
    expect(first.changed).toBe(1);
    expect(await districtOf(park)).toBe(1);
    expect(await districtOf(hall)).toBe(5); // had one: left alone without `all`

    const second = await assignCouncilDistricts({ all: true });
    expect(second.changed).toBe(1);
    expect(await districtOf(hall)).toBe(11);
    // Located rows made in this file: 2 in the first test + 2 here; the address-only one is not.
    expect(second.seen).toBe(4);

    // A place's district is not a change to the request: the snapshot clock does not move.
    const after = await db.execute(sql`select max(updated_at) as u from service_requests`);
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect((await assignCouncilDistricts({ all: true })).changed).toBe(0);
  });
});
