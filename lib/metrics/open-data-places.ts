import type { PerformanceData } from './aggregate';
import type { PlaceFigures } from './geography';
import { countColumns, provenanceColumns, type Column } from './open-data';

/**
 * The "where" open-data tables (lib/metrics/geography.ts): one row per council district or ZIP
 * code, then a row "unknown" for the requests with no known place. Kept beside open-data.ts
 * with the same column model; the methodology page lists these definitions too.
 */
export const PLACE_TABLES = ['districts', 'zips'] as const;
export type PlaceTable = (typeof PLACE_TABLES)[number];
export const isPlaceTable = (t: string): t is PlaceTable =>
  (PLACE_TABLES as readonly string[]).includes(t);

/** What the place column holds for the requests with no known place. */
export const UNKNOWN_PLACE = 'unknown';

type Row = PlaceFigures & { plan: string };

const figureColumns: Column<Row>[] = [
  countColumns.received,
  {
    key: 'requests_per_1000_residents',
    definition: 'places.requests_per_1000_residents',
    value: (r) => r.perThousand,
  },
  countColumns.closed,
  countColumns.open,
  countColumns.overdue,
  {
    key: 'median_days_to_close',
    definition: 'places.median_days_to_close',
    value: (r) => r.medianDays,
  },
  countColumns.eligible,
  countColumns.onTime,
  countColumns.onTimePct,
];

const districtColumns: Column<Row>[] = [
  {
    key: 'council_district',
    definition: 'districts.council_district',
    value: (r) => r.place ?? UNKNOWN_PLACE,
  },
  {
    key: 'council_plan',
    definition: 'districts.council_plan',
    value: (r) => r.plan,
  },
  ...figureColumns,
  {
    key: 'population_2020',
    definition: 'districts.population_2020',
    value: (r) => r.population,
  },
];

const zipColumns: Column<Row>[] = [
  {
    key: 'zip',
    definition: 'zips.zip',
    value: (r) => r.place ?? UNKNOWN_PLACE,
  },
  ...figureColumns,
  {
    key: 'population_2020',
    definition: 'zips.population_2020',
    value: (r) => r.population,
  },
];

export function placeColumnsOf(table: PlaceTable): Column<never>[] {
  return (table === 'districts' ? districtColumns : zipColumns) as Column<never>[];
}

export function placeCsvColumnsOf(table: PlaceTable): Column<never>[] {
  return [...placeColumnsOf(table), ...(provenanceColumns as Column<never>[])];
}

export function placeRows(data: PerformanceData, table: PlaceTable) {
  const cols = table === 'districts' ? districtColumns : zipColumns;
  const list = table === 'districts' ? data.places.districts : data.places.zips;
  return list.map((p) =>
    Object.fromEntries(cols.map((c) => [c.key, c.value({ ...p, plan: data.places.plan }) ?? null])),
  );
}
