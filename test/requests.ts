import { randomUUID } from 'node:crypto';
import { getService } from '@/lib/services/queries';
import { createServiceRequest } from '@/lib/requests/commands';
import { requestSchema } from '@/lib/requests/schema';

/** A request made the way the web form makes one, for database tests. */
export async function makeRequest(
  code: string,
  fields: Record<string, unknown> = {},
  now?: Date,
): Promise<string> {
  const service = (await getService(code, 'en'))!;
  const input = requestSchema(service.attributes).parse({
    address: '100 N Holliday St',
    zip: '21202',
    idempotencyKey: randomUUID(),
    ...fields,
  });
  const created = await createServiceRequest({
    serviceCode: code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
    now,
  });
  return created.trackingNumber;
}
