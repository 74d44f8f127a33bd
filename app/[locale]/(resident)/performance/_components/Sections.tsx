import type {
  AgencyFigures,
  Figures,
  MonthFigures,
  PerformanceData,
  ServiceFigures,
} from '@/lib/metrics/aggregate';
import type { Report } from '@/lib/metrics/queries';
import { MIN_CLOSURES } from '@/lib/metrics/definitions';
import type { Period } from '@/lib/metrics/periods';
import type { TableName } from '@/lib/metrics/open-data';
import { BarChart } from './BarChart';
import { StackTable, type Column } from './StackTable';
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
    // Not a closure (it stays open, under the right service): a count, not a share of closures.
    [v.t('reclassified'), v.count(f.reclassified)],
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

export function Downloads<T extends string = TableName>({
  v,
  table,
  name,
  href,
  requests,
}: {
  v: PerformanceView;
  table: T;
  /** The table's name in words; a page table's own name by default. */
  name?: string;
  href: (table: T, ext: 'csv' | 'json') => string;
  /** Links to the period's request-level dataset (one row per request), beside the table's. */
  requests?: { csv: string; json: string };
}) {
  name ??= v.t(
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

/** The on-time goal most services have (ties: the higher), for one line across the chart. */
function commonGoal(services: ServiceFigures[]): number | null {
  const counts = new Map<number, number>();
  for (const s of services) {
    if (s.target) counts.set(s.target.onTimeGoalPct, (counts.get(s.target.onTimeGoalPct) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [goal, n] of counts) {
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && goal > best)) {
      best = goal;
    }
  }
  return best;
}

/** An agency's on-time goals in words: "goal 85%", "goals 80% to 90%", "No target". */
function goalsText(v: PerformanceView, services: ServiceFigures[]) {
  const goals = services.flatMap((s) => (s.target ? [s.target.onTimeGoalPct] : []));
  if (!goals.length) return v.t('noTarget');
  const low = Math.min(...goals);
  const high = Math.max(...goals);
  return low === high
    ? v.t('goalOne', { goal: v.pct(low) })
    : v.t('goalRange', { low: v.pct(low), high: v.pct(high) });
}

/**
 * Agencies by on-time share, highest first, those with nothing to measure last (the caption
 * says so). Goals are set per service, so no single line is every agency's goal: the line is
 * the goal most services share, said in words, and each bar's text gives its agency's goals.
 */
export function AgencyChart({
  v,
  agencies,
  services,
  tableId,
}: {
  v: PerformanceView;
  agencies: AgencyFigures[];
  services: ServiceFigures[];
  tableId: string;
}) {
  const sorted = sortedAgencies(agencies);
  const measured = sorted.filter((a) => a.onTimePct !== null);
  const best = measured[0];
  const worst = measured[measured.length - 1];
  const goal = commonGoal(services);
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
      goalNote={goal === null ? undefined : v.t('agencyChartGoal', { goal: v.pct(goal) })}
      series={[v.t('onTime')]}
      max={100}
      tableId={tableId}
      tableLink={v.t('tableLink')}
      bars={sorted.map((a) => ({
        label: v.agency(a.code).text,
        lang: v.lang(v.agency(a.code).lang),
        values: [{ value: a.onTimePct, text: v.pct(a.onTimePct) }],
        goal:
          goal === null
            ? null
            : {
                value: goal,
                text: goalsText(
                  v,
                  services.filter((s) => s.agencyCode === a.code),
                ),
              },
      }))}
    />
  );
}

/** Highest on-time share first; no data last (a stable sort keeps their order). */
export function sortedAgencies<T extends { onTimePct: number | null }>(agencies: T[]): T[] {
  return [...agencies].sort((a, b) => (b.onTimePct ?? -1) - (a.onTimePct ?? -1));
}

/** In the chart's order (highest on-time share first), so the two read alike. */
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
  const columns: Column<AgencyFigures>[] = [
    { head: v.t('colOnTime'), col: 'on_time_pct', num: true, cell: (a) => v.pct(a.onTimePct) },
    {
      head: v.t('colServicesMet'),
      num: true,
      cell: (a) => v.t('servicesMetValue', { met: a.servicesMet, measured: a.servicesMeasured }),
    },
    { head: v.t('colOpen'), col: 'open', num: true, cell: (a) => v.count(a.open) },
    { head: v.t('colOverdue'), col: 'overdue', num: true, cell: (a) => v.count(a.overdue) },
    {
      head: v.t('colMedianCalendar'),
      col: 'median_days_to_close',
      num: true,
      cell: (a) => v.days(a.medianDays),
    },
    {
      head: v.t('colReceived'),
      col: 'received',
      num: true,
      secondary: true,
      cell: (a) => v.count(a.received),
    },
    {
      head: v.t('colClosed'),
      col: 'closed',
      num: true,
      secondary: true,
      cell: (a) => v.count(a.closed),
    },
    {
      head: v.t('colP90Calendar'),
      col: 'p90_days_to_close',
      num: true,
      secondary: true,
      cell: (a) => v.days(a.p90Days),
    },
    { head: v.t('colSatisfaction'), secondary: true, cell: (a) => satisfactionText(v, a) },
    {
      head: v.t('colDigital'),
      num: true,
      secondary: true,
      cell: (a) => (a.started ? v.pct(a.completionPct) : v.t('noData')),
    },
  ];
  return (
    <StackTable
      v={v}
      id={id}
      caption={caption}
      rowHead={v.t('colAgency')}
      columns={columns}
      rows={sortedAgencies(agencies)}
      keyOf={(a) => a.code}
      rowLang={(a) => v.lang(v.agency(a.code).lang)}
      name={(a) => ({
        text: v.agency(a.code).text,
        cell: <a href={reportHref(a.code)}>{v.agency(a.code).text}</a>,
      })}
    />
  );
}

function TargetCell({ v, s }: { v: PerformanceView; s: ServiceFigures }) {
  return (
    <>
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
    </>
  );
}

function verdictText(v: PerformanceView, s: ServiceFigures) {
  return s.verdict === null ? (
    v.t('notMeasured')
  ) : s.verdict === 'met' ? (
    <strong>{v.t('met')}</strong>
  ) : s.verdict === 'missed' ? (
    v.t('notMet')
  ) : (
    v.t('tooFew')
  );
}

/**
 * Every service's figures. Key columns first — on time against the goal, met or not, the median
 * against the target — so they are the first thing read on a phone and visible on a desktop.
 */
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
  const columns: Column<ServiceFigures>[] = [
    { head: v.t('colOnTime'), col: 'on_time_pct', num: true, cell: (s) => v.pct(s.onTimePct) },
    {
      head: v.t('colGoal'),
      num: true,
      cell: (s) => (s.target ? v.pct(s.target.onTimeGoalPct) : v.t('noTarget')),
    },
    { head: v.t('colMet'), cell: (s) => verdictText(v, s) },
    {
      head: v.t('colMedian'),
      col: 'median_days_to_close',
      num: true,
      cell: (s) => v.daysIn(s.medianDays, s.dayUnit),
    },
    { head: v.t('colTarget'), cell: (s) => <TargetCell v={v} s={s} /> },
    {
      head: v.t('colAgency'),
      secondary: true,
      lang: (s) => v.lang(v.agency(s.agencyCode).lang),
      cell: (s) => v.agency(s.agencyCode).text,
    },
    {
      head: v.t('colReceived'),
      col: 'received',
      num: true,
      secondary: true,
      cell: (s) => v.count(s.received),
    },
    {
      head: v.t('colClosed'),
      col: 'closed',
      num: true,
      secondary: true,
      cell: (s) => v.count(s.closed),
    },
    {
      head: v.t('colOverdue'),
      col: 'overdue',
      num: true,
      secondary: true,
      cell: (s) => v.count(s.overdue),
    },
    {
      head: v.t('colTargetSet'),
      secondary: true,
      cell: (s) => (s.target ? v.date(s.target.setAt) : v.t('noTarget')),
    },
    {
      head: v.t('colAttainment'),
      col: 'attainment',
      num: true,
      secondary: true,
      cell: (s) => v.ratio(s.attainment),
    },
    { head: v.t('colSatisfaction'), secondary: true, cell: (s) => satisfactionText(v, s) },
  ];
  return (
    <StackTable
      v={v}
      id={id}
      caption={caption}
      rowHead={v.t('colService')}
      columns={columns}
      rows={services}
      keyOf={(s) => s.code}
      rowLang={(s) => v.lang(v.service(s.code).lang)}
      name={(s) => ({ text: v.service(s.code).text, cell: v.service(s.code).text })}
    />
  );
}

/** The running month of a to-date period is partial: its label says up to when. */
function partialTo(period: PerformanceData['period'], months: MonthFigures[], m: MonthFigures) {
  return period.toDate && m === months[months.length - 1] ? period.asOf : null;
}

export function MonthChart({
  v,
  period,
  months,
  tableId,
}: {
  v: PerformanceView;
  period: PerformanceData['period'];
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
          ? v.t('monthsChartTitle', {
              month: v.monthLabel(top.month, partialTo(period, months, top)),
              n: v.count(top.received),
            })
          : v.t('monthsChartTitleNone')
      }
      summary={v.t('monthsChartSummary')}
      series={[v.t('seriesReceived'), v.t('seriesClosed')]}
      max={max}
      tableId={tableId}
      tableLink={v.t('tableLink')}
      bars={months.map((m) => ({
        label: v.monthLabel(m.month, partialTo(period, months, m)),
        values: [
          { value: m.received, text: v.count(m.received) },
          { value: m.closed, text: v.count(m.closed) },
        ],
      }))}
    />
  );
}

/** A note above the month chart while the last month is still running. */
export function PartialMonthNote({
  v,
  period,
  months,
}: {
  v: PerformanceView;
  period: PerformanceData['period'];
  months: MonthFigures[];
}) {
  if (!period.toDate || !months.length) return null;
  return <p>{v.t('monthsPartialNote', { date: v.date(period.asOf) })}</p>;
}

export function MonthTable({
  v,
  id,
  caption,
  period,
  months,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  period: PerformanceData['period'];
  months: MonthFigures[];
}) {
  const columns: Column<MonthFigures>[] = [
    { head: v.t('colReceived'), col: 'received', num: true, cell: (m) => v.count(m.received) },
    { head: v.t('colClosed'), col: 'closed', num: true, cell: (m) => v.count(m.closed) },
    {
      head: v.t('colMedianCalendar'),
      col: 'median_days_to_close',
      num: true,
      cell: (m) => v.days(m.medianDays),
    },
    { head: v.t('colOnTime'), col: 'on_time_pct', num: true, cell: (m) => v.pct(m.onTimePct) },
  ];
  return (
    <StackTable
      v={v}
      id={id}
      caption={caption}
      rowHead={v.t('colMonth')}
      columns={columns}
      rows={months}
      keyOf={(m) => m.month}
      name={(m) => {
        const text = v.monthLabel(m.month, partialTo(period, months, m));
        return { text, cell: text };
      }}
    />
  );
}

/**
 * The main figures beside the same span a year earlier (periods.yearEarlier): for a running
 * period the same days, so a part-year is not set against a whole one. "No data" when that
 * span ended before the records begin.
 */
export function YearOverYear({
  v,
  now,
  before,
  period,
  earlier,
}: {
  v: PerformanceView;
  now: Figures;
  before: Figures | null;
  period: Period;
  earlier: Period;
}) {
  const range = v.periodRange(period);
  const earlierRange = v.periodRange(earlier);
  type Row = { key: string; label: string; now: string; before: string; change: string };
  const rows: Row[] = before
    ? [
        ...(['received', 'closed', 'open'] as const).map((k) => ({
          key: k,
          label: v.t(k),
          now: v.count(now[k]),
          before: v.count(before[k]),
          change: v.changePct(now[k], before[k]),
        })),
        {
          key: 'on_time_pct',
          label: v.t('onTime'),
          now: v.pct(now.onTimePct),
          before: v.pct(before.onTimePct),
          change: v.changePoints(now.onTimePct, before.onTimePct),
        },
        {
          key: 'median_days_to_close',
          label: v.t('medianDays'),
          now: v.daysIn(now.medianDays, now.dayUnit),
          before: v.daysIn(before.medianDays, before.dayUnit),
          change: v.changeDays(now.medianDays, before.medianDays),
        },
      ]
    : [];
  return (
    <section className="year-over-year" aria-labelledby="yoy-heading">
      <h2 id="yoy-heading">{v.t('yoyHeading')}</h2>
      {before ? (
        <>
          <p>{v.t('yoyLead', { range, earlierRange })}</p>
          <StackTable
            v={v}
            id="yoy-table"
            caption={v.t('yoyCaption', { period: v.periodName(period) })}
            rowHead={v.t('colFigure')}
            columns={[
              { head: v.t('colThisPeriod'), num: true, cell: (r: Row) => r.now },
              { head: v.t('colYearEarlier'), num: true, cell: (r: Row) => r.before },
              { head: v.t('colChange'), num: true, cell: (r: Row) => r.change },
            ]}
            rows={rows}
            keyOf={(r) => r.key}
            name={(r) => ({ text: r.label, cell: r.label })}
          />
        </>
      ) : (
        <p>{v.t('yoyNoData', { earlierRange })}</p>
      )}
    </section>
  );
}
