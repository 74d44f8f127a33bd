import { findSubscription } from '@/lib/subscriptions/queries';
import { unsubscribe } from '@/lib/subscriptions/commands';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ token: string }> };

/**
 * One-click unsubscribe (RFC 8058): the mail program POSTs `List-Unsubscribe=One-Click` here
 * from the List-Unsubscribe header; no page, no confirmation. Unknown tokens answer 404.
 */
export async function POST(_request: Request, { params }: Ctx) {
  const done = await unsubscribe((await params).token);
  if (!done) return new Response('Not found', { status: 404 });
  return new Response('Unsubscribed', { status: 200, headers: { 'cache-control': 'no-store' } });
}

/**
 * Someone opened the header's address in a browser: the page with the button, in their language.
 * The location is a path, so no Host or X-Forwarded-Host header can point it at another site.
 */
export async function GET(_request: Request, { params }: Ctx) {
  const { token } = await params;
  const sub = await findSubscription(token);
  if (!sub) return new Response('Not found', { status: 404 });
  const location = `/${sub.locale}/unsubscribe/${encodeURIComponent(token)}`;
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}
