import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { auditEvents, serviceAttributes, services, targets } from '../schema';
import { services as seedServices } from './catalogue';
import { updateServiceText } from '@/lib/catalogue/commands';
import { serviceTextForEditing } from '@/lib/catalogue/queries';
import { makeStaffActor } from '@/test/staff';
import { seedCatalogue } from './run';
import { STAFF_EDIT } from './text-merge';

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

describe('seedCatalogue and the translation files', () => {
  it('brings a corrected translation into an existing database and keeps a staff edit', async () => {
    const db = await getDb();
    // A service no other test reads; put back as the files say at the end.
    const service = seedServices.find((s) => s.code === 'HCD-Vacant Building')!;
    const edited = (changes: Partial<typeof service>) => ({
      agencies: [],
      categories: [],
      services: seedServices.map((s) => (s.code === service.code ? { ...s, ...changes } : s)),
    });
    const read = async () =>
      (await db.select().from(services).where(eq(services.code, service.code)))[0];
    const question = async () =>
      (
        await db
          .select()
          .from(serviceAttributes)
          .where(eq(serviceAttributes.serviceCode, service.code))
          .orderBy(serviceAttributes.order)
      ).find((a) => a.values.length)!;
    try {
      // Release N: the Spanish file says "Edificio (viejo)"; the database is seeded from it.
      await seedCatalogue(
        db,
        new Date(),
        edited({
          name: { ...service.name, es: 'Edificio (viejo)' },
          description: { ...service.description, es: 'Descripción vieja' },
        }),
      );
      expect((await read()).name.es).toBe('Edificio (viejo)');

      // An administrator rewrites the Spanish description in the console.
      const admin = await makeStaffActor('catalogue-admin@example.test', 'admin', null);
      const form = await serviceTextForEditing(admin, service.code, 'es');
      const saved = await updateServiceText(admin, service.code, 'es', {
        ...form!.values,
        description: 'Texto del personal',
      });
      expect(saved).toEqual({ ok: true, changed: ['description'] });

      // Release N+1: both fields corrected in the file; the next start seeds again.
      await seedCatalogue(db, new Date());
      const row = await read();
      expect(row.name.es).toBe(service.name.es); // the correction arrived
      expect(row.description.es).toBe('Texto del personal'); // the staff edit was kept
      expect(row.description.en).toBe(service.description.en);
      expect(row.seedSource['description.es']).toBe(STAFF_EDIT);
      const [audit] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, 'service'), eq(auditEvents.entityId, service.code)));
      expect(audit).toMatchObject({
        actorId: admin.id,
        action: 'catalogue.text',
        before: { lang: 'es', description: 'Descripción vieja' },
        after: { lang: 'es', description: 'Texto del personal' },
      });

      // An answer option's correction arrives too (options merge one by one, order kept).
      const q = await question();
      const option = q.values[0];
      await seedCatalogue(
        db,
        new Date(),
        edited({
          attributes: service.attributes.map((a) =>
            a.code === q.code
              ? {
                  ...a,
                  values: a.values!.map((v) =>
                    v.key === option.key ? { ...v, name: { ...v.name, es: 'Opción vieja' } } : v,
                  ),
                }
              : a,
          ),
        }),
      );
      expect((await question()).values[0].name.es).toBe('Opción vieja');
      await seedCatalogue(db, new Date());
      expect((await question()).values[0].name.es).toBe(option.name.es);
      expect((await question()).values.map((v) => v.key)).toEqual(q.values.map((v) => v.key));
    } finally {
      // Hand the rows back to the files: with no recorded source, the next seed rewrites them.
      await db.update(services).set({ seedSource: {} }).where(eq(services.code, service.code));
      await db
        .update(serviceAttributes)
        .set({ seedSource: {} })
        .where(eq(serviceAttributes.serviceCode, service.code));
      await seedCatalogue(db, new Date());
    }
  });
});
