import 'server-only';
import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { pageTitle } from '@/lib/i18n/server';
import type { ServiceDetail } from '@/lib/services/types';
// The resident form's messages for the same schema: one wording of each problem, per question.
import { journeyCopy } from '@/app/[locale]/(resident)/services/[code]/request/copy';
import type { IntakeCopy } from './_components/intake-types';

/** The intake form's strings: the resident form's, with a call taker's words where they differ. */
export async function intakeCopy(
  locale: Locale,
  service: ServiceDetail,
  title: string,
): Promise<IntakeCopy> {
  const journey = await journeyCopy(locale, service);
  const t = await getTranslations({ locale, namespace: 'Intake' });
  const ui = journey.ui;
  const location = {
    'location.invalid': t('validation.locationInvalid'),
    'location.outsideCity': t('validation.outsideCity'),
  };
  const errors: IntakeCopy['errors'] = {
    ...journey.errors,
    // The resident's wording speaks of "your current location" and "send you updates".
    lat: { ...journey.errors.lat, ...location },
    long: location,
    contactEmail: {
      ...journey.errors.contactEmail,
      'consent.needsContact': t('validation.needsContact'),
    },
    callerConsent: {
      'intake.consentRequired': t('validation.consentRequired'),
      'intake.contactWithoutConsent': t('validation.contactWithoutConsent'),
    },
    service: { 'intake.serviceGone': t('validation.serviceGone') },
  };
  return {
    pageTitle: await pageTitle(locale, title),
    errorPageTitle: await pageTitle(locale, title, true),
    summaryTitle: ui.errorSummaryTitle,
    errorPrefix: ui.errorPrefix,
    errors,
    optionalLabel: ui.optionalLabel,
    text: {
      questionsHeading: ui.questionsHeading,
      locationHeading: ui.locationHeading,
      addressLabel: ui.addressLabel,
      addressHint: ui.addressHint,
      zipLabel: ui.zipLabel,
      zipHint: ui.zipHint,
      landmarkLabel: ui.landmarkLabel,
      landmarkHint: ui.landmarkHint,
      latLabel: t('latLabel'),
      latHint: t('latHint'),
      longLabel: t('longLabel'),
      longHint: t('longHint'),
      descriptionLabel: ui.descriptionLabel,
      descriptionHint: ui.descriptionHint,
      callerHeading: t('callerHeading'),
      languageLabel: t('languageLabel'),
      languageHint: t('languageHint'),
      consentLegend: t('consentLegend'),
      consentHint: t('consentHint'),
      consentYes: t('consentYes'),
      consentNo: t('consentNo'),
      contactHint: t('contactHint'),
      nameLabel: ui.nameLabel,
      emailLabel: ui.emailLabel,
      phoneLabel: ui.phoneLabel,
      phoneHint: ui.phoneHint,
      submit: t('submit'),
    },
    languages: locales.map((l) => ({ value: l, label: localeNames[l] })),
    today: journey.today,
  };
}
