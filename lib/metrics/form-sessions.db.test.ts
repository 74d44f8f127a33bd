import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { formSessions } from '@/db/schema';
import { createServiceRequest } from '@/lib/requests/commands';
import { requestSchema } from '@/lib/requests/schema';
import { getService } from '@/lib/services/queries';
import { formSessionId, isNewFormRender, recordFormStart } from './form-sessions';

async function send(idempotencyKey: string, now: Date) {
  const service = (await getService('TRM-Potholes', 'en'))!;
  const input = requestSchema(service.attributes).parse({
    address: '100 N Holliday St',
    zip: '21202',
    description: 'Deep hole in the right lane',
    attr__POTHOLE_LOCATION: 'street',
    contactEmail: 'resident@example.com',
    idempotencyKey,
  });
  return createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
    now,
  });
}

async function sessionOf(key: string) {
  const db = await getDb();
  return db
    .select()
    .from(formSessions)
    .where(eq(formSessions.id, formSessionId(key)));
}

describe('form sessions (digital completion rate)', () => {
  it('records a start once per form, and the submission once, when the request is made', async () => {
    const key = randomUUID();
    const shown = new Date('2026-11-27T15:00:00Z');
    await recordFormStart(key, 'TRM-Potholes', shown);
    await recordFormStart(key, 'TRM-Potholes', new Date('2026-11-27T15:01:00Z')); // same form
    expect(await sessionOf(key)).toEqual([
      { id: formSessionId(key), serviceCode: 'TRM-Potholes', startedAt: shown, submittedAt: null },
    ]);

    const sent = new Date('2026-11-27T15:04:00Z');
    const first = await send(key, sent);
    expect(first.created).toBe(true);
    expect((await sessionOf(key))[0].submittedAt).toEqual(sent);

    // A double tap or a resend of the same form: the same request, and the first submission stays.
    const again = await send(key, new Date('2026-11-27T15:09:00Z'));
    expect(again).toEqual({ trackingNumber: first.trackingNumber, created: false });
    expect((await sessionOf(key))[0].submittedAt).toEqual(sent);
  });

  it('keeps no key in clear and adds no row for a request without a form (Open311)', async () => {
    const key = randomUUID();
    await recordFormStart(key, 'TRM-Potholes');
    const db = await getDb();
    expect(await db.select().from(formSessions).where(eq(formSessions.id, key))).toEqual([]);
    expect(formSessionId(key)).toMatch(/^[0-9a-f]{64}$/);

    const open311Key = randomUUID(); // Open311 posts show no form, so nothing started
    expect((await send(open311Key, new Date())).created).toBe(true);
    expect(await sessionOf(open311Key)).toEqual([]);
  });

  it('has no column that could hold personal data', async () => {
    const db = await getDb();
    const result = await db.execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns
          where table_schema = 'public' and table_name = 'form_sessions' order by column_name`,
    );
    expect(result.rows.map((r) => r.column_name)).toEqual([
      'id',
      'service_code',
      'started_at',
      'submitted_at',
    ]);
  });
});

describe('isNewFormRender', () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it('counts a page opened, not a form posted again without JavaScript, an action or a prefetch', () => {
    expect(isNewFormRender(h({ accept: 'text/html' }))).toBe(true);
    expect(isNewFormRender(h({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(false);
    expect(isNewFormRender(h({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false);
    expect(isNewFormRender(h({ 'next-action': 'abc', 'content-type': 'text/plain' }))).toBe(false);
    expect(isNewFormRender(h({ 'next-router-prefetch': '1' }))).toBe(false);
  });
});
