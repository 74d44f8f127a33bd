/**
 * Baltimore's fiscal year runs 1 July – 30 June and is named by the year it ends
 * (FY2027 = 2026-07-01 … 2027-06-30). Boundaries are in the city's time zone.
 */
export const CITY_TIME_ZONE = 'America/New_York';

/** Year, month (1–12) and day of an instant, as a Baltimore calendar shows them. */
export function cityDateParts(at: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: CITY_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

export function fiscalYearOf(at: Date): number {
  const { year, month } = cityDateParts(at);
  return month >= 7 ? year + 1 : year;
}
