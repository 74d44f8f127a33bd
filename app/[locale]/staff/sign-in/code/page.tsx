import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { currentSession } from '@/lib/auth/current';
import { CodeForm } from '../../security/_components/CodeForm';
import { codeFormCopy } from '../../security/_components/code-copy';
import { secondFactorAction } from '../actions';

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** After the password, for members with a second factor: the code from their app. */
export default async function SecondFactorPage({ params }: Props) {
  const locale = await localeFrom(params);
  const session = await currentSession();
  if (!session) redirect(`/${locale}/staff/sign-in`);
  if (session.stage !== 'second-factor') redirect(`/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: 'Security' });
  return (
    <CodeForm
      action={secondFactorAction.bind(null, locale)}
      numeric={false}
      copy={{
        ...(await codeFormCopy(locale)),
        pageTitle: await pageTitle(locale, t('codeTitle')),
        errorPageTitle: await pageTitle(locale, t('codeTitle'), true),
        label: t('codeLabel'),
        hint: t('codeHint'),
        submit: t('codeButton'),
      }}
      top={
        <>
          <h1>{t('codeTitle')}</h1>
          <p>{t('codeLead')}</p>
        </>
      }
      bottom={
        <p>
          <a href={`/${locale}/staff/sign-in`}>{t('startAgain')}</a>
        </p>
      }
    />
  );
}
