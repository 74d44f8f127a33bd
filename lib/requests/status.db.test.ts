import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { serviceRequests } from '@/db/schema';
import { REQUEST_STATUSES, type RequestStatus } from '@/db/schema/types';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from './commands';
import { requestSchema } from './schema';
import { canMove } from './status';

async function requestIn(status: RequestStatus) {
  const service = (await getService('SW-Dirty Alley', 'en'))!;
  const input = requestSchema(service.attributes).parse({
    address: '1 E Pratt St',
    zip: '21202',
    idempotencyKey: randomUUID(),
  });
  const { trackingNumber } = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
  });
  const db = await getDb();
  const path: Record<RequestStatus, RequestStatus[]> = {
    new: [],
    acknowledged: ['acknowledged'],
    in_progress: ['in_progress'],
    closed: ['closed'],
  };
  for (const s of path[status]) await moveTo(trackingNumber, s);
  const [row] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  expect(row.status).toBe(status);
  return trackingNumber;
}

async function moveTo(trackingNumber: string, status: RequestStatus) {
  const db = await getDb();
  const closed = status === 'closed';
  await db
    .update(serviceRequests)
    .set({ status, closedAt: closed ? new Date() : null, closeReason: closed ? 'resolved' : null })
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
}

describe('the database enforces the status machine', () => {
  for (const from of REQUEST_STATUSES) {
    for (const to of REQUEST_STATUSES) {
      if (from === to) continue;
      it(`${from} → ${to} is ${canMove(from, to) ? 'allowed' : 'refused'}`, async () => {
        const id = await requestIn(from);
        const attempt = moveTo(id, to);
        if (canMove(from, to)) await expect(attempt).resolves.toBeUndefined();
        else await expect(attempt).rejects.toThrow();
      });
    }
  }
});
