/**
 * Service search over the (small) catalogue, in memory: names and keywords in the page's
 * language first, other languages with less weight; case and accents ignored; small typos
 * forgiven (one edit in words of 4+ letters, two in words of 8+).
 */
export type Searchable = {
  code: string;
  popularity: number;
  /** Per locale: the service name, its keywords/synonyms, and its description. */
  names: Record<string, string>;
  keywords: Record<string, string[]>;
  descriptions: Record<string, string>;
};

const STOP_WORDS = new Set(
  'a an and at de del el en for i in is la las los me mi my of on or por the to un una y'.split(
    ' ',
  ),
);

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** How well one query word matches one catalogue word: 1 exact, 0.8 prefix, 0.6 typo. */
function wordScore(q: string, w: string): number {
  if (q === w) return 1;
  if (q.length >= 3 && w.startsWith(q)) return 0.8;
  const max = allowedEdits(q);
  if (max && editDistance(q, w, max) <= max) return 0.6;
  // Typed a little past the word: "potholes" for "pothole".
  if (w.length >= 4 && q.startsWith(w) && q.length - w.length <= 2) return 0.8;
  return 0;
}

function bestScore(q: string, words: string[]): number {
  let best = 0;
  for (const w of words) best = Math.max(best, wordScore(q, w));
  return best;
}

export function searchServices<T extends Searchable>(
  query: string,
  catalogue: T[],
  locale: string,
): T[] {
  const qWords = tokens(query);
  if (!qWords.length) return [];
  const phrase = qWords.join(' ');
  const scored = catalogue.map((s) => {
    const otherLocales = Object.keys(s.names).filter((l) => l !== locale);
    const own = tokens([s.names[locale] ?? '', ...(s.keywords[locale] ?? [])].join(' '));
    const other = tokens(
      otherLocales.flatMap((l) => [s.names[l] ?? '', ...(s.keywords[l] ?? [])]).join(' '),
    );
    const desc = tokens(s.descriptions[locale] ?? '');
    let score = 0;
    let matched = 0;
    for (const q of qWords) {
      const word = Math.max(bestScore(q, own) * 3, bestScore(q, other) * 2, bestScore(q, desc));
      if (word > 0) matched++;
      score += word;
    }
    const ownPhrases = [s.names[locale] ?? '', ...(s.keywords[locale] ?? [])].map(normalize);
    if (ownPhrases.some((p) => p === phrase)) score += 4;
    else if (qWords.length > 1 && ownPhrases.some((p) => p.includes(phrase))) score += 2;
    // Every word should count for something; one stray word must not sink a good match.
    const coverage = matched / qWords.length;
    return { s, score: coverage >= 0.5 ? score * coverage : 0 };
  });
  return scored
    .filter((x) => x.score >= 1.5)
    .sort((a, b) => b.score - a.score || b.s.popularity - a.s.popularity)
    .map((x) => x.s);
}
