import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { currentStaff } from '@/lib/auth/current';
import { signInAction } from './actions';
import { SignInForm } from './_components/SignInForm';

type Props = { params: Promise<{ locale: string }> };

// The form renders its own <title> ("Error: …" while it shows errors).
export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({ params }: Props) {
  const locale = await localeFrom(params);
  if (await currentStaff()) redirect(`/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const keys = [
    'signIn.emailRequired',
    'signIn.passwordRequired',
    'signIn.invalid',
    'signIn.throttled',
  ] as const;
  return (
    <SignInForm
      action={signInAction.bind(null, locale)}
      copy={{
        title: t('signInTitle'),
        lead: t('signInLead'),
        email: t('emailLabel'),
        password: t('passwordLabel'),
        submit: t('signInButton'),
        summaryTitle: tf('errorSummaryTitle'),
        errorPrefix: tf('errorPrefix'),
        errorPageTitle: await pageTitle(locale, t('signInTitle'), true),
        pageTitle: await pageTitle(locale, t('signInTitle')),
        errors: Object.fromEntries(keys.map((k) => [k, tv(k)])),
      }}
    />
  );
}
