'use server';

import { notFound } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { fieldErrors } from '@/lib/requests/schema';
import { TRACKING_NUMBER } from '@/lib/requests/tracking-number';
import { COMMENT_MAX, satisfactionSchema } from '@/lib/surveys/satisfaction-schema';
import { recordSatisfaction, satisfactionStatus } from '@/lib/surveys/satisfaction';
import { boundText, nextSeq, postedForm } from '@/lib/http/action-args';

export type SurveyState = {
  status: 'open' | 'recorded' | 'answered' | 'invalid';
  /** Field → message key in the Feedback namespace. */
  errors: Record<string, string>;
  /** What was sent, shown again with the errors (never the token: the form still has it). */
  score: string;
  comment: string;
  seq: number;
};

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/**
 * The satisfaction survey as a plain form (works without JavaScript). The status is checked
 * before the answer is: a replayed or second submission, even an empty one, is told "already
 * answered" and changes nothing.
 */
export async function answerSurvey(
  locale: string,
  trackingNumber: string,
  prev: SurveyState,
  data: FormData,
): Promise<SurveyState> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale) || !TRACKING_NUMBER.test(boundText(trackingNumber, 40))) notFound();
  postedForm(data);
  const seq = nextSeq(prev);
  const done = (status: SurveyState['status']) => ({
    status,
    errors: {},
    score: '',
    comment: '',
    seq,
  });
  const token = text(data.get('token'));
  const status = await satisfactionStatus(trackingNumber, token);
  if (status !== 'open') return done(status);

  const parsed = satisfactionSchema.safeParse({
    score: data.get('score'),
    comment: data.get('comment'),
    token,
  });
  if (!parsed.success) {
    return {
      status: 'open',
      errors: fieldErrors(parsed.error),
      score: text(data.get('score')).slice(0, 2),
      // Kept so nothing typed is lost, within reason.
      comment: text(data.get('comment')).slice(0, COMMENT_MAX * 4),
      seq,
    };
  }
  const { score, comment } = parsed.data;
  return done(await recordSatisfaction(trackingNumber, token, score, comment));
}
