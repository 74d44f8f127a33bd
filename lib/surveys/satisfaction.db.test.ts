import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { outbox, serviceRequests, surveyResponses } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest } from '@/lib/staff/commands';
import { makeRequest } from '@/test/requests';
import { recordSatisfaction, satisfactionStatus } from './satisfaction';
import { satisfactionSchema } from './satisfaction-schema';

let agent: Actor;

beforeAll(async () => {
  const r = await createStaffUser({
    email: 'survey.agent@test.example',
    name: 'Survey Agent',
    password: 'a long enough test passphrase',
    role: 'agent',
    agencyCode: 'DOT',
  });
  if (!r.ok) throw new Error(r.error);
  agent = { id: r.id, role: 'agent', agencyCode: 'DOT' };
});

/** A closed pothole request whose resident agreed to updates: its survey token, from the outbox. */
async function closedWithSurvey() {
  const tn = await makeRequest('TRM-Potholes', {
    attr__POTHOLE_LOCATION: 'street',
    contactEmail: 'survey.resident@example.com',
    consent: 'yes',
  });
  expect((await changeRequest(agent, tn, 1, { kind: 'close', reason: 'resolved' })).ok).toBe(true);
  const db = await getDb();
  const [message] = await db
    .select({ payload: outbox.payload, requestId: outbox.requestId })
    .from(outbox)
    .innerJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
    .where(and(eq(serviceRequests.trackingNumber, tn), eq(outbox.kind, 'closed')));
  return { tn, token: message.payload.token, requestId: message.requestId! };
}

/** The request's satisfaction survey row. */
async function answer(requestId: number) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.requestId, requestId));
  return rows.find((r) => r.kind === 'satisfaction')!;
}

describe('satisfaction survey', () => {
  it('is answered once, with the token from the message; a second answer changes nothing', async () => {
    const { tn, token, requestId } = await closedWithSurvey();
    expect(await satisfactionStatus(tn, token)).toBe('open');
    expect(await recordSatisfaction(tn, token, 4, 'Quick work, thank you')).toBe('recorded');
    expect(await satisfactionStatus(tn, token)).toBe('answered');

    const first = await answer(requestId);
    expect([first.score, first.comment]).toEqual([4, 'Quick work, thank you']);
    expect(first.answeredAt).not.toBeNull();

    expect(await recordSatisfaction(tn, token, 1, 'Changed my mind')).toBe('answered');
    const again = await answer(requestId);
    expect([again.score, again.comment, +again.answeredAt!]).toEqual([
      4,
      'Quick work, thank you',
      +first.answeredAt!,
    ]);
  });

  it('a wrong token, another request’s token or no token is invalid, and records nothing', async () => {
    const a = await closedWithSurvey();
    const b = await closedWithSurvey();
    expect(await satisfactionStatus(a.tn, b.token)).toBe('invalid');
    expect(await satisfactionStatus(a.tn, `${a.token}x`)).toBe('invalid');
    expect(await satisfactionStatus(a.tn, '')).toBe('invalid');
    expect(await satisfactionStatus('BAL-99-999999', a.token)).toBe('invalid');
    expect(await recordSatisfaction(a.tn, b.token, 5, '')).toBe('invalid');
    expect(await satisfactionStatus(a.tn, a.token)).toBe('open');
    expect(await satisfactionStatus(b.tn, b.token)).toBe('open');
    expect((await answer(a.requestId)).answeredAt).toBeNull();
  });

  it('the schema refuses a score out of range, a long comment and markup', () => {
    const parse = (score: unknown, comment = '') =>
      satisfactionSchema.safeParse({ score, comment, token: 't' });
    for (const bad of ['0', '6', '4.5', '', 'five', undefined, '-1'])
      expect(parse(bad).success, String(bad)).toBe(false);
    expect(parse('').error?.issues[0].message).toBe('errors.scoreRequired');
    expect(parse('3').data).toEqual({ score: 3, comment: '', token: 't' });
    expect(parse(' 5 ', '  fine  ').data).toMatchObject({ score: 5, comment: 'fine' });
    expect(parse('5', 'x'.repeat(2000)).success).toBe(true);
    expect(parse('5', 'x'.repeat(2001)).error?.issues[0].message).toBe('errors.commentTooLong');
    expect(parse('5', 'see <a href="x">this</a>').error?.issues[0].message).toBe(
      'errors.commentMarkup',
    );
    expect(parse('5', 'it was < 2 days, 5 > 3').success).toBe(true);
  });

  it('the data function refuses a score the schema would refuse', async () => {
    const { tn, token } = await closedWithSurvey();
    await expect(recordSatisfaction(tn, token, 6, '')).rejects.toThrow(RangeError);
    expect(await satisfactionStatus(tn, token)).toBe('open');
  });
});
