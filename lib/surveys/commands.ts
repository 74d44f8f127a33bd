import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests, surveyResponses } from '@/db/schema';
import { easeTokenHash } from '@/lib/requests/commands';

export type EaseStatus = 'open' | 'answered' | 'invalid';

async function easeRow(trackingNumber: string, token: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: surveyResponses.id, answeredAt: surveyResponses.answeredAt })
    .from(surveyResponses)
    .innerJoin(serviceRequests, eq(serviceRequests.id, surveyResponses.requestId))
    .where(
      and(
        eq(serviceRequests.trackingNumber, trackingNumber),
        eq(surveyResponses.kind, 'ease'),
        eq(surveyResponses.tokenHash, easeTokenHash(token)),
      ),
    );
  return row;
}

export async function easeStatus(trackingNumber: string, token: string): Promise<EaseStatus> {
  if (!token) return 'invalid';
  const row = await easeRow(trackingNumber, token);
  return !row ? 'invalid' : row.answeredAt ? 'answered' : 'open';
}

/** Records the rating once; a second answer (or a replayed form) changes nothing. */
export async function recordEase(
  trackingNumber: string,
  token: string,
  score: number,
): Promise<EaseStatus> {
  const row = await easeRow(trackingNumber, token);
  if (!row) return 'invalid';
  const db = await getDb();
  await db
    .update(surveyResponses)
    .set({ score, answeredAt: new Date() })
    .where(and(eq(surveyResponses.id, row.id), isNull(surveyResponses.answeredAt)));
  return 'answered';
}
