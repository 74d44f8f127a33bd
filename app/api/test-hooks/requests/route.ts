import { testHooksEnabled } from '@/lib/env';
import { countRequestsForKey, requestPlaceForKey } from '@/lib/requests/queries';

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
