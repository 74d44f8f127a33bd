/**
 * Folding and word segmentation for search, per script, so what a resident types meets the
 * catalogue's text however it is spelled:
 * - width: full-width letters and digits (ＡＢＣ１２３, common in Chinese and Korean input) become
 *   ASCII (NFKD, which also opens ligatures like ﬁ);
 * - Latin: case and accents (árbol, éclairé), œ → oe, æ → ae;
 * - Cyrillic: ё → е, as Russian is mostly written without the dots; й keeps its breve (it is a
 *   letter of its own, not an accented и);
 * - Arabic: short vowels and other marks (tashkeel), the tatweel stretch, the alef forms
 *   أ إ آ → ا (with ؤ → و and ئ → ي: their hamza is a mark after NFKD), ة → ه, ى → ي;
 * - Hangul: NFKD takes syllables apart into jamo, so the text is recomposed (NFC) at the end;
 *   dropping every combining mark then, as the old rule did, would have left jamo behind.
 * Words come from Intl.Segmenter: Chinese has no spaces ("路灯不亮" → 路灯 / 不 / 亮).
 */

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const CYRILLIC_YO = /([еЕ])\u0308/g;
// Harakat, tanwin, shadda, sukun, hamza and madda marks (U+064B–U+065F), dagger alef, tatweel.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(LATIN_MARKS, '$1')
    .replace(CYRILLIC_YO, '$1')
    .replace(ARABIC_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .normalize('NFC');
}

// Word boundaries by locale; with Node's ICU the rules are the same for our seven locales
// (Chinese dictionary breaking applies to Han text whatever the locale), but a future locale
// may differ.
const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * The words of folded text. A segment keeps an inner apostrophe or period ("l'éclairage",
 * "don't"): it is split there too, so French elision leaves the noun on its own.
 */
export function segment(folded: string, locale = 'en'): string[] {
  const out: string[] = [];
  for (const s of segmenterFor(locale).segment(folded)) {
    if (!s.isWordLike) continue;
    for (const part of s.segment.split(/[^\p{L}\p{N}]+/u)) if (part) out.push(part);
  }
  return out;
}
