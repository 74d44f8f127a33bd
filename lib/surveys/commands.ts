import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { surveyResponses } from '@/db/schema';
import { easeTokenHash } from '@/lib/requests/commands';
import { surveyRow } from './row';

export type EaseStatus = 'open' | 'answered' | 'invalid';

const easeRow = (trackingNumber: string, token: string) =>
  surveyRow(trackingNumber, 'ease', easeTokenHash(token));

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
