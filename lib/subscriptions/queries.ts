import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { requestSubscriptions, serviceRequests } from '@/db/schema';

/** What the unsubscribe page may say about a token: the request's number and whether it is on. */
export async function findSubscription(
  token: string,
): Promise<{ trackingNumber: string; locale: string; active: boolean } | null> {
  if (!/^[\w-]{16,128}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      trackingNumber: serviceRequests.trackingNumber,
      locale: requestSubscriptions.locale,
      unsubscribedAt: requestSubscriptions.unsubscribedAt,
    })
    .from(requestSubscriptions)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestSubscriptions.requestId))
    .where(eq(requestSubscriptions.unsubscribeToken, token));
  return row
    ? { trackingNumber: row.trackingNumber, locale: row.locale, active: !row.unsubscribedAt }
    : null;
}
