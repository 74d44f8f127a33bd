import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import {
  media,
  requestAnswers,
  requestContacts,
  requestEvents,
  serviceRequests,
} from '@/db/schema';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from './commands';
import { requestPlaceForKey } from './queries';
import { requestSchema } from './schema';
import { TRACKING_NUMBER } from './tracking-number';
import { cityDateParts } from '@/lib/metrics/fiscal-year';

async function potholeInput(overrides: Record<string, unknown> = {}) {
  const service = (await getService('TRM-Potholes', 'en'))!;
  const parsed = requestSchema(service.attributes).parse({
    address: '100 N Holliday St',
    zip: '21202',
    description: 'Deep hole in the right lane',
    attr__POTHOLE_LOCATION: service.attributes[0].values[0].key,
    contactEmail: 'resident@example.com',
    consent: 'yes',
    idempotencyKey: randomUUID(),
    ...overrides,
  });
  return { service, input: parsed };
}

describe('createServiceRequest', () => {
  it('writes the request, answers, contact and first event with a tracking number', async () => {
    const { service, input } = await potholeInput();
    const now = new Date(); // a target is committed for the fiscal year running now
    const result = await createServiceRequest({
      serviceCode: service.code,
      attributes: service.attributes,
      input,
      locale: 'en',
      channel: 'web',
      now,
    });
    expect(result.created).toBe(true);
    const yy = String(cityDateParts(now).year % 100).padStart(2, '0');
    expect(result.trackingNumber).toMatch(new RegExp(`^BAL-${yy}-\\d{6}$`));
    const db = await getDb();
    const [req] = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, result.trackingNumber));
    expect(req.status).toBe('new');
    // Pothole target: 2 calendar days.
    expect(req.dueAt?.getTime()).toBe(now.getTime() + 2 * 86_400_000);
    const answers = await db
      .select()
      .from(requestAnswers)
      .where(eq(requestAnswers.requestId, req.id));
    expect(answers.map((a) => a.attributeCode)).toContain('POTHOLE_LOCATION');
    const [contact] = await db
      .select()
      .from(requestContacts)
      .where(eq(requestContacts.requestId, req.id));
    expect(contact.email).toBe('resident@example.com');
    expect(contact.consentToUpdates).toBe(true);
    const events = await db.select().from(requestEvents).where(eq(requestEvents.requestId, req.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'submitted', toStatus: 'new', visibility: 'public' });
  });

  it('never creates a second request for the same idempotency key, even concurrently', async () => {
    const { service, input } = await potholeInput();
    const make = () =>
      createServiceRequest({
        serviceCode: service.code,
        attributes: service.attributes,
        input,
        locale: 'es',
        channel: 'web',
      });
    const results = await Promise.all([make(), make(), make()]);
    const again = await make();
    const numbers = new Set([...results, again].map((r) => r.trackingNumber));
    expect(numbers.size).toBe(1);
    expect([...results, again].filter((r) => r.created)).toHaveLength(1);
    const db = await getDb();
    const [{ n }] = await db
      .select({ n: count() })
      .from(serviceRequests)
      .where(eq(serviceRequests.idempotencyKey, input.idempotencyKey));
    expect(n).toBe(1);
  });

  it('rolls everything back when a step fails', async () => {
    const { service, input } = await potholeInput({ mediaIds: ['a'.repeat(32)] });
    const db = await getDb();
    const [{ before }] = await db.select({ before: count() }).from(serviceRequests);
    await expect(
      createServiceRequest({
        serviceCode: service.code,
        attributes: service.attributes,
        input,
        locale: 'en',
        channel: 'web',
      }),
    ).rejects.toThrow(/photo/);
    const [{ after }] = await db.select({ after: count() }).from(serviceRequests);
    expect(after).toBe(before);
  });
});

describe('location and photos', () => {
  const create = (input: Awaited<ReturnType<typeof potholeInput>>['input']) =>
    createServiceRequest({
      serviceCode: 'TRM-Potholes',
      attributes: [],
      input,
      locale: 'en',
      channel: 'web',
    });
  const pendingPhotos = async (n: number) => {
    const db = await getDb();
    const ids = Array.from({ length: n }, () => randomUUID().replaceAll('-', ''));
    await db.insert(media).values(
      ids.map((id) => ({
        id,
        storageKey: `${id}.jpg`,
        contentType: 'image/jpeg',
        bytes: 1000,
        width: 10,
        height: 10,
      })),
    );
    return ids;
  };

  it('stores a phone’s position and a landmark, with no street address', async () => {
    const { input } = await potholeInput({
      address: '',
      zip: '',
      lat: '39.2904',
      long: '-76.6122',
      locationNote: 'Opposite the library',
    });
    const { trackingNumber } = await create(input);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, trackingNumber));
    expect(row).toMatchObject({
      lat: 39.2904,
      long: -76.6122,
      locationNote: 'Opposite the library',
      address: '',
      zip: null,
    });
  });

  it('attaches every photo of the form to the request in the same transaction', async () => {
    const ids = await pendingPhotos(3);
    const { input } = await potholeInput({ mediaIds: ids });
    const { trackingNumber } = await create(input);
    const db = await getDb();
    const [row] = await db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, trackingNumber));
    const attached = await db.select().from(media).where(eq(media.requestId, row.id));
    expect(attached.map((m) => m.id).sort()).toEqual([...ids].sort());
    // What the end-to-end tests read back through their hook.
    expect(await requestPlaceForKey(input.idempotencyKey)).toMatchObject({
      trackingNumber,
      address: '100 N Holliday St',
      photos: 3,
    });
    expect(await requestPlaceForKey('no such key')).toBeNull();
  });

  it('attaches none, and makes no request, when one of the photos is gone', async () => {
    const [kept] = await pendingPhotos(1);
    const { input } = await potholeInput({ mediaIds: [kept, 'b'.repeat(32)] });
    await expect(create(input)).rejects.toThrow(/photo/);
    const db = await getDb();
    const [photo] = await db.select().from(media).where(eq(media.id, kept));
    expect(photo.requestId).toBeNull();
    const [{ n }] = await db
      .select({ n: count() })
      .from(serviceRequests)
      .where(eq(serviceRequests.idempotencyKey, input.idempotencyKey));
    expect(n).toBe(0);
  });
});

describe('tracking numbers past a million', () => {
  it('keep every digit, so they never repeat', async () => {
    const db = await getDb();
    await db.execute(sql`select setval('service_request_number_seq', 999998)`);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { service, input } = await potholeInput();
      const r = await createServiceRequest({
        serviceCode: service.code,
        attributes: service.attributes,
        input,
        locale: 'en',
        channel: 'web',
        now: new Date('2026-11-27T15:00:00Z'),
      });
      numbers.push(r.trackingNumber);
    }
    expect(numbers).toEqual(['BAL-26-999999', 'BAL-26-1000000', 'BAL-26-1000001']);
    expect(numbers.every((n) => TRACKING_NUMBER.test(n))).toBe(true);
  });
});
