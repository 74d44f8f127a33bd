import type {
  AgencyFigures,
  Figures,
  MonthFigures,
  PerformanceData,
  ServiceFigures,
} from './aggregate';
import { share } from './definitions';
import type { DefinitionId } from './open-data-definitions';

/**
 * The open-data tables behind the transparency page: the same figures, unrounded, with a
 * definition for every column. CSV and JSON downloads and the methodology page use these.
 * A column's key is its CSV header (English: a data identifier); its definition is the id of a
 * message in the OpenData namespace (open-data-definitions.ts), read in the reader's language.
 */
export type Column<T> = { key: string; definition: DefinitionId; value: (row: T) => unknown };

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
    definition: 'counts.received',
    value: (r) => r.received,
  },
  closed: {
    key: 'closed',
    definition: 'counts.closed',
    value: (r) => r.closed,
  },
  open: {
    key: 'open',
    definition: 'counts.open',
    value: (r) => r.open,
  },
  overdue: {
    key: 'overdue',
    definition: 'counts.overdue',
    value: (r) => r.overdue,
  },
  eligible: {
    key: 'on_time_eligible',
    definition: 'counts.on_time_eligible',
    value: (r) => r.eligible,
  },
  onTime: {
    key: 'on_time',
    definition: 'counts.on_time',
    value: (r) => r.onTime,
  },
  onTimePct: {
    key: 'on_time_pct',
    definition: 'counts.on_time_pct',
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
    definition: `figures.openAge.${band}`,
    value: (r) => r.openAge[i],
  })),
  {
    key: 'median_days_to_close',
    definition: 'figures.median_days_to_close',
    value: (r) => r.medianDays,
  },
  {
    key: 'p90_days_to_close',
    definition: 'figures.p90_days_to_close',
    value: (r) => r.p90Days,
  },
  {
    key: 'days_to_close_unit',
    definition: 'figures.days_to_close_unit',
    value: (r) => r.dayUnit,
  },
  {
    key: 'first_response_median_hours',
    definition: 'figures.first_response_median_hours',
    value: (r) => r.firstResponseHours,
  },
  {
    key: 'closed_duplicate',
    definition: 'figures.closed_duplicate',
    value: (r) => r.duplicates,
  },
  {
    key: 'duplicate_pct',
    definition: 'figures.duplicate_pct',
    value: (r) => share(r.duplicates, r.closed),
  },
  {
    key: 'closed_no_action',
    definition: 'figures.closed_no_action',
    value: (r) => r.noAction,
  },
  {
    key: 'no_action_pct',
    definition: 'figures.no_action_pct',
    value: (r) => share(r.noAction, r.closed),
  },
  {
    key: 'reopened',
    definition: 'figures.reopened',
    value: (r) => r.reopened,
  },
  {
    key: 'reopen_pct',
    definition: 'figures.reopen_pct',
    value: (r) => share(r.reopened, r.closed),
  },
  {
    key: 'reclassified',
    definition: 'figures.reclassified',
    value: (r) => r.reclassified,
  },
  countColumns.eligible,
  countColumns.onTime,
  countColumns.onTimePct,
  {
    key: 'satisfaction_responses',
    definition: 'figures.satisfaction_responses',
    value: (r) => r.responses,
  },
  {
    key: 'satisfaction_pct',
    definition: 'figures.satisfaction_pct',
    value: (r) => r.satisfactionPct,
  },
  {
    key: 'forms_started',
    definition: 'figures.forms_started',
    value: (r) => r.started,
  },
  { key: 'forms_submitted', definition: 'figures.forms_submitted', value: (r) => r.submitted },
  {
    key: 'digital_completion_pct',
    definition: 'figures.digital_completion_pct',
    value: (r) => r.completionPct,
  },
  {
    key: 'median_form_minutes',
    definition: 'figures.median_form_minutes',
    value: (r) => r.medianMinutes,
  },
];

export const agencyColumns: Column<AgencyFigures & { name: string }>[] = [
  {
    key: 'agency_code',
    definition: 'agencies.agency_code',
    value: (r) => r.code,
  },
  { key: 'agency', definition: 'agencies.agency', value: (r) => r.name },
  ...figureColumns<AgencyFigures & { name: string }>(),
  {
    key: 'services_met_target',
    definition: 'agencies.services_met_target',
    value: (r) => r.servicesMet,
  },
  {
    key: 'services_measured',
    definition: 'agencies.services_measured',
    value: (r) => r.servicesMeasured,
  },
  {
    key: 'services_too_few',
    definition: 'agencies.services_too_few',
    value: (r) => r.servicesTooFew,
  },
];

export const serviceColumns: Column<ServiceFigures & { name: string }>[] = [
  {
    key: 'service_code',
    definition: 'services.service_code',
    value: (r) => r.code,
  },
  { key: 'service', definition: 'services.service', value: (r) => r.name },
  { key: 'agency_code', definition: 'services.agency_code', value: (r) => r.agencyCode },
  ...figureColumns<ServiceFigures & { name: string }>(),
  {
    key: 'target_days',
    definition: 'services.target_days',
    value: (r) => r.target?.daysToClose ?? null,
  },
  {
    key: 'target_day_type',
    definition: 'services.target_day_type',
    value: (r) => r.target?.dayType ?? null,
  },
  {
    key: 'on_time_goal_pct',
    definition: 'services.on_time_goal_pct',
    value: (r) => r.target?.onTimeGoalPct ?? null,
  },
  {
    key: 'satisfaction_goal_pct',
    definition: 'services.satisfaction_goal_pct',
    value: (r) => r.target?.satisfactionGoalPct ?? null,
  },
  {
    key: 'target_set_at',
    definition: 'services.target_set_at',
    value: (r) => r.target?.setAt ?? null,
  },
  {
    key: 'target_changes',
    definition: 'services.target_changes',
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
    definition: 'services.attainment',
    value: (r) => r.attainment,
  },
  {
    key: 'verdict',
    definition: 'services.verdict',
    value: (r) => r.verdict,
  },
  {
    key: 'speed_attainment',
    definition: 'services.speed_attainment',
    value: (r) => r.speedAttainment,
  },
];

export const monthColumns: Column<MonthFigures>[] = [
  { key: 'month', definition: 'months.month', value: (r) => r.month },
  { key: 'received', definition: 'months.received', value: (r) => r.received },
  { key: 'closed', definition: 'months.closed', value: (r) => r.closed },
  {
    key: 'median_days_to_close',
    definition: 'months.median_days_to_close',
    value: (r) => r.medianDays,
  },
  {
    key: 'on_time_pct',
    definition: 'months.on_time_pct',
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
    definition: 'provenance.period',
    value: (r) => r.period,
  },
  {
    key: 'computed_at',
    definition: 'provenance.computed_at',
    value: (r) => r.computedAt.toISOString(),
  },
  {
    key: 'demo',
    definition: 'provenance.demo',
    value: (r) => r.demo,
  },
];

/** The columns of a table's CSV download: its own, then the provenance columns. */
export function csvColumnsOf(table: TableName): Column<never>[] {
  return [...columnsOf(table), ...(provenanceColumns as Column<never>[])];
}
