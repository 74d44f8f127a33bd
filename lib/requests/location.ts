import { BALTIMORE_CITY_BOUNDARY } from './city-boundary';

/**
 * ZIP codes with streets in Baltimore City (USPS). Several (21206, 21207, 21208, 21212, 21214,
 * 21222, 21227, 21228, 21229, 21234, 21236, 21237, 21239) straddle the city line with
 * Baltimore County: they are accepted and staff refer county addresses on.
 * PO-box-only ZIPs are refused: a request needs a place.
 */
export const BALTIMORE_CITY_ZIPS = new Set([
  '21201',
  '21202',
  '21205',
  '21206',
  '21207',
  '21208',
  '21209',
  '21210',
  '21211',
  '21212',
  '21213',
  '21214',
  '21215',
  '21216',
  '21217',
  '21218',
  '21222',
  '21223',
  '21224',
  '21225',
  '21226',
  '21227',
  '21228',
  '21229',
  '21230',
  '21231',
  '21234',
  '21236',
  '21237',
  '21239',
  '21251',
  '21287',
]);

export function isBaltimoreZip(zip: string): boolean {
  return BALTIMORE_CITY_ZIPS.has(zip.slice(0, 5));
}

/**
 * How far outside the drawn line a position still counts as in the city: the boundary file is
 * generalised (1:500,000) and a phone's position is often 20–50 m off. A resident standing on
 * a city-line street is not turned away; staff refer the rare county address on.
 */
export const CITY_LINE_TOLERANCE_M = 150;

/** Inside Baltimore City (the Census boundary, lib/requests/city-boundary.ts), or at its line. */
export function isInCity(lat: number, long: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(long)) return false;
  return (
    pointInRing(long, lat, BALTIMORE_CITY_BOUNDARY) ||
    distanceToRingM(long, lat, BALTIMORE_CITY_BOUNDARY) <= CITY_LINE_TOLERANCE_M
  );
}

type Ring = readonly (readonly [number, number])[];

/** Ray casting (even-odd rule) on [x, y] = [longitude, latitude] pairs. */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const EARTH_RADIUS_M = 6_371_000;

/**
 * Shortest distance in metres from a point to the ring's edges. Over a city a flat projection
 * around the point (longitude scaled by cos latitude) is accurate to well under a metre.
 */
export function distanceToRingM(x: number, y: number, ring: Ring): number {
  const k = Math.cos((y * Math.PI) / 180);
  const toM = (dx: number, dy: number): [number, number] => [
    ((dx * k * Math.PI) / 180) * EARTH_RADIUS_M,
    ((dy * Math.PI) / 180) * EARTH_RADIUS_M,
  ];
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = toM(ring[i - 1][0] - x, ring[i - 1][1] - y);
    const [bx, by] = toM(ring[i][0] - x, ring[i][1] - y);
    const [dx, dy] = [bx - ax, by - ay];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
