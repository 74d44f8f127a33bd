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

/** A generous box around the city line; a phone's position outside it is refused. */
export const CITY_BOUNDS = { south: 39.19, north: 39.38, west: -76.72, east: -76.52 };

export function isBaltimoreZip(zip: string): boolean {
  return BALTIMORE_CITY_ZIPS.has(zip.slice(0, 5));
}

export function isInCity(lat: number, long: number): boolean {
  return (
    lat >= CITY_BOUNDS.south &&
    lat <= CITY_BOUNDS.north &&
    long >= CITY_BOUNDS.west &&
    long <= CITY_BOUNDS.east
  );
}
