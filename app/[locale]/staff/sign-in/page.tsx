import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { currentStaff } from '@/lib/auth/current';
import { oidcEnabled } from '@/lib/auth/oidc/client';
import { SSO_FAILURES } from '@/lib/auth/oidc/sign-in';
import type { Locale } from '@/lib/i18n/config';
import { signInAction } from './actions';
import { SignInForm, type SsoCopy } from './_components/SignInForm';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The form renders its own <title> ("Error: …" while it shows errors).
export const metadata: Metadata = { robots: { index: false } };

/** The single sign-on link when it is configured, with the reason a failed one came back. */
async function ssoCopy(locale: Locale, sso: unknown): Promise<SsoCopy | undefined> {
  if (!oidcEnabled()) return undefined;
  const t = await getTranslations({ locale, namespace: 'SingleSignOn' });
  const reason = SSO_FAILURES.find((r) => r === sso);
  return {
    href: `/api/staff/oidc/start?locale=${locale}`,
    button: t('button'),
    orPassword: t('orPassword'),
    errorTitle: t('errorTitle'),
    error: reason && t(reason),
  };
}

export default async function SignInPage({ params, searchParams }: Props) {
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
      sso={await ssoCopy(locale, (await searchParams).sso)}
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
