/**
 * "Is it the same problem?" — how two reports of one service are judged to be in the same place:
 * within about 150 m by coordinates, or on the same block of the same street by address
 * ("1510 W North Ave" and "1544 West North Avenue" are both the 1500 block of W North Ave).
 */
export const NEARBY_METERS = 150;
export const NEARBY_DAYS = 30;

/** Great-circle distance in metres (haversine; exact enough at city scale). */
export function distanceMeters(a: { lat: number; long: number }, b: { lat: number; long: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLong = (b.long - a.long) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLong / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A box around a point that holds every point within `meters` (for an indexable pre-filter). */
export function boxAround(p: { lat: number; long: number }, meters = NEARBY_METERS) {
  const dLat = meters / 111_320;
  const dLong = meters / (111_320 * Math.cos((p.lat * Math.PI) / 180));
  return { south: p.lat - dLat, north: p.lat + dLat, west: p.long - dLong, east: p.long + dLong };
}

/** A leading direction, as USPS writes it ("West North Ave": the second "North" is a name). */
const DIRECTIONS: Record<string, string> = { west: 'w', east: 'e', north: 'n', south: 's' };
const WORDS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  place: 'pl',
  court: 'ct',
  terrace: 'ter',
  parkway: 'pkwy',
  highway: 'hwy',
};

/**
 * The block of an address: its street (lower case, words abbreviated the USPS way) and its
 * hundred ("1544 W North Ave" → `1500 w north ave`). Null when it has no house number (an
 * intersection or a landmark), which is then judged by coordinates only.
 */
export function blockOf(address: string): string | null {
  const m = /^\s*(\d{1,6})[a-z]?\s+(.+)$/i.exec(address.split(',')[0]);
  if (!m) return null;
  const words = m[2]
    .toLowerCase()
    // A unit is not part of the street: "12 E Lexington St #3", "… Apt 2B".
    .replace(/\s(#|apt\b|apartment\b|unit\b|ste\b|suite\b|fl\b|floor\b).*$/, '')
    // The city, state and ZIP written without commas: "1510 W North Ave Baltimore MD 21217".
    .replace(/\s+baltimore(\s+(md|maryland))?(\s+\d{5}(-\d{4})?)?\s*$/, '')
    .replace(/[.#]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const street = words.map((w, i) => (i === 0 ? (DIRECTIONS[w] ?? w) : (WORDS[w] ?? w))).join(' ');
  return street ? `${Math.floor(Number(m[1]) / 100) * 100} ${street}` : null;
}

/** Both addresses on the same block of the same street (false when either has no block). */
export function sameBlock(a: string, b: string): boolean {
  const block = blockOf(a);
  return block !== null && block === blockOf(b);
}
