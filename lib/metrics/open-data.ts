import type {
  AgencyFigures,
  Figures,
  MonthFigures,
  PerformanceData,
  ServiceFigures,
} from './aggregate';
import { MIN_CLOSURES, share } from './definitions';

/**
 * The open-data tables behind the transparency page: the same figures, unrounded, with a
 * definition for every column. CSV and JSON downloads and the methodology page use these.
 */
export type Column<T> = { key: string; definition: string; value: (row: T) => unknown };

/** The backlog's age bands, in days (Figures.openAge holds them in this order). */
export const AGE_BANDS = ['0_30', '31_90', '91_365', 'over_365'] as const;

type Counts = Pick<
  Figures,
  'received' | 'closed' | 'open' | 'overdue' | 'eligible' | 'onTime' | 'onTimePct'
>;

/**
 * Columns that mean the same on every row that counts requests (services, agencies, places):
 * one definition each, so the tables cannot drift apart.
 */
export const countColumns = {
  received: {
    key: 'received',
    definition: 'Requests made in the period',
    value: (r) => r.received,
  },
  closed: {
    key: 'closed',
    definition: 'Requests closed in the period (whenever made)',
    value: (r) => r.closed,
  },
  open: {
    key: 'open',
    definition:
      'The backlog: requests open at the end of the period (or now, for a running period), whenever they were made',
    value: (r) => r.open,
  },
  overdue: {
    key: 'overdue',
    definition: 'Of the open requests, those past their due date at the end of the period',
    value: (r) => r.overdue,
  },
  eligible: {
    key: 'on_time_eligible',
    definition:
      'Closures in the period with a due date, excluding duplicates, referrals and closures without action',
    value: (r) => r.eligible,
  },
  onTime: {
    key: 'on_time',
    definition: 'Of those, closed at or before the due date',
    value: (r) => r.onTime,
  },
  onTimePct: {
    key: 'on_time_pct',
    definition: '100 × on_time ÷ on_time_eligible',
    value: (r) => r.onTimePct,
  },
} satisfies Record<string, Column<Counts>>;

const figureColumns = <T extends AgencyFigures | ServiceFigures>(): Column<T>[] => [
  countColumns.received,
  countColumns.closed,
  countColumns.open,
  countColumns.overdue,
  ...AGE_BANDS.map((band, i): Column<T> => ({
    key: `open_${band}_days`,
    definition: `Of the open requests, those ${band.replace('_', ' to ').replace('over to ', 'over ')} days old at the end of the period`,
    value: (r) => r.openAge[i],
  })),
  {
    key: 'median_days_to_close',
    definition:
      'Median days from made to closed, in days_to_close_unit, over closures in the period; duplicates and referrals left out',
    value: (r) => r.medianDays,
  },
  {
    key: 'p90_days_to_close',
    definition: '90th percentile of the same (linear interpolation, PostgreSQL percentile_cont)',
    value: (r) => r.p90Days,
  },
  {
    key: 'days_to_close_unit',
    definition:
      "Unit of the two columns before: a service's is its target's — business (whole Baltimore City business days, Monday–Friday except city holidays, after the day a request was made up to and including the day it was closed) or calendar (closed − made, in days of 24 hours); agencies and the city: calendar",
    value: (r) => r.dayUnit,
  },
  {
    key: 'first_response_median_hours',
    definition:
      'Median hours from a request being made to its first response (acknowledged, or closed without it), over the requests first responded to in the period',
    value: (r) => r.firstResponseHours,
  },
  {
    key: 'closed_duplicate',
    definition: 'Of the closures, requests merged into another as duplicates',
    value: (r) => r.duplicates,
  },
  {
    key: 'duplicate_pct',
    definition: '100 × closed_duplicate ÷ closed',
    value: (r) => share(r.duplicates, r.closed),
  },
  {
    key: 'closed_no_action',
    definition:
      'Of the closures, requests closed as "could not find the problem" or "no action needed": left out of on-time',
    value: (r) => r.noAction,
  },
  {
    key: 'no_action_pct',
    definition: '100 × closed_no_action ÷ closed',
    value: (r) => share(r.noAction, r.closed),
  },
  {
    key: 'reopened',
    definition: 'Reopenings in the period (a request reopened twice counts twice)',
    value: (r) => r.reopened,
  },
  {
    key: 'reopen_pct',
    definition: '100 × reopened ÷ closed',
    value: (r) => share(r.reopened, r.closed),
  },
  {
    key: 'reclassified',
    definition:
      'Requests moved in the period to the service they belong under (reclassified, not closed as referred), counted under the service they are under now (a request moved twice counts twice); they count under that service in every other column too',
    value: (r) => r.reclassified,
  },
  countColumns.eligible,
  countColumns.onTime,
  countColumns.onTimePct,
  {
    key: 'satisfaction_responses',
    definition: 'Satisfaction survey answers received in the period',
    value: (r) => r.responses,
  },
  {
    key: 'satisfaction_pct',
    definition:
      'Share of answers scoring 4 or 5 out of 5; empty under 10 answers (too few to show)',
    value: (r) => r.satisfactionPct,
  },
  {
    key: 'forms_started',
    definition: 'Online request forms shown in the period (no cookies, no personal data)',
    value: (r) => r.started,
  },
  { key: 'forms_submitted', definition: 'Of those, sent', value: (r) => r.submitted },
  {
    key: 'digital_completion_pct',
    definition: '100 × forms_submitted ÷ forms_started',
    value: (r) => r.completionPct,
  },
  {
    key: 'median_form_minutes',
    definition: 'Median minutes from showing a form to sending it',
    value: (r) => r.medianMinutes,
  },
];

export const agencyColumns: Column<AgencyFigures & { name: string }>[] = [
  {
    key: 'agency_code',
    definition: 'Agency code; CITY for the last row, the whole city (every agency together)',
    value: (r) => r.code,
  },
  { key: 'agency', definition: 'Agency name', value: (r) => r.name },
  ...figureColumns<AgencyFigures & { name: string }>(),
  {
    key: 'services_met_target',
    definition: 'Services whose on-time % as shown (one decimal) reached their on-time goal',
    value: (r) => r.servicesMet,
  },
  {
    key: 'services_measured',
    definition: `Services judged met or missed: with a target and at least ${MIN_CLOSURES} eligible closures`,
    value: (r) => r.servicesMeasured,
  },
  {
    key: 'services_too_few',
    definition: `Services with a target and 1 to ${MIN_CLOSURES - 1} eligible closures: too few to judge`,
    value: (r) => r.servicesTooFew,
  },
];

export const serviceColumns: Column<ServiceFigures & { name: string }>[] = [
  {
    key: 'service_code',
    definition: 'Service code (Baltimore 311 request type)',
    value: (r) => r.code,
  },
  { key: 'service', definition: 'Service name', value: (r) => r.name },
  { key: 'agency_code', definition: 'Responsible agency', value: (r) => r.agencyCode },
  ...figureColumns<ServiceFigures & { name: string }>(),
  {
    key: 'target_days',
    definition: 'Committed days to close for the fiscal year',
    value: (r) => r.target?.daysToClose ?? null,
  },
  {
    key: 'target_day_type',
    definition: 'calendar or business days (Monday–Friday; city holidays not subtracted)',
    value: (r) => r.target?.dayType ?? null,
  },
  {
    key: 'on_time_goal_pct',
    definition: 'Committed on-time %',
    value: (r) => r.target?.onTimeGoalPct ?? null,
  },
  {
    key: 'satisfaction_goal_pct',
    definition: 'Committed satisfaction %',
    value: (r) => r.target?.satisfactionGoalPct ?? null,
  },
  {
    key: 'target_set_at',
    definition: 'When the target was last set',
    value: (r) => r.target?.setAt ?? null,
  },
  {
    key: 'target_changes',
    definition:
      'Changes to the target after its fiscal year began, oldest first: "date: field before → after; … (reason)", separated by " | "',
    value: (r) =>
      r.target?.changes.length
        ? r.target.changes
            .map(
              (c) =>
                `${c.at.slice(0, 10)}: ${Object.keys(c.before)
                  .map((k) => `${k} ${String(c.before[k])} → ${String(c.after[k])}`)
                  .join('; ')}${c.reason ? ` (${c.reason})` : ''}`,
            )
            .join(' | ')
        : null,
  },
  {
    key: 'attainment',
    definition: 'on_time_pct rounded to one decimal ÷ on_time_goal_pct (1 or more: goal reached)',
    value: (r) => r.attainment,
  },
  {
    key: 'verdict',
    definition: `met or missed (on_time_pct as shown against the goal), too_few under ${MIN_CLOSURES} eligible closures, empty when not measured`,
    value: (r) => r.verdict,
  },
  {
    key: 'speed_attainment',
    definition:
      'target_days ÷ median_days_to_close, both in the target’s unit (lower is better, so target ÷ actual)',
    value: (r) => r.speedAttainment,
  },
];

export const monthColumns: Column<MonthFigures>[] = [
  { key: 'month', definition: 'Calendar month, Baltimore time (YYYY-MM)', value: (r) => r.month },
  { key: 'received', definition: 'Requests made in the month', value: (r) => r.received },
  { key: 'closed', definition: 'Requests closed in the month', value: (r) => r.closed },
  {
    key: 'median_days_to_close',
    definition:
      'Median calendar days to close of the month’s closures, city-wide (duplicates and referrals left out)',
    value: (r) => r.medianDays,
  },
  {
    key: 'on_time_pct',
    definition: 'On-time % of the month’s eligible closures',
    value: (r) => r.onTimePct,
  },
];

export const TABLES = ['agencies', 'services', 'months'] as const;
export type TableName = (typeof TABLES)[number];

type Names = {
  agency: (code: string) => string;
  service: (code: string) => string;
  /** The whole city's row ("All agencies"). */
  city: string;
};

/** The agency code of the whole city's row in the agencies table. */
export const CITY_CODE = 'CITY';

/**
 * A table's rows as plain objects (column key → value), optionally one agency's only. The
 * agencies table ends with the whole city's row, as the page's headline figures show it.
 */
export function tableRows(data: PerformanceData, table: TableName, names: Names, agency?: string) {
  const pickCols = <T>(cols: Column<T>[], rows: T[]) =>
    rows.map((r) => Object.fromEntries(cols.map((c) => [c.key, c.value(r) ?? null])));
  if (table === 'agencies')
    return pickCols(agencyColumns, [
      ...data.agencies
        .filter((a) => !agency || a.code === agency)
        .map((a) => ({ ...a, name: names.agency(a.code) })),
      ...(agency ? [] : [{ ...data.city, code: CITY_CODE, name: names.city }]),
    ]);
  if (table === 'services')
    return pickCols(
      serviceColumns,
      data.services
        .filter((s) => !agency || s.agencyCode === agency)
        .map((s) => ({ ...s, name: names.service(s.code) })),
    );
  return pickCols(monthColumns, data.months);
}

export function columnsOf(table: TableName): Column<never>[] {
  return (
    table === 'agencies' ? agencyColumns : table === 'services' ? serviceColumns : monthColumns
  ) as Column<never>[];
}

/**
 * RFC 4180 CSV: quoted where needed, CRLF line ends, empty for "no data". It starts with a UTF-8
 * byte-order mark, without which Excel reads the file as Windows-1252 and mangles Spanish
 * names. A text cell starting with =, +, -, @, tab or CR is prefixed with ' so a spreadsheet
 * shows it instead of running it as a formula (OWASP "CSV injection"); numbers are left as
 * they are.
 */
export function toCsv(keys: string[], rows: Record<string, unknown>[]): string {
  return CSV_BOM + [keys, ...rows.map((r) => keys.map((k) => r[k]))].map(csvLine).join('');
}

/** The UTF-8 byte-order mark a CSV download starts with (see toCsv). */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV record, CRLF-terminated, cells quoted and neutralised as toCsv says: a download too
 * large to build as one string (the request-level dataset) is streamed record by record.
 */
export function csvLine(values: unknown[]): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return values.map(cell).join(',') + '\r\n';
}

/**
 * Columns every CSV row carries, so a file read on its own says what it is: the period, when the
 * figures were computed, and whether synthetic demonstration requests are among them.
 */
export const provenanceColumns: Column<{ period: string; computedAt: Date; demo: boolean }>[] = [
  {
    key: 'period',
    definition:
      'Reporting period (2027 = fiscal year July 2026 – June 2027; 2027-h1 = July–December 2026)',
    value: (r) => r.period,
  },
  {
    key: 'computed_at',
    definition: 'When these figures were computed (ISO 8601, UTC)',
    value: (r) => r.computedAt.toISOString(),
  },
  {
    key: 'demo',
    definition: 'true when synthetic demonstration requests (DEMO_DATA) are among those counted',
    value: (r) => r.demo,
  },
];

/** The columns of a table's CSV download: its own, then the provenance columns. */
export function csvColumnsOf(table: TableName): Column<never>[] {
  return [...columnsOf(table), ...(provenanceColumns as Column<never>[])];
}
