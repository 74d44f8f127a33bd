import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { serviceAttributes, services, targets } from '../schema';
import { services as seedServices } from './catalogue';
import { seedCatalogue } from './run';

describe('seedCatalogue', () => {
  it('is idempotent and leaves staff edits alone', async () => {
    const db = await getDb(); // already migrated and seeded once at start-up
    const counts = async () => ({
      services: (await db.select({ n: count() }).from(services))[0].n,
      attributes: (await db.select({ n: count() }).from(serviceAttributes))[0].n,
      targets: (await db.select({ n: count() }).from(targets))[0].n,
    });
    const before = await counts();
    expect(before.services).toBe(seedServices.length);
    expect(before.targets).toBe(seedServices.length * 2); // this fiscal year and the last
    await db.update(services).set({ popularity: 99 });
    await seedCatalogue(db);
    expect(await counts()).toEqual(before);
    const [row] = await db.select({ p: services.popularity }).from(services).limit(1);
    expect(row.p).toBe(99);
  });
});
