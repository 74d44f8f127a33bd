import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { getPublicRequest } from '@/lib/requests/queries';
import { TrackForm } from '@/components/form/TrackForm';
import { ErrorSummary } from '@/components/form/ErrorSummary';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ number?: string | string[] }>;
};

/** `?number=` as typed; repeated (`?number=a&number=b`), the first, as the form would send one. */
const numberOf = async (searchParams: Props['searchParams']) => {
  const { number } = await searchParams;
  return Array.isArray(number) ? number[0] : number;
};

/** Tracking lookup (GET form): a known number goes to its page; anything else explains why not. */
async function lookup(locale: string, number: string | undefined) {
  if (number === undefined) return { error: null };
  const normalized = normalizeTrackingNumber(number);
  if (!normalized) return { error: 'tracking.format' as const };
  if (!(await getPublicRequest(normalized, locale))) return { error: 'tracking.notFound' as const };
  redirect(`/${locale}/requests/${normalized}`);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const number = await numberOf(searchParams);
  return { title: await pageTitle(locale, t('lookupTitle'), number !== undefined) };
}

export default async function TrackLookupPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const number = await numberOf(searchParams);
  const { error } = await lookup(locale, number);
  const t = await getTranslations({ locale, namespace: 'Tracking' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const message = error ? tv(error) : undefined;
  return (
    <>
      {message ? (
        <ErrorSummary
          title={tf('errorSummaryTitle')}
          errors={[{ field: 'number', href: '#tracking-number', message }]}
        />
      ) : null}
      <h1>{t('lookupTitle')}</h1>
      <TrackForm locale={locale} defaultValue={number} error={message} />
    </>
  );
}
