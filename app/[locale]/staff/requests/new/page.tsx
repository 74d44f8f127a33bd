import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { canTakeCalls } from '@/lib/intake/access';
import { intakeService, intakeServices } from '@/lib/intake/queries';
import { intakeAction } from './actions';
import { intakeCopy } from './copy';
import { IntakeForm } from './_components/IntakeForm';
import { ServiceChoice } from './_components/ServiceChoice';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ service?: string | string[] }>;
};

/** The page's actor and, once chosen (`?service=`), the service with its questions. */
async function load({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  // Not offered to anyone who may not take calls: the page does not confirm it exists.
  if (!canTakeCalls(user)) notFound();
  const raw = (await searchParams).service;
  const code = typeof raw === 'string' ? raw.trim().slice(0, 200) : null;
  const service = code ? await intakeService(user, code, locale) : null;
  const error =
    code === null || service ? null : code === '' ? 'serviceRequired' : ('serviceGone' as const);
  return { locale, user, code, service, error } as const;
}

// The form renders its own <title> ("Error: …" while it shows errors); the choice step has this.
export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, service, error } = await load(props);
  if (service) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'Intake' });
  return { title: await pageTitle(locale, t('title'), Boolean(error)), robots: { index: false } };
}

/**
 * A request for a resident who phoned 311: choose the service, then the resident form's
 * questions and the caller's language, consent and contact details (lib/intake).
 */
export default async function PhoneIntakePage(props: Props) {
  const { locale, user, code, service, error } = await load(props);
  const t = await getTranslations({ locale, namespace: 'Intake' });
  const ts = await getTranslations({ locale, namespace: 'Triage' });
  const back = (
    <p>
      <Link href={`/${locale}/staff`}>{ts('backToQueue')}</Link>
    </p>
  );
  if (!service) {
    return (
      <>
        {back}
        <ServiceChoice
          locale={locale}
          services={await intakeServices(user, locale)}
          chosen={code ?? ''}
          error={error}
        />
      </>
    );
  }
  const title = t('formTitle', { service: service.name });
  return (
    <IntakeForm
      action={intakeAction.bind(null, locale, service.code)}
      // A new key each time the form is opened; every retry of this form reuses it.
      initial={{ idempotencyKey: randomUUID(), contactLanguage: locale }}
      attributes={service.attributes}
      copy={await intakeCopy(locale, service, title)}
      labelledBy="intake-heading"
    >
      {back}
      <span className="muted">{t('caption')}</span>
      <h1 id="intake-heading">{title}</h1>
      <p>{t('agencyLine', { agency: service.agencyName })}</p>
      <p>
        <Link href={`/${locale}/staff/requests/new`}>{t('changeService')}</Link>
      </p>
    </IntakeForm>
  );
}
