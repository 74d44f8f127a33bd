import zctaFile from './data/zcta-population.json';

/**
 * Residents per ZIP code (2020 Census, by ZIP Code Tabulation Area): lib/geo/data/README.md.
 *
 * A ZCTA's population covers the whole ZCTA. Where a ZIP code crosses the city line, most of its
 * residents may live in a county whose requests go elsewhere, so a per-resident rate would be
 * too low by an unknown amount: no rate is given for these. The list is the USPS straddlers named
 * in lib/requests/location.ts plus 21209 and 21225, whose Census interior point is outside the
 * city's council districts.
 */
export const ZIPS_CROSSING_CITY_LINE = new Set([
  '21206',
  '21207',
  '21208',
  '21209',
  '21212',
  '21214',
  '21222',
  '21225',
  '21227',
  '21228',
  '21229',
  '21234',
  '21236',
  '21237',
  '21239',
]);

const POPULATION = zctaFile.population as Record<string, number>;

/** The ZCTA's 2020 population, or null for a ZIP code not in the file. */
export function zipPopulation(zip: string): number | null {
  return POPULATION[zip] ?? null;
}

/**
 * The population to divide by for a per-resident rate, or null where no honest rate exists:
 * unknown ZIP, a ZIP crossing the city line, or a ZCTA with no residents (21287 is a hospital).
 */
export function zipRateBase(zip: string): number | null {
  const pop = zipPopulation(zip);
  if (pop == null || pop === 0 || ZIPS_CROSSING_CITY_LINE.has(zip)) return null;
  return pop;
}

export const ZIP_POPULATION_VINTAGE = zctaFile.vintage;
