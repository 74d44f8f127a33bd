import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { serviceAttributes, services } from '@/db/schema';
import { makeStaffActor } from '@/test/staff';
import { updateServiceText } from './commands';
import { serviceTextForEditing } from './queries';
import { fieldName } from './text-schema';

describe('updateServiceText', () => {
  it('refuses to empty English (the fallback) and then writes nothing at all', async () => {
    const db = await getDb();
    const attr = (await db.select().from(serviceAttributes)).find((a) => a.hint)!;
    const code = attr.serviceCode;
    const admin = await makeStaffActor('catalogue-en-admin@example.test', 'admin', null);
    const form = (await serviceTextForEditing(admin, code, 'en'))!;
    const before = (await db.select().from(services).where(eq(services.code, code)))[0];

    // A new name together with an emptied hint: the name must not be saved either.
    const hint = fieldName.hint(attr.code);
    const r = await updateServiceText(admin, code, 'en', {
      ...form.values,
      name: 'Changed',
      [hint]: '',
    });
    expect(r).toEqual({ ok: false, errors: { [hint]: 'catalogue.required' } });
    const noKeywords = await updateServiceText(admin, code, 'en', {
      ...form.values,
      keywords: ' , ',
    });
    expect(noKeywords).toEqual({ ok: false, errors: { keywords: 'catalogue.required' } });

    const after = (await db.select().from(services).where(eq(services.code, code)))[0];
    expect(after.name).toEqual(before.name);
    expect(after.seedSource).toEqual(before.seedSource);
  });
});
