/**
 * Does a street address say where to send a crew? A house number and a street
 * ("1500 W North Ave", "2400-2410 N Charles St", "12B E 25th St"), or a corner of two streets
 * ("North Ave & Charles St", "St. Paul St and E 25th St", "North Ave y Charles St").
 * A plausibility check, not a geocoder: it turns away "asdf" and "near the store", and staff
 * still verify the place.
 */
const WORD = /\p{L}{2,}/u;
const HOUSE = /^\d{1,6}[a-z]?(?:\s?[-–/]\s?\d{1,6}[a-z]?)?(?:\s+1\/2)?,?\s+(.+)$/iu;
const CORNER_SYMBOL = /^(.+?)\s*(?:&|\/|@|\+)\s*(.+)$/u;
const CORNER_WORD = /^(.+?)\s+(?:and|at|y|con|esquina(?:\s+(?:con|de))?)\s+(.+)$/iu;

const isStreet = (s: string) => s.trim().length >= 2 && WORD.test(s);

export function looksLikeAddress(value: string): boolean {
  const s = value.trim().replace(/\s+/g, ' ');
  const house = HOUSE.exec(s);
  if (house && isStreet(house[1])) return true;
  const corner = CORNER_SYMBOL.exec(s) ?? CORNER_WORD.exec(s);
  return Boolean(corner && isStreet(corner[1]) && isStreet(corner[2]));
}
