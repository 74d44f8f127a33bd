import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/server';
import { serviceForRoute } from '@/lib/services/route';
import { servicePath } from '@/lib/services/paths';

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, service } = await serviceForRoute(params);
  return { title: await pageTitle(locale, service.name), description: service.description };
}

export default async function ServicePage({ params }: Props) {
  const { locale, service } = await serviceForRoute(params);
  const t = await getTranslations({ locale, namespace: 'Service' });
  const { target } = service;
  return (
    <>
      <p className="muted">{service.categoryName}</p>
      <h1 lang={service.nameLang === locale ? undefined : service.nameLang}>{service.name}</h1>
      <h2>{t('whatFor')}</h2>
      <p>{service.description}</p>
      <h2>{t('whatNext')}</h2>
      <p>{service.expect}</p>
      <p>{t('agency', { agency: service.agencyName })}</p>
      <h2>{t('targetHeading')}</h2>
      {target ? (
        <div className="inset">
          <p>
            <strong>{t('target', { days: target.daysToClose, dayType: target.dayType })}</strong>
          </p>
          <p>{t('targetGoal', { fy: target.fiscalYear, pct: target.onTimeGoalPct })}</p>
        </div>
      ) : (
        <p>{t('noTarget')}</p>
      )}
      <p>{t('beforeYouStart')}</p>
      <Link href={servicePath(locale, service.code, '/request')} className="btn btn-primary">
        {t('start')}
      </Link>
    </>
  );
}
