/**
 * Text rules for search: folding and segmenting text into words (search-fold.ts), dropping
 * words that name no service and giving a word's forms one stem (search-languages.ts, per
 * script), and how well a query word matches catalogue words (typos included).
 */
import { fold, segment } from './search-fold';
import { RULES, scriptOf, type Script } from './search-languages';

/** Folded words joined by single spaces: "Árbol CAÍDO" → "arbol caido", "路灯不亮" → "路灯 不 亮". */
export function normalize(text: string, locale = 'en'): string {
  return segment(fold(text), locale).join(' ');
}

/** The words that can name a service: no stop words, nothing too short for its script. */
export function tokens(text: string, locale = 'en'): string[] {
  return segment(fold(text), locale).filter((w) => {
    const rules = RULES[scriptOf(w)];
    return w.length >= rules.minLength && !rules.stopWords.has(w);
  });
}

/** One form for a word's forms (plural, gender, case, particles), by the word's script. */
export function stem(word: string): string {
  return RULES[scriptOf(word)].stem(word);
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

// A catalogue word's stem and script, worked out once (bounded, as staff edits bring new words).
const known = new Map<string, { stem: string; script: Script }>();
function infoOf(w: string) {
  let hit = known.get(w);
  if (hit === undefined) {
    if (known.size > 50_000) known.clear();
    hit = { stem: stem(w), script: scriptOf(w) };
    known.set(w, hit);
  }
  return hit;
}
const cachedStem = (w: string) => infoOf(w).stem;

/**
 * The catalogue's words by script: a word matches only words of its own script, and with
 * seven languages the others are most of the vocabulary.
 */
export type Vocabulary = Map<Script, string[]>;
export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const out: Vocabulary = new Map();
  for (const w of words) {
    const { script } = infoOf(w);
    let list = out.get(script);
    if (!list) out.set(script, (list = []));
    list.push(w);
  }
  return out;
}

/** A whole-word match: 1 as typed, 0.95 as another form of the same word. */
function wholeScore(q: string, w: string, qStem: string): number {
  if (q === w) return 1;
  return qStem === cachedStem(w) ? 0.95 : 0;
}

/**
 * Part of a word: "graf" for "graffiti" while typing, or "flickery" for "flicker". Chinese
 * words are parts of longer ones (路灯 in 路灯杆), and Korean compounds are often written
 * without a space (가로등고장 holds 가로등 and 고장; 분리수거 "sorted collection" holds 수거).
 */
function isPart(q: string, w: string, script: Script): boolean {
  if (script === 'han' || script === 'hangul') {
    return (q.length >= 2 && w.includes(q)) || (w.length >= 2 && q.includes(w));
  }
  if (q.length >= 3 && w.startsWith(q)) return true;
  return w.length >= 4 && q.startsWith(w) && q.length - w.length <= 2;
}

// A Hangul syllable is two or three letters (jamo): typos are counted in letters, so
// 가로둥 is one slip from 가로등. NFD takes the syllables apart.
const jamo = new Map<string, string>();
function lettersOf(w: string): string {
  let hit = jamo.get(w);
  if (hit === undefined) {
    if (jamo.size > 20_000) jamo.clear();
    hit = w.normalize('NFD');
    jamo.set(w, hit);
  }
  return hit;
}

/** Chinese words are too short, and their characters too meaningful, to forgive a typo. */
function isTypo(q: string, w: string, script: Script): boolean {
  if (script === 'han') return false;
  const [a, b] = script === 'hangul' ? [lettersOf(q), lettersOf(w)] : [q, w];
  const max = script === 'hangul' ? (a.length >= 5 ? 1 : 0) : allowedEdits(a);
  return max > 0 && editDistance(a, b, max) <= max;
}

/**
 * How well one query word matches each catalogue word that it matches at all. Typos are tried
 * only when the word matches nothing as typed, as a plural or as a prefix.
 */
export function matchesOf(q: string, byScript: Vocabulary): Map<string, number> {
  const found = new Map<string, number>();
  const qStem = stem(q);
  const script = scriptOf(q);
  const vocabulary = byScript.get(script) ?? [];
  for (const w of vocabulary) {
    const s = wholeScore(q, w, qStem);
    if (s) found.set(w, s);
  }
  // A whole word ("calle", "out") only weakly suggests the longer ones it begins ("callejón",
  // "outside"); a fragment ("graf") is probably one being typed.
  const part = found.size ? 0.4 : 0.8;
  for (const w of vocabulary) if (!found.has(w) && isPart(q, w, script)) found.set(w, part);
  if (!found.size) for (const w of vocabulary) if (isTypo(q, w, script)) found.set(w, 0.6);
  return found;
}
