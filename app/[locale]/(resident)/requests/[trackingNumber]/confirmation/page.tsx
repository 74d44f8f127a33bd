import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { getPublicRequest } from '@/lib/requests/queries';
import { easeStatus } from '@/lib/surveys/commands';
import { Bidi } from '@/components/data/Bidi';
import { ChoiceGroup } from '@/components/form/ChoiceGroup';
import { ErrorSummary } from '@/components/form/ErrorSummary';
import { rateEase } from './actions';

type Props = {
  params: Promise<{ locale: string; trackingNumber: string }>;
  searchParams: Promise<{ token?: string | string[]; error?: string | string[] }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Confirmation' });
  return { title: await pageTitle(locale, t('title'), Boolean((await searchParams).error)) };
}

export default async function ConfirmationPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { trackingNumber } = await params;
  // Repeated parameters (`?token=a&token=b`) arrive as arrays: only a single value counts.
  const query = await searchParams;
  const token = typeof query.token === 'string' ? query.token : '';
  const error = typeof query.error === 'string' ? query.error : undefined;
  const request = await getPublicRequest(trackingNumber, locale);
  if (!request) notFound();
  const t = await getTranslations({ locale, namespace: 'Confirmation' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const format = await getFormatter({ locale });
  const ease = await easeStatus(trackingNumber, token);
  const scoreError = error === 'score' && ease === 'open' ? tv('rating.required') : null;

  return (
    <>
      {scoreError ? (
        <ErrorSummary
          title={tf('errorSummaryTitle')}
          errors={[{ field: 'score', href: '#score', message: scoreError }]}
        />
      ) : null}
      <div className="panel-confirmation">
        <h1>{t('title')}</h1>
        <p>{t('trackingLabel')}</p>
        <p className="tracking-number">
          <Bidi ltr>{request.trackingNumber}</Bidi>
        </p>
      </div>
      <p>{t('keepNumber')}</p>
      <h2>{t('nextHeading')}</h2>
      <p>{request.serviceExpect}</p>
      {request.dueAt ? (
        <p>{t('dueBy', { date: format.dateTime(request.dueAt, { dateStyle: 'full' }) })}</p>
      ) : null}
      <p>{t('updates')}</p>
      <ul className="link-list">
        <li>
          <Link href={`/${locale}/requests/${request.trackingNumber}`}>{t('trackLink')}</Link>
        </li>
        <li>
          <Link href={`/${locale}`}>{t('anotherLink')}</Link>
        </li>
      </ul>

      {ease === 'open' ? (
        <form action={rateEase.bind(null, locale, request.trackingNumber)} id="ease">
          <input type="hidden" name="token" value={token} />
          <ChoiceGroup
            name="score"
            type="radio"
            legend={t('easeLegend')}
            hint={t('easeHint')}
            error={scoreError}
            errorPrefix={tf('errorPrefix')}
            options={[5, 4, 3, 2, 1].map((n) => ({
              value: String(n),
              label: t(`ease${n}` as 'ease1'),
            }))}
          />
          <button type="submit" className="btn btn-outline-primary">
            {t('easeSubmit')}
          </button>
        </form>
      ) : ease === 'answered' ? (
        <p id="ease" className="inset" role="status">
          {t('easeThanks')}
        </p>
      ) : null}
    </>
  );
}
