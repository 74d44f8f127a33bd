import { randomUUID } from 'node:crypto';
import { testHooksEnabled } from '@/lib/env';
import { createStaffUser } from '@/lib/auth/users';
import { createServiceRequest } from '@/lib/requests/commands';
import { countRequestsForKey, requestPlaceForKey } from '@/lib/requests/queries';
import { requestSchema } from '@/lib/requests/schema';
import { getService } from '@/lib/services/queries';
import { changeRequest } from '@/lib/staff/commands';

export const dynamic = 'force-dynamic';

/**
 * End-to-end tests ask "did this form create a request?" without opening the database (the
 * embedded one belongs to the server process). Off (404) unless the build and the server both
 * ask for test hooks (lib/env.ts testHooksEnabled); reveals a
 * count, and with `place=1` where the request was placed (address, position, landmark, photo
 * count: no contact details), for a key only the form's own page knew.
 */
export async function GET(request: Request) {
  if (!testHooksEnabled()) return new Response('Not found', { status: 404 });
  const params = new URL(request.url).searchParams;
  const key = params.get('idempotencyKey') ?? '';
  if (params.get('place') === '1') return Response.json({ place: await requestPlaceForKey(key) });
  return Response.json({ count: await countRequestsForKey(key) });
}

/**
 * A request made (and optionally closed as resolved) at given past instants, for tests of
 * periods that have ended (published reports). Same commands as the portal, with the clock as
 * an input; closed by a throwaway admin account. Off (404) unless test hooks are on.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new Response('Not found', { status: 404 });
  const body = (await request.json()) as Record<string, unknown>;
  const service =
    typeof body.serviceCode === 'string' ? await getService(body.serviceCode, 'en') : null;
  const createdAt = new Date(String(body.createdAt));
  const closedAt = body.closedAt ? new Date(String(body.closedAt)) : null;
  if (!service || Number.isNaN(+createdAt) || (closedAt && Number.isNaN(+closedAt))) {
    return Response.json({ error: 'serviceCode and createdAt are required' }, { status: 400 });
  }
  const input = requestSchema(service.attributes, 'web', createdAt).parse({
    address: typeof body.address === 'string' ? body.address : '100 N Holliday St',
    zip: '21202',
    idempotencyKey: randomUUID(),
  });
  const { trackingNumber } = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
    now: createdAt,
  });
  if (closedAt) {
    const admin = await createStaffUser({
      email: `hook.${randomUUID()}@baltimore.example`,
      name: 'Test hook',
      password: randomUUID(),
      role: 'admin',
      agencyCode: null,
    });
    if (!admin.ok) return Response.json(admin, { status: 500 });
    const closed = await changeRequest(
      { id: admin.id, role: 'admin', agencyCode: null },
      trackingNumber,
      1,
      { kind: 'close', reason: 'resolved' },
      closedAt,
    );
    if (!closed.ok) return Response.json(closed, { status: 500 });
  }
  return Response.json({ trackingNumber }, { status: 201 });
}
