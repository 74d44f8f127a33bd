import type { AgencyFigures, Figures, MonthFigures, ServiceFigures } from '@/lib/metrics/aggregate';
import type { Report } from '@/lib/metrics/queries';
import { MIN_CLOSURES } from '@/lib/metrics/definitions';
import type { Period } from '@/lib/metrics/periods';
import type { TableName } from '@/lib/metrics/open-data';
import { BarChart } from './BarChart';
import type { PerformanceView } from './view';

/** Links to every period with data; the current one marked for assistive technology too. */
export function PeriodNav({
  v,
  periods,
  current,
  href,
}: {
  v: PerformanceView;
  periods: Period[];
  current: string;
  href: (key: string) => string;
}) {
  return (
    <nav className="period-nav" aria-label={v.t('periodNav')}>
      <ul>
        {periods.map((p) => (
          <li key={p.key}>
            <a href={href(p.key)} aria-current={p.key === current ? 'page' : undefined}>
              {v.periodName(p)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * "16 of 43 services met their on-time target", and how many had too few closures to judge
 * (they are in neither number: lib/metrics/definitions.ts MIN_CLOSURES).
 */
export function ServicesJudged({
  v,
  f,
}: {
  v: PerformanceView;
  f: { servicesMet: number; servicesMeasured: number; servicesTooFew: number };
}) {
  return (
    <>
      <h2>
        {f.servicesMeasured
          ? v.t('headline', { met: f.servicesMet, measured: f.servicesMeasured })
          : v.t('headlineNone')}
      </h2>
      {f.servicesTooFew ? (
        <p>{v.t('headlineTooFew', { count: f.servicesTooFew, min: MIN_CLOSURES })}</p>
      ) : null}
    </>
  );
}

/** Corrections listed on the page; the rest are counted (all are in the JSON download). */
const MAX_CORRECTIONS = 20;

/**
 * An ended period shows its figures as published; when a recomputation no longer agrees (a
 * request reopened, a closure recorded late), a dated note lists what changed, both values.
 */
export function PublishedNote({
  v,
  report,
}: {
  v: PerformanceView;
  report: Pick<Report, 'publishedAt' | 'corrections' | 'correctedAt'>;
}) {
  if (!report.publishedAt) return null;
  const shown = report.corrections.slice(0, MAX_CORRECTIONS);
  return (
    <>
      <p>{v.t('publishedOn', { date: v.dateTime(report.publishedAt) })}</p>
      {shown.length && report.correctedAt ? (
        <div className="inset" role="note" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{v.t('correctionsHeading')}</h2>
          <p>{v.t('correctionsLead', { date: v.dateTime(report.correctedAt) })}</p>
          <ul>
            {shown.map((c) => (
              <li key={`${c.scope}-${c.field}`}>
                {v.t('correctionItem', {
                  scope: c.scope === 'city' ? v.t('cityRow') : v.service(c.scope).text,
                  field: c.field,
                  published: v.count(c.published),
                  now: v.count(c.now),
                })}
              </li>
            ))}
          </ul>
          {report.corrections.length > shown.length ? (
            <p>{v.t('correctionsMore', { count: report.corrections.length - shown.length })}</p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** The headline figures as a description list. */
export function HeadlineFigures({ v, f }: { v: PerformanceView; f: Figures }) {
  const items: [string, string][] = [
    [v.t('received'), v.count(f.received)],
    [v.t('closed'), v.count(f.closed)],
    [v.t('open'), v.t('openOverdue', { open: v.count(f.open), overdue: v.count(f.overdue) })],
    [
      v.t('openByAge'),
      v.t('openAgeValue', {
        a30: v.count(f.openAge[0]),
        a90: v.count(f.openAge[1]),
        a365: v.count(f.openAge[2]),
        older: v.count(f.openAge[3]),
      }),
    ],
    [v.t('medianDays'), v.daysIn(f.medianDays, f.dayUnit)],
    [v.t('p90Days'), v.daysIn(f.p90Days, f.dayUnit)],
    [v.t('firstResponse'), v.days(f.firstResponseHours)],
    [v.t('onTime'), v.pct(f.onTimePct)],
    ...(
      [
        ['closedNoAction', f.noAction],
        ['closedDuplicate', f.duplicates],
        ['reopened', f.reopened],
      ] as const
    ).map(([key, n]): [string, string] => [
      v.t(key),
      v.t('ofClosed', { n: v.count(n), pct: v.pct(f.closed ? (100 * n) / f.closed : null) }),
    ]),
    [v.t('satisfaction'), satisfactionText(v, f)],
    [
      v.t('digital'),
      f.started
        ? v.t('digitalValue', { pct: v.pct(f.completionPct), n: v.count(f.started) })
        : v.t('noData'),
    ],
    [v.t('formMinutes'), v.days(f.medianMinutes)],
  ];
  return (
    <dl className="headline-figures">
      {items.map(([k, val]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{val}</dd>
        </div>
      ))}
    </dl>
  );
}

function satisfactionText(v: PerformanceView, f: Figures) {
  if (!f.responses) return v.t('noData');
  return f.satisfactionPct === null
    ? v.t('tooFew', { n: f.responses })
    : v.t('satisfactionValue', { pct: v.pct(f.satisfactionPct), n: v.count(f.responses) });
}

export function Downloads({
  v,
  table,
  href,
  requests,
}: {
  v: PerformanceView;
  table: TableName;
  href: (table: TableName, ext: 'csv' | 'json') => string;
  /** Links to the period's request-level dataset (one row per request), beside the table's. */
  requests?: { csv: string; json: string };
}) {
  const name = v.t(
    table === 'agencies' ? 'tableAgencies' : table === 'services' ? 'tableServices' : 'tableMonths',
  );
  return (
    <ul className="downloads" aria-label={v.t('downloads')}>
      <li>
        <a href={href(table, 'csv')} download>
          {v.t('downloadCsv', { table: name })}
        </a>
      </li>
      <li>
        <a href={href(table, 'json')}>{v.t('downloadJson', { table: name })}</a>
      </li>
      {requests ? (
        <>
          <li>
            <a href={requests.csv} download>
              {v.t('downloadRequestsCsv')}
            </a>
          </li>
          <li>
            <a href={requests.json}>{v.t('downloadRequestsJson')}</a>
          </li>
        </>
      ) : null}
    </ul>
  );
}

function Scroll({
  v,
  caption,
  children,
}: {
  v: PerformanceView;
  caption: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={v.t('tableRegion', { caption })}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

export function AgencyChart({
  v,
  agencies,
  tableId,
}: {
  v: PerformanceView;
  agencies: AgencyFigures[];
  tableId: string;
}) {
  const measured = agencies
    .filter((a) => a.onTimePct !== null)
    .sort((a, b) => b.onTimePct! - a.onTimePct!);
  const best = measured[0];
  const worst = measured[measured.length - 1];
  return (
    <BarChart
      id="agency-chart"
      title={
        measured.length > 1
          ? v.t('agencyChartTitle', {
              best: v.agency(best.code).text,
              bestPct: v.pct(best.onTimePct),
              worst: v.agency(worst.code).text,
              worstPct: v.pct(worst.onTimePct),
            })
          : v.t('agencyChartTitleOne')
      }
      summary={v.t('agencyChartSummary')}
      series={[v.t('onTime')]}
      max={100}
      tableId={tableId}
      tableLink={v.t('tableLink')}
      bars={agencies.map((a) => ({
        label: v.agency(a.code).text,
        lang: v.lang(v.agency(a.code).lang),
        values: [{ value: a.onTimePct, text: v.pct(a.onTimePct) }],
      }))}
    />
  );
}

export function AgencyTable({
  v,
  id,
  caption,
  agencies,
  reportHref,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  agencies: AgencyFigures[];
  reportHref: (code: string) => string;
}) {
  return (
    <Scroll v={v} caption={caption}>
      <table className="table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{v.t('colAgency')}</th>
            <th scope="col" className="num">
              {v.t('colReceived')}
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
              {v.t('colMedianCalendar')}
            </th>
            <th scope="col" className="num">
              {v.t('colP90Calendar')}
            </th>
            <th scope="col" className="num">
              {v.t('colOnTime')}
            </th>
            <th scope="col" className="num">
              {v.t('colServicesMet')}
            </th>
            <th scope="col">{v.t('colSatisfaction')}</th>
            <th scope="col" className="num">
              {v.t('colDigital')}
            </th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.code} data-code={a.code}>
              <th scope="row" lang={v.lang(v.agency(a.code).lang)}>
                <a href={reportHref(a.code)}>{v.agency(a.code).text}</a>
              </th>
              <td className="num" data-col="received">
                {v.count(a.received)}
              </td>
              <td className="num" data-col="closed">
                {v.count(a.closed)}
              </td>
              <td className="num" data-col="open">
                {v.count(a.open)}
              </td>
              <td className="num" data-col="overdue">
                {v.count(a.overdue)}
              </td>
              <td className="num" data-col="median_days_to_close">
                {v.days(a.medianDays)}
              </td>
              <td className="num" data-col="p90_days_to_close">
                {v.days(a.p90Days)}
              </td>
              <td className="num" data-col="on_time_pct">
                {v.pct(a.onTimePct)}
              </td>
              <td className="num">
                {v.t('servicesMetValue', { met: a.servicesMet, measured: a.servicesMeasured })}
              </td>
              <td>{satisfactionText(v, a)}</td>
              <td className="num">{a.started ? v.pct(a.completionPct) : v.t('noData')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function ServiceTable({
  v,
  id,
  caption,
  services,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  services: ServiceFigures[];
}) {
  return (
    <Scroll v={v} caption={caption}>
      <table className="table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{v.t('colService')}</th>
            <th scope="col">{v.t('colAgency')}</th>
            <th scope="col" className="num">
              {v.t('colReceived')}
            </th>
            <th scope="col" className="num">
              {v.t('colClosed')}
            </th>
            <th scope="col" className="num">
              {v.t('colOverdue')}
            </th>
            <th scope="col" className="num">
              {v.t('colMedian')}
            </th>
            <th scope="col">{v.t('colTarget')}</th>
            <th scope="col" className="num">
              {v.t('colOnTime')}
            </th>
            <th scope="col" className="num">
              {v.t('colGoal')}
            </th>
            <th scope="col">{v.t('colTargetSet')}</th>
            <th scope="col" className="num">
              {v.t('colAttainment')}
            </th>
            <th scope="col">{v.t('colMet')}</th>
            <th scope="col">{v.t('colSatisfaction')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={s.code} data-code={s.code}>
              <th scope="row" lang={v.lang(v.service(s.code).lang)}>
                {v.service(s.code).text}
              </th>
              <td lang={v.lang(v.agency(s.agencyCode).lang)}>{v.agency(s.agencyCode).text}</td>
              <td className="num" data-col="received">
                {v.count(s.received)}
              </td>
              <td className="num" data-col="closed">
                {v.count(s.closed)}
              </td>
              <td className="num" data-col="overdue">
                {v.count(s.overdue)}
              </td>
              <td className="num" data-col="median_days_to_close">
                {v.daysIn(s.medianDays, s.dayUnit)}
              </td>
              <td>
                {s.target
                  ? v.t('targetDays', { days: s.target.daysToClose, type: s.target.dayType })
                  : v.t('noTarget')}
                {s.target?.changes.map((c) => (
                  <p key={c.at} className="target-change">
                    {v.t('targetChanged', {
                      date: v.date(c.at),
                      changes: Object.keys(c.before)
                        .map((k) =>
                          v.t('targetChangeItem', {
                            field: k,
                            before: String(c.before[k]),
                            after: String(c.after[k]),
                          }),
                        )
                        .join('; '),
                    })}
                    {c.reason ? ` ${v.t('targetChangeReason', { reason: c.reason })}` : null}
                  </p>
                ))}
              </td>
              <td className="num" data-col="on_time_pct">
                {v.pct(s.onTimePct)}
              </td>
              <td className="num">{s.target ? v.pct(s.target.onTimeGoalPct) : v.t('noTarget')}</td>
              <td>{s.target ? v.date(s.target.setAt) : v.t('noTarget')}</td>
              <td className="num" data-col="attainment">
                {v.ratio(s.attainment)}
              </td>
              <td>
                {s.verdict === null ? (
                  v.t('notMeasured')
                ) : s.verdict === 'met' ? (
                  <strong>{v.t('met')}</strong>
                ) : s.verdict === 'missed' ? (
                  v.t('notMet')
                ) : (
                  v.t('tooFew')
                )}
              </td>
              <td>{satisfactionText(v, s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function MonthChart({
  v,
  months,
  tableId,
}: {
  v: PerformanceView;
  months: MonthFigures[];
  tableId: string;
}) {
  const top = [...months].sort((a, b) => b.received - a.received)[0];
  const max = Math.max(1, ...months.flatMap((m) => [m.received, m.closed]));
  return (
    <BarChart
      id="month-chart"
      title={
        top && top.received
          ? v.t('monthsChartTitle', { month: v.month(top.month), n: v.count(top.received) })
          : v.t('monthsChartTitleNone')
      }
      summary={v.t('monthsChartSummary')}
      series={[v.t('seriesReceived'), v.t('seriesClosed')]}
      max={max}
      tableId={tableId}
      tableLink={v.t('tableLink')}
      bars={months.map((m) => ({
        label: v.month(m.month),
        values: [
          { value: m.received, text: v.count(m.received) },
          { value: m.closed, text: v.count(m.closed) },
        ],
      }))}
    />
  );
}

export function MonthTable({
  v,
  id,
  caption,
  months,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  months: MonthFigures[];
}) {
  return (
    <Scroll v={v} caption={caption}>
      <table className="table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{v.t('colMonth')}</th>
            <th scope="col" className="num">
              {v.t('colReceived')}
            </th>
            <th scope="col" className="num">
              {v.t('colClosed')}
            </th>
            <th scope="col" className="num">
              {v.t('colMedianCalendar')}
            </th>
            <th scope="col" className="num">
              {v.t('colOnTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month} data-code={m.month}>
              <th scope="row">{v.month(m.month)}</th>
              <td className="num" data-col="received">
                {v.count(m.received)}
              </td>
              <td className="num" data-col="closed">
                {v.count(m.closed)}
              </td>
              <td className="num" data-col="median_days_to_close">
                {v.days(m.medianDays)}
              </td>
              <td className="num" data-col="on_time_pct">
                {v.pct(m.onTimePct)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
