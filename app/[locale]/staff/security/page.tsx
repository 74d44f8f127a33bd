import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { currentSession } from '@/lib/auth/current';
import { enrolmentSecret, recoveryCodesLeft } from '@/lib/auth/second-factor';
import { signOutAction } from '../actions';
import { Notice } from '../admin/_components/Notice';
import { securityCodeAction } from './actions';
import { CodeForm } from './_components/CodeForm';
import { codeFormCopy } from './_components/code-copy';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false } };

/** The setup key in groups of four, as authenticator apps show and accept it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)!.join(' ');

/**
 * A member's two-step verification: set it up (required for admins and supervisors, who are
 * sent here until they do), or, once on, see how many recovery codes are left and make new ones.
 */
export default async function SecurityPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const session = await currentSession();
  if (!session) redirect(`/${locale}/staff/sign-in`);
  if (session.stage === 'second-factor') redirect(`/${locale}/staff/sign-in/code`);
  const { user } = session;
  const t = await getTranslations({ locale, namespace: 'Security' });
  const title = session.secondFactorSince ? t('onTitle') : t('setupTitle');
  const copy = {
    ...(await codeFormCopy(locale)),
    pageTitle: await pageTitle(locale, title),
    errorPageTitle: await pageTitle(locale, title, true),
    label: t('codeLabel'),
    hint: null,
  };
  const signOut = (
    <form action={signOutAction.bind(null, locale)}>
      <button type="submit" className="btn btn-outline-primary">
        {(await getTranslations({ locale, namespace: 'Staff' }))('signOut')}
      </button>
    </form>
  );

  if (!session.secondFactorSince) {
    const setup = await enrolmentSecret(user.id);
    if (!setup) redirect(`/${locale}/staff/sign-in`);
    // An SVG image, drawn on the server: no script, and sharp at any zoom.
    const svg = await QRCode.toString(setup.uri, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    return (
      <CodeForm
        action={securityCodeAction.bind(null, locale)}
        intent="enrol"
        numeric
        copy={{ ...copy, submit: t('confirmButton') }}
        top={
          <>
            <h1>{title}</h1>
            <p>{session.stage === 'enrol' ? t('setupRequired') : t('setupOptional')}</p>
            <ol className="setup-steps">
              <li>{t('setupStep1')}</li>
              <li>
                <p>{t('setupStep2')}</p>
                {/* eslint-disable-next-line @next/next/no-img-element -- a data: URI, no optimisation to gain */}
                <img
                  className="qr-code"
                  src={`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`}
                  alt={t('qrAlt')}
                  width={200}
                  height={200}
                />
                <p>{t('keyIntro')}</p>
                <p className="setup-key" translate="no">
                  {grouped(setup.secret)}
                </p>
              </li>
              <li>{t('setupStep3')}</li>
            </ol>
          </>
        }
        bottom={
          session.stage === 'enrol' ? (
            signOut
          ) : (
            <BackToQueue locale={locale} label={t('backToQueue')} />
          )
        }
      />
    );
  }

  const format = await getFormatter({ locale });
  const left = await recoveryCodesLeft(user.id);
  const { used } = await searchParams;
  return (
    <CodeForm
      action={securityCodeAction.bind(null, locale)}
      intent="renew"
      numeric
      copy={{ ...copy, submit: t('renewButton') }}
      top={
        <>
          {used === 'recovery' ? (
            <Notice>
              <p>{t('usedRecovery')}</p>
            </Notice>
          ) : null}
          <h1>{title}</h1>
          <p>
            {t('onSince', {
              date: format.dateTime(session.secondFactorSince, { dateStyle: 'long' }),
            })}
          </p>
          <p>{t('codesLeft', { count: left })}</p>
          <p>{t('lostPhone')}</p>
          <h2>{t('renewHeading')}</h2>
          <p>{t('renewLead')}</p>
        </>
      }
      bottom={<BackToQueue locale={locale} label={t('backToQueue')} />}
    />
  );
}

function BackToQueue({ locale, label }: { locale: string; label: string }) {
  return (
    <p>
      <a href={`/${locale}/staff`}>{label}</a>
    </p>
  );
}
