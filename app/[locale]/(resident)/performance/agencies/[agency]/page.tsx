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
import { performanceView } from '../../_components/view';
import {
  Downloads,
  HeadlineFigures,
  PublishedNote,
  ServicesJudged,
  PeriodNav,
  ServiceTable,
  YearOverYear,
} from '../../_components/Sections';
import { decodeParam } from '@/lib/http/bad-address';

type Props = {
  params: Promise<{ locale: string; agency: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { agency } = await params;
  const raw = (await searchParams).period;
  const period = await reportablePeriod(typeof raw === 'string' ? raw : undefined);
  if (!period) notFound();
  const data = await reportFor(period);
  const figures = data.agencies.find((a) => a.code === decodeParam(agency));
  if (!figures) notFound();
  return { locale, period, data, figures };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, period, figures } = await resolve(props);
  const v = await performanceView(locale);
  return {
    title: await pageTitle(
      locale,
      v.t('agencyTitle', { agency: v.agency(figures.code).text, period: v.periodName(period) }),
    ),
  };
}

/** One agency's report for a period — the twice-yearly report, laid out to print. */
export default async function AgencyReportPage(props: Props) {
  const { locale, period, data, figures } = await resolve(props);
  const [v, before] = await Promise.all([performanceView(locale), yearEarlierFor(period)]);
  const agency = v.agency(figures.code);
  const services = data.services.filter((s) => s.agencyCode === figures.code);
  const setDates = services.flatMap((s) => (s.target ? [s.target.setAt] : [])).sort();
  const name = v.periodName(period);
  const file = (table: string, ext: string) =>
    `/api/performance/${period.key}/${table}.${ext}?lang=${locale}&agency=${encodeURIComponent(figures.code)}`;
  return (
    <div className="layout-wide">
      <p className="no-print">
        <a href={`/${locale}/performance?period=${period.key}`}>{v.t('backToAll')}</a>
      </p>
      <h1>
        <span lang={v.lang(agency.lang)}>{agency.text}</span>: {name}
      </h1>
      {data.demo ? (
        <p className="demo-banner" role="note">
          {v.t('demoBanner')}
        </p>
      ) : null}
      <p>{v.t('agencyLead', { agency: agency.text, fy: period.fiscalYear })}</p>
      <PeriodNav
        v={v}
        periods={await reportablePeriods()}
        current={period.key}
        href={(k) =>
          `/${locale}/performance/agencies/${encodeURIComponent(figures.code)}?period=${k}`
        }
      />
      <p>
        {v.t('asOf', {
          period: name,
          range: v.periodRange(period),
          updated: v.dateTime(data.computedAt),
        })}{' '}
        <a href={`/${locale}/performance/methodology`}>{v.t('methodologyLink')}</a>
      </p>
      <PublishedNote
        v={v}
        report={{
          ...data,
          // This agency's services only (the city's totals are on the main page).
          corrections: data.corrections.filter((c) => services.some((x) => x.code === c.scope)),
        }}
      />
      {setDates.length ? (
        <p>
          {v.date(setDates[0]) === v.date(setDates[setDates.length - 1])
            ? v.t('targetSetOn', { fy: period.fiscalYear, date: v.date(setDates[0]) })
            : v.t('targetSet', {
                fy: period.fiscalYear,
                first: v.date(setDates[0]),
                last: v.date(setDates[setDates.length - 1]),
              })}
        </p>
      ) : null}
      <p className="muted no-print">{v.t('printHint')}</p>
      <ServicesJudged v={v} f={figures} />
      <HeadlineFigures v={v} f={figures} />
      <YearOverYear
        v={v}
        now={figures}
        before={before ? (before.agencies.find((a) => a.code === figures.code) ?? null) : null}
        period={period}
        earlier={yearEarlier(period)}
      />
      <h2>{v.t('servicesHeading')}</h2>
      <ServiceTable
        v={v}
        id="services-table"
        caption={v.t('servicesCaption', { period: `${agency.text}, ${name}` })}
        services={services}
      />
      <Downloads v={v} table="services" href={file} />
    </div>
  );
}
