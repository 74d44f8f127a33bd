import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { TRACKING_NUMBER } from '@/lib/requests/tracking-number';
import { SCORES } from '@/lib/surveys/satisfaction-schema';
import { satisfactionStatus } from '@/lib/surveys/satisfaction';
import { answerSurvey } from './actions';
import { SurveyForm } from './_components/SurveyForm';

type Props = {
  params: Promise<{ locale: string; trackingNumber: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
};

// The form renders the <title> (it changes with errors and after answering). The address holds
// the survey token: keep it out of search engines and out of the Referer of any link followed.
export const metadata: Metadata = { robots: { index: false }, referrer: 'same-origin' };

/** The satisfaction survey, reached from the message sent when the request was closed. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { trackingNumber } = await params;
  const { token: raw } = await searchParams;
  const token = typeof raw === 'string' ? raw : '';
  if (!TRACKING_NUMBER.test(trackingNumber)) notFound();
  // Unknown request and wrong token look the same (not-found.tsx beside this page).
  const status = await satisfactionStatus(trackingNumber, token);
  if (status === 'invalid') notFound();

  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const scoreLabels: Record<(typeof SCORES)[number], string> = {
    '5': t('score5'),
    '4': t('score4'),
    '3': t('score3'),
    '2': t('score2'),
    '1': t('score1'),
  };
  return (
    <SurveyForm
      action={answerSurvey.bind(null, locale, trackingNumber)}
      initial={status}
      token={token}
      trackHref={`/${locale}/requests/${trackingNumber}`}
      copy={{
        pageTitle: await pageTitle(locale, t('title')),
        errorPageTitle: await pageTitle(locale, t('title'), true),
        title: t('title'),
        lead: t('lead', { trackingNumber }),
        privacy: t('privacy'),
        scoreLegend: t('scoreLegend'),
        scores: SCORES.map((value) => ({ value, label: scoreLabels[value] })),
        commentLabel: t('commentLabel'),
        commentHint: t('commentHint'),
        submit: t('submit'),
        summaryTitle: tf('errorSummaryTitle'),
        errorPrefix: tf('errorPrefix'),
        errors: {
          'errors.scoreRequired': t('errors.scoreRequired'),
          'errors.commentTooLong': t('errors.commentTooLong'),
          'errors.commentMarkup': t('errors.commentMarkup'),
        },
        trackLink: t('trackLink', { trackingNumber }),
        outcomes: {
          recorded: {
            pageTitle: await pageTitle(locale, t('thanksTitle')),
            title: t('thanksTitle'),
            body: t('thanksBody'),
          },
          answered: {
            pageTitle: await pageTitle(locale, t('answeredTitle')),
            title: t('answeredTitle'),
            body: t('answeredBody'),
          },
          invalid: {
            pageTitle: await pageTitle(locale, t('invalidTitle')),
            title: t('invalidTitle'),
            body: t('invalidBody'),
          },
        },
      }}
    />
  );
}
