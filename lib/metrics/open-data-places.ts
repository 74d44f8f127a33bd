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
    definition:
      'received × 1000 ÷ population_2020; empty where there is no population, or (ZIP codes) where the ZIP crosses the city line',
    value: (r) => r.perThousand,
  },
  countColumns.closed,
  countColumns.open,
  countColumns.overdue,
  {
    key: 'median_days_to_close',
    definition:
      'Median of (closed − made), in days, over closures in the period; duplicates and referrals left out',
    value: (r) => r.medianDays,
  },
  countColumns.eligible,
  countColumns.onTime,
  countColumns.onTimePct,
];

const districtColumns: Column<Row>[] = [
  {
    key: 'council_district',
    definition:
      'Baltimore City Council district (1–14) holding the request’s coordinates, assigned when the request was located; "unknown": no coordinates, or outside every district',
    value: (r) => r.place ?? UNKNOWN_PLACE,
  },
  {
    key: 'council_plan',
    definition:
      'The redistricting plan of the district boundaries (2011: used from 2012 until the council term that began in December 2024)',
    value: (r) => r.plan,
  },
  ...figureColumns,
  {
    key: 'population_2020',
    definition:
      'Residents of the district, 2020 Census (block populations summed to the district); empty for "unknown"',
    value: (r) => r.population,
  },
];

const zipColumns: Column<Row>[] = [
  {
    key: 'zip',
    definition:
      'ZIP code the request was made with; "unknown": none given (a request located by coordinates alone)',
    value: (r) => r.place ?? UNKNOWN_PLACE,
  },
  ...figureColumns,
  {
    key: 'population_2020',
    definition:
      'Residents of the whole ZIP Code Tabulation Area, 2020 Census, including any part outside the city',
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
