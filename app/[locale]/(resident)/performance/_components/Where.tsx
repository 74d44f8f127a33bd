import { getTranslations } from 'next-intl/server';
import type { PlaceFigures, Places } from '@/lib/metrics/geography';
import { ZIPS_CROSSING_CITY_LINE } from '@/lib/geo/zips';
import { BarChart } from './BarChart';
import { Downloads } from './Sections';
import { Scroll } from './StackTable';
import type { PerformanceView } from './view';
import { formatLocale } from '@/lib/i18n/format-locale';

type Href = (table: 'districts' | 'zips', ext: 'csv' | 'json') => string;

/**
 * "Where": the period's figures by council district (a chart sorted by rate, then its data
 * table) and by ZIP code, with their downloads. Its own message namespace (Where) so the
 * section can move on the page without touching the others.
 */
export async function Where({
  v,
  places,
  period,
  methodHref,
  href,
}: {
  v: PerformanceView;
  places: Places;
  period: string;
  methodHref: string;
  href: Href;
}) {
  const t = await getTranslations({ locale: v.locale, namespace: 'Where' });
  const rate = new Intl.NumberFormat(formatLocale(v.locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const fmtRate = (x: number | null) => (x === null ? v.t('noData') : rate.format(x));
  const districtName = (p: string | null) =>
    p === null ? t('unknownDistrict') : t('district', { n: Number(p) });
  const zipName = (p: string | null) => (p === null ? t('unknownZip') : p);
  const zipRate = (f: PlaceFigures) =>
    f.place !== null && ZIPS_CROSSING_CITY_LINE.has(f.place)
      ? t('crossesLine')
      : fmtRate(f.perThousand);

  const ranked = places.districts
    .filter((d) => d.place !== null && d.perThousand !== null)
    .sort((a, b) => b.perThousand! - a.perThousand! || Number(a.place) - Number(b.place));
  const unknown = places.districts.find((d) => d.place === null)?.received ?? 0;
  const [top, bottom] = [ranked[0], ranked[ranked.length - 1]];
  const title =
    top && top.received > 0
      ? t('chartTitle', {
          top: districtName(top.place),
          topRate: fmtRate(top.perThousand),
          bottom: districtName(bottom.place),
          bottomRate: fmtRate(bottom.perThousand),
        })
      : t('chartTitleNone');

  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">{t('heading')}</h2>
      <p>
        {t('lead')} <a href={methodHref}>{t('methodLink')}</a>
      </p>
      <BarChart
        id="districts-chart"
        title={title}
        summary={t('chartSummary', { unknown })}
        bars={ranked.map((d) => ({
          label: districtName(d.place),
          values: [
            {
              value: d.perThousand,
              text: t('chartValue', {
                rate: fmtRate(d.perThousand),
                received: v.count(d.received),
              }),
            },
          ],
        }))}
        max={Math.max(0, ...ranked.map((d) => d.perThousand ?? 0))}
        series={[t('colPerThousand')]}
        tableId="districts-table"
        tableLink={v.t('tableLink')}
      />
      <PlaceTable
        v={v}
        id="districts-table"
        caption={t('districtsCaption', { plan: places.plan, period })}
        placeHeading={t('colDistrict')}
        rows={places.districts}
        name={districtName}
        rate={(f) => fmtRate(f.perThousand)}
        t={t}
      />
      <Downloads v={v} name={t('tableDistricts')} table="districts" href={href} />
      <PlaceTable
        v={v}
        id="zips-table"
        caption={t('zipsCaption', { period })}
        placeHeading={t('colZip')}
        rows={places.zips}
        name={zipName}
        rate={zipRate}
        t={t}
      />
      <Downloads v={v} name={t('tableZips')} table="zips" href={href} />
    </section>
  );
}

function PlaceTable({
  v,
  id,
  caption,
  placeHeading,
  rows,
  name,
  rate,
  t,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  placeHeading: string;
  rows: PlaceFigures[];
  name: (place: string | null) => string;
  rate: (f: PlaceFigures) => string;
  t: Awaited<ReturnType<typeof getTranslations<'Where'>>>;
}) {
  return (
    <Scroll v={v} caption={caption}>
      <table className="table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{placeHeading}</th>
            <th scope="col" className="num">
              {v.t('colReceived')}
            </th>
            <th scope="col" className="num">
              {t('colPerThousand')}
            </th>
            <th scope="col" className="num">
              {v.t('colOnTime')}
            </th>
            <th scope="col" className="num">
              {v.t('colMedian')}
            </th>
            <th scope="col" className="num">
              {v.t('colClosed')}
            </th>
            <th scope="col" className="num">
              {v.t('colOpen')}
            </th>
            <th scope="col" className="num">
              {v.t('colOverdue')}
            </th>
            <th scope="col" className="num">
              {t('colPopulation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.place ?? 'unknown'} data-code={f.place ?? 'unknown'}>
              <th scope="row">{name(f.place)}</th>
              <td className="num" data-col="received">
                {v.count(f.received)}
              </td>
              <td className="num" data-col="requests_per_1000_residents">
                {rate(f)}
              </td>
              <td className="num" data-col="on_time_pct">
                {v.pct(f.onTimePct)}
              </td>
              <td className="num" data-col="median_days_to_close">
                {v.days(f.medianDays)}
              </td>
              <td className="num" data-col="closed">
                {v.count(f.closed)}
              </td>
              <td className="num" data-col="open">
                {v.count(f.open)}
              </td>
              <td className="num" data-col="overdue">
                {v.count(f.overdue)}
              </td>
              <td className="num" data-col="population_2020">
                {f.population === null ? v.t('noData') : v.count(f.population)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
