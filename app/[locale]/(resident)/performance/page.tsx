import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { yearEarlier } from '@/lib/metrics/periods';
import {
  reportFor,
  reportablePeriod,
  reportablePeriods,
  yearEarlierFor,
} from '@/lib/metrics/queries';
import { performanceView } from './_components/view';
import {
  AgencyChart,
  AgencyTable,
  Downloads,
  HeadlineFigures,
  PublishedNote,
  ServicesJudged,
  MonthChart,
  MonthTable,
  PartialMonthNote,
  PeriodNav,
  ServiceTable,
  YearOverYear,
} from './_components/Sections';
import { Where } from './_components/Where';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const raw = (await searchParams).period;
  const period = await reportablePeriod(typeof raw === 'string' ? raw : undefined);
  if (!period) notFound();
  return { locale, period };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, period } = await resolve(props);
  const v = await performanceView(locale);
  return { title: await pageTitle(locale, `${v.t('title')}: ${v.periodName(period)}`) };
}

/**
 * The transparency page: targets against actuals for a period (a stable URL per period), with
 * server-rendered charts, their data tables and open-data downloads. No JavaScript needed.
 */
export default async function PerformancePage(props: Props) {
  const { locale, period } = await resolve(props);
  const [v, data, before] = await Promise.all([
    performanceView(locale),
    reportFor(period),
    yearEarlierFor(period),
  ]);
  const name = v.periodName(period);
  const file = (table: string, ext: string) =>
    `/api/performance/${period.key}/${table}.${ext}?lang=${locale}`;
  return (
    <div className="layout-wide">
      <h1>{v.t('title')}</h1>
      {data.demo ? (
        <p className="demo-banner" role="note">
          {v.t('demoBanner')}
        </p>
      ) : null}
      <p>{v.t('lead')}</p>
      <PeriodNav
        v={v}
        periods={await reportablePeriods()}
        current={period.key}
        href={(k) => `/${locale}/performance?period=${k}`}
      />
      <p>
        {v.t('asOf', {
          period: name,
          range: v.periodRange(period),
          updated: v.dateTime(data.computedAt),
        })}{' '}
        <a href={`/${locale}/performance/methodology`}>{v.t('methodologyLink')}</a>
      </p>
      <p className="muted">{v.t('noPersonalData')}</p>
      <PublishedNote v={v} report={data} />

      <ServicesJudged v={v} f={data.city} />
      <HeadlineFigures v={v} f={data.city} />
      <YearOverYear
        v={v}
        now={data.city}
        before={before?.city ?? null}
        period={period}
        earlier={yearEarlier(period)}
      />

      <h2>{v.t('agenciesHeading')}</h2>
      <AgencyChart
        v={v}
        agencies={data.agencies}
        services={data.services}
        tableId="agencies-table"
      />
      <AgencyTable
        v={v}
        id="agencies-table"
        caption={v.t('agenciesCaption', { period: name })}
        agencies={data.agencies}
        reportHref={(code) => `/${locale}/performance/agencies/${code}?period=${period.key}`}
      />
      <Downloads v={v} table="agencies" href={file} />

      <h2>{v.t('servicesHeading')}</h2>
      <ServiceTable
        v={v}
        id="services-table"
        caption={v.t('servicesCaption', { period: name })}
        services={data.services}
      />
      <Downloads
        v={v}
        table="services"
        href={file}
        requests={{ csv: file('requests', 'csv'), json: file('requests', 'json') }}
      />

      <h2>{v.t('monthsHeading')}</h2>
      <PartialMonthNote v={v} period={data.period} months={data.months} />
      <MonthChart v={v} period={data.period} months={data.months} tableId="months-table" />
      <MonthTable
        v={v}
        id="months-table"
        caption={v.t('monthsCaption', { period: name })}
        period={data.period}
        months={data.months}
      />
      <Downloads v={v} table="months" href={file} />

      <Where
        v={v}
        places={data.places}
        period={name}
        methodHref={`/${locale}/performance/methodology#where`}
        href={file}
      />
    </div>
  );
}
