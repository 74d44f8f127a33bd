import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { reportFor, reportablePeriod } from '@/lib/metrics/queries';
import {
  columnsOf,
  csvColumnsOf,
  provenanceColumns,
  tableRows,
  toCsv,
  type TableName,
} from '@/lib/metrics/open-data';
import {
  isPlaceTable,
  placeColumnsOf,
  placeCsvColumnsOf,
  placeRows,
} from '@/lib/metrics/open-data-places';
import { catalogueNames } from '@/lib/services/queries';
import { requestDownload } from '@/lib/metrics/request-download';
import { definitionsOf } from '@/lib/metrics/open-data-definitions';

export const dynamic = 'force-dynamic';

/**
 * Open data: every table of the transparency page as CSV or JSON, e.g.
 * /api/performance/2027-h1/services.csv?agency=DOT&lang=es. JSON carries the definitions and
 * the period; both carry the time the figures were computed. Aggregates only: no personal data,
 * except requests.{csv,json}: the period's requests one per row, still without personal data
 * (lib/metrics/request-level.ts), streamed (lib/metrics/request-download.ts).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ period: string; file: string }> },
) {
  const { period: key, file } = await params;
  const m = /^(agencies|services|months|districts|zips|requests)\.(csv|json)$/.exec(file);
  const period = await reportablePeriod(key);
  if (!m) return new Response('Not found', { status: 404 });
  if (!period) {
    return new Response(
      `No figures for period "${key}": it is not a period (2027, 2027-h1, 2027-h2), it has not begun, or it ended before the records start.\n`,
      { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
    );
  }
  const table = m[1] as TableName | 'districts' | 'zips';
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang') ?? 'en';
  const locale = isLocale(lang) ? lang : 'en';
  const agency = url.searchParams.get('agency') || undefined;
  if (m[1] === 'requests') {
    const [names, td] = await Promise.all([
      catalogueNames(locale),
      getTranslations({ locale, namespace: 'OpenData' }),
    ]);
    if (agency && !names.agencies.has(agency)) return new Response('Not found', { status: 404 });
    return requestDownload({
      period,
      format: m[2] as 'csv' | 'json',
      names,
      agency,
      locale,
      t: td,
    });
  }

  const [data, names, t, td] = await Promise.all([
    reportFor(period),
    catalogueNames(locale),
    getTranslations({ locale, namespace: 'Performance' }),
    getTranslations({ locale, namespace: 'OpenData' }),
  ]);
  // Places are city-wide: no table of them by agency.
  if (agency && (isPlaceTable(table) || !data.agencies.some((a) => a.code === agency)))
    return new Response('Not found', { status: 404 });
  const rows = isPlaceTable(table)
    ? placeRows(data, table)
    : tableRows(
        data,
        table,
        {
          agency: (c) => names.agencies.get(c)?.text ?? c,
          service: (c) => names.services.get(c)?.text ?? c,
          city: t('cityRow'),
        },
        agency,
      );
  const columns = isPlaceTable(table) ? placeColumnsOf(table) : columnsOf(table);
  const headers = {
    'Cache-Control': 'public, max-age=60',
    'Access-Control-Allow-Origin': '*',
    'Last-Modified': data.computedAt.toUTCString(),
  };
  const name = `baltimore-311-${table}-${period.key}${agency ? `-${agency}` : ''}`;
  if (m[2] === 'csv') {
    const provenance = { period: period.key, computedAt: data.computedAt, demo: data.demo };
    const stamped = rows.map((r) => ({
      ...r,
      ...Object.fromEntries(provenanceColumns.map((c) => [c.key, c.value(provenance)])),
    }));
    return new Response(
      toCsv(
        (isPlaceTable(table) ? placeCsvColumnsOf(table) : csvColumnsOf(table)).map((c) => c.key),
        stamped,
      ),
      {
        headers: {
          ...headers,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.csv"`,
        },
      },
    );
  }
  return Response.json(
    {
      table,
      period: data.period,
      agency: agency ?? null,
      computedAt: data.computedAt.toISOString(),
      // An ended period: the figures as published, and what a recomputation changed since.
      publishedAt: data.publishedAt?.toISOString() ?? null,
      corrections: data.corrections,
      correctedAt: data.correctedAt?.toISOString() ?? null,
      demo: data.demo,
      methodology: `/${locale}/performance/methodology`,
      // The columns' definitions in the reader's language (?lang, English by default).
      definitions: definitionsOf(td, columns),
      rows,
    },
    { headers },
  );
}
