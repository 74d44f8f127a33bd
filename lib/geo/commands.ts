import 'server-only';
import { and, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests } from '@/db/schema';
import { councilDistrictAt } from './districts';

const BATCH = 1000;

/**
 * Sets council_district on requests that have coordinates: those without one (rows made before
 * the column existed), or every located request with `all` (after new boundaries are shipped).
 * Point-in-polygon runs here, not in SQL, because neither PGlite nor the PostgreSQL in use has
 * PostGIS. Walks by id in batches; returns how many rows were looked at and how many changed.
 */
export async function assignCouncilDistricts({ all = false } = {}) {
  const db = await getDb();
  let lastId = 0;
  let seen = 0;
  let changed = 0;
  for (;;) {
    const rows = await db
      .select({
        id: serviceRequests.id,
        lat: serviceRequests.lat,
        long: serviceRequests.long,
        district: serviceRequests.councilDistrict,
      })
      .from(serviceRequests)
      .where(
        and(
          gt(serviceRequests.id, lastId),
          isNotNull(serviceRequests.lat),
          isNotNull(serviceRequests.long),
          all ? undefined : isNull(serviceRequests.councilDistrict),
        ),
      )
      .orderBy(serviceRequests.id)
      .limit(BATCH);
    if (!rows.length) break;
    lastId = rows[rows.length - 1].id;
    seen += rows.length;
    const updates = rows
      .map((r) => ({ id: r.id, district: councilDistrictAt(r.lat, r.long), was: r.district }))
      .filter((u) => u.district !== u.was);
    if (updates.length) {
      // One statement per batch; updated_at is left alone so snapshots and published periods
      // are not told that a request changed (its place did not move).
      await db.execute(sql`
        update service_requests s set council_district = u.district
        from json_to_recordset(${JSON.stringify(updates)}::json) as u(id bigint, district int2)
        where s.id = u.id`);
      changed += updates.length;
    }
  }
  return { seen, changed };
}
