/**
 * Text rules for search: folding case and accents, dropping words that name no service, one
 * form for plurals and genders, and how well a query word matches catalogue words (typos
 * included).
 */
// Words that say nothing about which service is meant ("trash *not* picked *up*").
const STOP_WORDS = new Set(
  [
    'a an and are at be been by for from has have i im in is it its me my no not of on or our',
    'please some the there theres this to up was were with',
    'al con de del el en es esta estan hay la las le les lo los me mi mis muy no para por que',
    'se su sus un una unas unos y ya',
  ]
    .join(' ')
    .split(' '),
);

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // accents and other combining marks (faster than \p{Diacritic})
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/**
 * One form for a word's plural and singular, and for Spanish masculine and feminine, so
 * potholes/pothole, baches/bache, luces/luz and apagado/apagada match.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if ((w.length > 4 && /[aeo]$/.test(w)) || w.endsWith('ce')) w = w.slice(0, -1);
  if (w.endsWith('z')) w = `${w.slice(0, -1)}c`;
  return w;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rolling rows: this runs against every catalogue word when a query word is a typo.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

const stems = new Map<string, string>();
function cachedStem(w: string): string {
  let hit = stems.get(w);
  if (hit === undefined) {
    if (stems.size > 20_000) stems.clear();
    hit = stem(w);
    stems.set(w, hit);
  }
  return hit;
}

/** A whole-word match: 1 as typed, 0.95 as another form of the same word. */
function wholeScore(q: string, w: string, qStem: string): number {
  if (q === w) return 1;
  return qStem === cachedStem(w) ? 0.95 : 0;
}

/** Part of a word: "graf" for "graffiti" while typing, or "flickery" for "flicker". */
function isPart(q: string, w: string): boolean {
  if (q.length >= 3 && w.startsWith(q)) return true;
  return w.length >= 4 && q.startsWith(w) && q.length - w.length <= 2;
}

function isTypo(q: string, w: string): boolean {
  const max = allowedEdits(q);
  return max > 0 && editDistance(q, w, max) <= max;
}

/**
 * How well one query word matches each catalogue word that it matches at all. Typos are tried
 * only when the word matches nothing as typed, as a plural or as a prefix.
 */
export function matchesOf(q: string, vocabulary: Set<string>): Map<string, number> {
  const found = new Map<string, number>();
  const qStem = stem(q);
  for (const w of vocabulary) {
    const s = wholeScore(q, w, qStem);
    if (s) found.set(w, s);
  }
  // A whole word ("calle", "out") only weakly suggests the longer ones it begins ("callejón",
  // "outside"); a fragment ("graf") is probably one being typed.
  const part = found.size ? 0.4 : 0.8;
  for (const w of vocabulary) if (!found.has(w) && isPart(q, w)) found.set(w, part);
  if (!found.size) for (const w of vocabulary) if (isTypo(q, w)) found.set(w, 0.6);
  return found;
}
