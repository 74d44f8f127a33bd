import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, surveyResponses } from '@/db/schema';

/**
 * The survey row a link or form refers to: its request's tracking number, its kind and the hash
 * of its token must all match, so a token opens only its own survey.
 */
export async function surveyRow(
  trackingNumber: string,
  kind: 'ease' | 'satisfaction',
  tokenHash: string,
) {
  const db = await getDb();
  const [row] = await db
    .select({ id: surveyResponses.id, answeredAt: surveyResponses.answeredAt })
    .from(surveyResponses)
    .innerJoin(serviceRequests, eq(serviceRequests.id, surveyResponses.requestId))
    .where(
      and(
        eq(serviceRequests.trackingNumber, trackingNumber),
        eq(surveyResponses.kind, kind),
        eq(surveyResponses.tokenHash, tokenHash),
      ),
    );
  return row;
}
