/**
 * Search over the (small) catalogue, in memory. Each query word is scored by where it matches,
 * best first: the name in the page's language, then its keywords, then its description; the
 * name and keywords in another language count for less than the same match in the page's
 * language. Smaller bonuses order results within a tier: the query is a name or keyword, says
 * the whole name, or uses words few services share. Words, folding and the forms of a word are
 * per script and language (search-text.ts), and small typos are forgiven (one edit in words of
 * 4+ letters, two in words of 8+) — but only for a word that matches nothing as typed, so
 * "ratas" does not also find "ramas" and "latas".
 */
import { matchesOf, normalize, tokens, vocabularyOf } from './search-text';

export type Searchable = {
  code: string;
  popularity: number;
  /** Per locale: the service name, its keywords/synonyms, and its description. */
  names: Record<string, string>;
  keywords: Record<string, string[]>;
  descriptions: Record<string, string>;
};

export type Scored<T> = {
  item: T;
  score: number;
  /** Share of the query's words that matched something. */
  coverage: number;
  /** The query is, contains, or is part of one of the item's names or keywords. */
  phrase: boolean;
};

/** Weight of a word matched in each place (see the ranking rules above). */
const WEIGHT = {
  ownName: 10,
  ownKeyword: 7,
  otherName: 6,
  otherKeyword: 4.5,
  ownDescription: 2,
} as const;

/** Bonus for a query that is a name or keyword (or contains one, or is part of one). */
const PHRASE = { ownName: 6, ownKeyword: 3, other: 2, part: 2, otherPart: 1 } as const;

/** Bonus for a query that says the whole name (scaled by the share of the name it says). */
const NAME_COVERAGE = { own: 4, other: 2 } as const;

/** A result is listed only with this score, and this share of the best one: no stray matches. */
export const MIN_SCORE = 1.5;
export const RELATIVE_CUTOFF = 0.3;

type Field = 'ownName' | 'ownKeyword' | 'otherName' | 'otherKeyword' | 'ownDescription';
const FIELDS = Object.keys(WEIGHT) as Field[];

type Indexed<T> = {
  item: T;
  words: Record<Field, string[]>;
  ownPhrases: { name: string[]; keyword: string[] };
  otherPhrases: string[];
};

// Catalogue text is the same on every search: normalize each string once (bounded, as staff
// edits bring new strings). Text is segmented by its own language (see search-fold.ts).
type Normalized = { phrase: string; words: string[] };
const memo = new Map<string, Map<string, Normalized>>();
let memoSize = 0;
function cached(text: string, locale: string): Normalized {
  let byText = memo.get(locale);
  if (!byText) memo.set(locale, (byText = new Map()));
  let hit = byText.get(text);
  if (!hit) {
    if (++memoSize > 20_000) {
      for (const m of memo.values()) m.clear();
      memoSize = 1;
    }
    hit = { phrase: normalize(text, locale), words: tokens(text, locale) };
    byText.set(text, hit);
  }
  return hit;
}
function wordsOf(texts: string[], locale: string, into: string[] = []): string[] {
  for (const t of texts) for (const w of cached(t, locale).words) into.push(w);
  return into;
}
function phrasesOf(texts: string[], locale: string, into: string[] = []): string[] {
  for (const t of texts) {
    const p = cached(t, locale).phrase;
    if (p) into.push(p);
  }
  return into;
}
const compact = (phrase: string) => phrase.replace(/ /g, '');

function index<T extends Searchable>(item: T, locale: string): Indexed<T> {
  const nameIn = (l: string) => (item.names[l] ? [item.names[l]] : []);
  const ownName = nameIn(locale);
  const ownKeywords = item.keywords[locale] ?? [];
  const words: Record<Field, string[]> = {
    ownName: wordsOf(ownName, locale),
    ownKeyword: wordsOf(ownKeywords, locale),
    otherName: [],
    otherKeyword: [],
    ownDescription: wordsOf([item.descriptions[locale] ?? ''], locale),
  };
  const otherPhrases: string[] = [];
  for (const l of Object.keys({ ...item.names, ...item.keywords })) {
    if (l === locale) continue;
    const keywords = item.keywords[l] ?? [];
    wordsOf(nameIn(l), l, words.otherName);
    wordsOf(keywords, l, words.otherKeyword);
    phrasesOf(nameIn(l), l, otherPhrases);
    phrasesOf(keywords, l, otherPhrases);
  }
  return {
    item,
    words,
    ownPhrases: { name: phrasesOf(ownName, locale), keyword: phrasesOf(ownKeywords, locale) },
    otherPhrases,
  };
}

/**
 * Whole-phrase evidence: the query is a name or keyword, or contains one, or is part of one.
 * Kept smaller than the gap between a name and a keyword match, so it orders results within
 * a tier and does not lift a keyword match over a name match.
 */
function phraseBonus(query: string, ix: Indexed<unknown>): number {
  const equal = (p: string) => p === query || compact(p) === compact(query);
  const within = (outer: string, inner: string) =>
    inner.includes(' ') && ` ${outer} `.includes(` ${inner} `);
  const own = [...ix.ownPhrases.name, ...ix.ownPhrases.keyword];
  let bonus = 0;
  if (ix.ownPhrases.name.some(equal)) bonus = PHRASE.ownName;
  else if (ix.ownPhrases.keyword.some(equal)) bonus = PHRASE.ownKeyword;
  else if (ix.otherPhrases.some(equal)) bonus = PHRASE.other;
  if (own.some((p) => within(query, p) || within(p, query))) bonus = Math.max(bonus, PHRASE.part);
  if (ix.otherPhrases.some((p) => within(query, p) || within(p, query))) {
    bonus = Math.max(bonus, PHRASE.otherPart);
  }
  return bonus;
}

/**
 * Share of a name's words that the query says (as typed or another form of the word): "baches
 * grandes" names "Bache" outright and "Recogida de artículos grandes" only in part.
 */
function nameCoverage(name: string[], matches: Map<string, number>[]): number {
  if (!name.length) return 0;
  const said = name.filter((w) => matches.some((m) => (m.get(w) ?? 0) >= 0.95)).length;
  return said / name.length;
}

/**
 * How telling a query word is: 1 when one or two items use it, less the more items do, so in
 * "broken swing" the swing counts more than the broken (sidewalks, pipes, branches…).
 */
function specificityOf(m: Map<string, number>, indexed: Indexed<unknown>[]): number {
  const uses = indexed.filter((ix) =>
    FIELDS.some((f) => ix.words[f].some((w) => (m.get(w) ?? 0) >= 0.95)),
  ).length;
  return 1 / (1 + 0.15 * Math.max(0, uses - 2));
}

/**
 * Every item that matches, best first, with its score. Ties go to the more popular item.
 * Items below MIN_SCORE or far below the best match are left out.
 */
export function rankItems<T extends Searchable>(
  query: string,
  items: T[],
  locale: string,
): Scored<T>[] {
  const qWords = tokens(query, locale);
  if (!qWords.length) return [];
  const phrase = normalize(query, locale);
  const indexed = items.map((item) => index(item, locale));
  // Every word a query can score on (names and keywords in every language, descriptions in
  // the page's): with seven languages, other languages' descriptions would be most of it.
  const words = new Set<string>();
  for (const ix of indexed) for (const f of FIELDS) for (const w of ix.words[f]) words.add(w);
  const vocabulary = vocabularyOf(words);
  const matches = qWords.map((q) => matchesOf(q, vocabulary));
  const specificity = matches.map((m) => specificityOf(m, indexed));
  const scored = indexed.map((ix): Scored<T> => {
    let score = 0;
    let matched = 0;
    matches.forEach((m, i) => {
      let word = 0;
      for (const f of FIELDS) {
        for (const w of ix.words[f]) word = Math.max(word, (m.get(w) ?? 0) * WEIGHT[f]);
      }
      if (word > 0) matched++;
      score += word * specificity[i];
    });
    if (!matched) return { item: ix.item, score: 0, coverage: 0, phrase: false };
    // Every word should count, but one stray word must not sink a good match.
    const coverage = matched / qWords.length;
    const bonus = phraseBonus(phrase, ix);
    const named =
      NAME_COVERAGE.own * nameCoverage(ix.words.ownName, matches) +
      NAME_COVERAGE.other * nameCoverage(ix.words.otherName, matches);
    score = score * (0.5 + 0.5 * coverage) + bonus + named;
    return { item: ix.item, score, coverage, phrase: bonus > 0 };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((x) => x.score >= MIN_SCORE && x.score >= top * RELATIVE_CUTOFF)
    .sort((a, b) => b.score - a.score || b.item.popularity - a.item.popularity);
}

export function searchServices<T extends Searchable>(
  query: string,
  catalogue: T[],
  locale: string,
): T[] {
  return rankItems(query, catalogue, locale).map((x) => x.item);
}
