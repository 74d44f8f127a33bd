/**
 * Per-language rules for search: the words that name no service (stop words) and one form for
 * the forms of a word (a light stemmer). One entry per locale, small on purpose: they only
 * need to make a resident's words meet the catalogue's.
 *
 * A word's rules are chosen by its script, not by the page's language: residents type English
 * on the Chinese page and Spanish on the English one, and the query and the catalogue must
 * fold the same way to meet. Among our locales each script but Latin has one language; Latin
 * words get English, Spanish and French together (as English and Spanish always had), so those
 * lists hold no word that is a real service word in another Latin language ("car" is French
 * for "because": not listed).
 * Words are already folded (search-fold.ts): lower case, no accents, Arabic alef forms unified.
 */
import { fold } from './search-fold';

/** English: function words of "trash *not* picked *up*", "is *there* a…". */
const en = `a an and are at be been by for from has have i im in is it its me my no not of on or our
  please some the there theres this to up was were with`;

/** Spanish. */
const es = `al con de del el en es esta estan hay la las le les lo los me mi mis muy no para por que
  se su sus un una unas unos y ya`;

/** French (elided l' d' qu' fall apart into one letter, dropped as too short). */
const fr = `au aux avec ce ces cet cette dans des du elle est et il ils je ma mes mon ne nous ou pas
  qui sont sur svp une vous notre nos votre chez devant`;

/** Russian: prepositions, "not", "there is", "please". */
const ru = `в во на не нет и или у около возле перед с со к по из от для о об это этот эта тут там
  есть уже очень пожалуйста мой моя мои наш наша меня`;

/** Arabic: prepositions, "not", "there is", "this", "please". */
const ar = `في من على إلى عن مع هذا هذه هناك يوجد لا لم ما او ان انا نحن قد كان عند امام لو سمحت
  من فضلك`;

/**
 * Korean: "not", "please", "here", "a little", "is/was done" (수거 안 됨: "not collected");
 * particles come off in stemKo instead.
 */
const ko = `안 좀 너무 제발 여기 저기 거기 우리 저희 있어요 있습니다 없어요 해주세요 주세요 이 그 저 것 수
  됨 돼요 됐어요 됩니다`;

/** Simplified Chinese: particles and function words that the segmenter splits off. */
const zh = `的 了 在 是 我 我们 我家 有 和 与 或 不 没 没有 很 请 这 那 这里 那里 个 一个 吗 呢 吧 啊 被 把
  都 也 就 还 太 上 里 附近`;

// Folded as the text they are compared with (على → علي), so the lists can be written as spoken.
const set = (...lists: string[]) => new Set(fold(lists.join(' ')).split(/\s+/).filter(Boolean));

/** Strip the longest of `endings` that leaves at least `keep` characters (one pass). */
function stripEnding(w: string, endings: readonly string[], keep: number): string {
  for (const e of endings)
    if (w.endsWith(e) && w.length - e.length >= keep) return w.slice(0, -e.length);
  return w;
}
const longestFirst = (list: string) => list.split(' ').sort((a, b) => b.length - a.length);

/**
 * English, Spanish and French together: plural and singular, Spanish and French masculine and
 * feminine, so potholes/pothole, baches/bache, luces/luz, apagado/apagada, cassé/cassée,
 * tuyaux/tuyau and animaux/animal match.
 */
function stemLatin(word: string): string {
  let w = word;
  // French plurals in -x (tuyaux, feux) and -aux for -al (animaux, canaux): -al becomes -au.
  if (w.length > 4 && /(?:au|eu|ou)x$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('al')) w = `${w.slice(0, -1)}u`;
  if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  // French feminine past participles (cassée → cassé, folded to "cassee"/"casse").
  if (w.length > 4 && w.endsWith('ee')) w = w.slice(0, -1);
  if ((w.length > 4 && /[aeo]$/.test(w)) || w.endsWith('ce')) w = w.slice(0, -1);
  if (w.endsWith('z')) w = `${w.slice(0, -1)}c`;
  return w;
}

/**
 * Russian: case, number and gender endings of nouns and adjectives, and present-tense verb
 * endings ("яма/ямы/яму/ямой", "разбитый/разбитая", "горит/горят"). Light: one ending off,
 * two letters kept, so "яма" still meets "ямы".
 */
const RU_ENDINGS = longestFirst(
  'ого его ому ему ыми ими ами ями ая яя ое ее ые ие ый ий ой ей ую юю ом ем ах ях ов ев ам ям ' +
    'ья ье ьи ью ет ют ит ят ат ут ы и а я у ю е о ь',
);
const stemRu = (w: string) => stripEnding(w, RU_ENDINGS, 2);

/**
 * Arabic (folded): the article and the conjunction or preposition stuck to it (الشارع, والشارع,
 * بالشارع, للشارع, وبالشارع), a leading و ("and") on a longer word, then plural, dual and feminine endings
 * (ات ون ين ان, ة folded to ه): حفرة/حفر, إشارة/إشارات, نفاية/نفايات. Three letters are kept, so
 * three-letter roots are never cut.
 */
const AR_PREFIXES = ['وبال', 'وكال', 'ولل', 'فبال', 'فلل', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
const AR_SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'ه'];
function stemAr(word: string): string {
  let w = word;
  const prefix = AR_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= 2);
  if (prefix) w = w.slice(prefix.length);
  else if (w.startsWith('و') && w.length >= 5) w = w.slice(1);
  for (let i = 0; i < 2; i++) {
    const next = stripEnding(w, AR_SUFFIXES, 3);
    if (next === w) break;
    w = next;
  }
  return w;
}

/**
 * Korean: spaces separate words but particles attach (가로등이, 쓰레기를, 도로에서), and
 * "is broken" is a noun with a verb ending (고장났어요, 고장남). Particles leave one syllable
 * (물이 → 물); verb endings leave two, so short verbs are not cut to nothing.
 */
const KO_PARTICLES = longestFirst(
  '이 가 을 를 은 는 에 의 도 로 와 과 만 에서 에게 으로 까지 부터 처럼 이랑 랑 한테 이에요 예요 입니다 이요',
);
const KO_VERB_ENDINGS = longestFirst(
  '했어요 해요 합니다 했습니다 하다 함 됐어요 돼요 됩니다 됨 되었어요 났어요 났습니다 났음 났다 남 나요 ' +
    '났네요 해주세요 돼있어요 되어있어요',
);
function stemKo(word: string): string {
  const w = stripEnding(word, KO_VERB_ENDINGS, 2);
  return w === word ? stripEnding(word, KO_PARTICLES, 1) : w;
}

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'hangul' | 'han' | 'other';

export function scriptOf(word: string): Script {
  const c = word[0] ?? '';
  if (/\p{Script=Latin}/u.test(c)) return 'latin';
  if (/\p{Script=Han}/u.test(c)) return 'han';
  if (/\p{Script=Hangul}/u.test(c)) return 'hangul';
  if (/\p{Script=Cyrillic}/u.test(c)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(c)) return 'arabic';
  return 'other';
}

type Rules = { stopWords: Set<string>; stem: (w: string) => string; minLength: number };

/**
 * The rules per script. Chinese and Korean words can be one character (坑 pit, 물 water);
 * elsewhere one letter is an elided article or a stray initial.
 */
export const RULES: Record<Script, Rules> = {
  latin: { stopWords: set(en, es, fr), stem: stemLatin, minLength: 2 },
  cyrillic: { stopWords: set(ru), stem: stemRu, minLength: 2 },
  arabic: { stopWords: set(ar), stem: stemAr, minLength: 2 },
  hangul: { stopWords: set(ko), stem: stemKo, minLength: 1 },
  // Chinese words come from the segmenter's dictionary: no endings to take off.
  han: { stopWords: set(zh), stem: (w) => w, minLength: 1 },
  other: { stopWords: new Set(), stem: (w) => w, minLength: 2 },
};
