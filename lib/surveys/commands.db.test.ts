import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from '@/lib/requests/commands';
import { requestSchema } from '@/lib/requests/schema';
import { easeStatus, recordEase } from './commands';

async function newRequest(channel: 'web' | 'open311' = 'web') {
  const service = (await getService('SW-Dirty Alley', 'en'))!;
  const key = randomUUID();
  const input = requestSchema(service.attributes).parse({
    address: '1 E Pratt St',
    zip: '21202',
    idempotencyKey: key,
  });
  const { trackingNumber } = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel,
  });
  return { trackingNumber, key };
}

describe('"how easy was it?" rating', () => {
  it('is answered once, only with the token of the form that made the request', async () => {
    const { trackingNumber, key } = await newRequest();
    const other = await newRequest();
    expect(await easeStatus(trackingNumber, key)).toBe('open');
    expect(await easeStatus(trackingNumber, other.key)).toBe('invalid');
    expect(await easeStatus(trackingNumber, '')).toBe('invalid');
    expect(await recordEase(trackingNumber, other.key, 1)).toBe('invalid');
    expect(await recordEase(trackingNumber, key, 4)).toBe('answered');
    expect(await easeStatus(trackingNumber, key)).toBe('answered');
  });

  it('cannot be answered for an Open311 request, whose key anyone can derive from public data', async () => {
    const { trackingNumber, key } = await newRequest('open311');
    expect(await easeStatus(trackingNumber, key)).toBe('invalid');
    expect(await recordEase(trackingNumber, key, 1)).toBe('invalid');
  });
});
