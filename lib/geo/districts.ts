import { pointInRing } from '@/lib/requests/location';
import districtsFile from './data/council-districts.json';
import populationFile from './data/district-population.json';

/**
 * Council districts: which one a point is in, and how many people live in each.
 * The boundaries and their source are described in lib/geo/data/README.md.
 */

/** The redistricting plan the shipped boundaries belong to (shown with every district figure). */
export const COUNCIL_PLAN = '2011';
export const COUNCIL_DISTRICTS = Array.from({ length: 14 }, (_, i) => i + 1);

type Position = number[];
type District = {
  district: number;
  polygons: Position[][][];
  bbox: [number, number, number, number];
};

const DISTRICTS: District[] = districtsFile.features.map((f) => {
  const polygons = f.geometry.coordinates as Position[][][];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of polygons.flat()) {
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { district: f.properties.district, polygons, bbox: [minX, minY, maxX, maxY] };
});

/** Even-odd over all rings of a polygon, so a hole (another district inside) is excluded. */
function inPolygon(x: number, y: number, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    if (pointInRing(x, y, ring as [number, number][])) inside = !inside;
  }
  return inside;
}

/**
 * The council district (1–14) containing the point, or null outside the city (or in the river)
 * or without coordinates. Points exactly on a line go to whichever district ray casting picks.
 */
export function councilDistrictAt(
  lat: number | null | undefined,
  long: number | null | undefined,
): number | null {
  if (lat == null || long == null || !Number.isFinite(lat) || !Number.isFinite(long)) return null;
  for (const d of DISTRICTS) {
    const [minX, minY, maxX, maxY] = d.bbox;
    if (long < minX || long > maxX || lat < minY || lat > maxY) continue;
    if (d.polygons.some((rings) => inPolygon(long, lat, rings))) return d.district;
  }
  return null;
}

/** 2020 Census residents of each district of COUNCIL_PLAN (lib/geo/data/district-population.json). */
export function districtPopulation(district: number): number | null {
  const pop = (populationFile.population as Record<string, number>)[String(district)];
  return pop ?? null;
}

export const DISTRICT_POPULATION_SOURCE = {
  vintage: populationFile.vintage,
  plan: populationFile.plan,
};
