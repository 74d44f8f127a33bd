import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { services } from '@/db/schema';
import { getService, popularServices } from '@/lib/services/queries';
import { makeStaffActor } from '@/test/staff';
import { updateServiceText } from '@/lib/catalogue/commands';
import { serviceTextForEditing } from '@/lib/catalogue/queries';
import { freshContentVersion, publishContentVersion } from './content-version';

const g = globalThis as unknown as { __brsContentVersion?: unknown };

describe('the content version and the in-memory catalogue', () => {
  afterAll(() => {
    // The other suites of this worker read the database every time, as before.
    delete g.__brsContentVersion;
  });

  it('is raised by any change to the catalogue, whoever makes it, once per statement', async () => {
    const db = await getDb();
    const before = await freshContentVersion();
    expect(before).toBeGreaterThan(0);
    await db.execute(sql`update services set popularity = popularity where code = 'TRM-Potholes'`);
    expect(await freshContentVersion()).toBe(before! + 1);
    await db.execute(sql`update targets set days_to_close = days_to_close`);
    expect(await freshContentVersion()).toBe(before! + 2);
    // Requests are not the catalogue: they leave the cached pages alone.
    await db.execute(sql`select count(*) from service_requests`);
    expect(await freshContentVersion()).toBe(before! + 2);
  });

  it('keeps what it read until the version moves, and an edit here is seen at once', async () => {
    publishContentVersion();
    await freshContentVersion();
    const db = await getDb();
    const first = await getService('TRM-Potholes', 'en');
    const popular = await popularServices('en');
    // Behind the cache's back (as psql would, with the trigger switched off for the test):
    // the copy in memory is what the next view gets.
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table services disable trigger services_content_version`);
      await tx
        .update(services)
        .set({ popularity: 424242 })
        .where(eq(services.code, 'TRM-Potholes'));
      await tx.execute(sql`alter table services enable trigger services_content_version`);
    });
    expect(await getService('TRM-Potholes', 'en')).toBe(first);
    expect(await popularServices('en')).toEqual(popular);

    // A staff edit through the console: the very next view shows it.
    const admin = await makeStaffActor('content-version-admin@example.test', 'admin', null);
    const form = (await serviceTextForEditing(admin, 'TRM-Potholes', 'en'))!;
    const r = await updateServiceText(admin, 'TRM-Potholes', 'en', {
      ...form.values,
      name: 'Pothole (edited)',
    });
    expect(r.ok).toBe(true);
    expect((await getService('TRM-Potholes', 'en'))!.name).toBe('Pothole (edited)');
    expect((await popularServices('en'))[0]).toMatchObject({
      code: 'TRM-Potholes',
      popularity: 424242,
    });
  });
});
