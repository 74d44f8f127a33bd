import { describe, expect, it } from 'vitest';
import { rankItems, type Searchable } from './search';
import { fold, segment } from './search-fold';
import { normalize, stem, tokens } from './search-text';

/**
 * Search rules per script on small made-up vocabularies (the real catalogue in every locale is
 * tested by search-queries.test.ts).
 */
const sameStem = (...words: string[]) =>
  expect(new Set(words.map((w) => stem(tokens(w)[0] ?? '')))).toHaveLength(1);

describe('folding per script', () => {
  it('keeps Hangul whole (NFKD takes syllables apart; they are put back together)', () => {
    expect(fold('가로등')).toBe('가로등');
    expect(fold('가로등').length).toBe(3);
    expect(normalize('쓰레기 수거', 'ko')).toBe('쓰레기 수거');
  });
  it('folds full-width letters and digits (Chinese and Korean keyboards)', () => {
    expect(fold('ＡＢＣ１２３')).toBe('abc123');
  });
  it('drops Latin accents and opens French ligatures', () => {
    expect(fold('Éclairage ŒUVRE cœur')).toBe('eclairage oeuvre coeur');
  });
  it('reads ё as е but keeps й', () => {
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('Дорожный')).toBe('дорожный');
  });
  it('drops Arabic short vowels and tatweel and unifies alef, teh marbuta and alef maksura', () => {
    expect(fold('حُفْرَةٌ')).toBe('حفره');
    expect(fold('شـــارع')).toBe('شارع');
    expect(fold('أ إ آ ا')).toBe('ا ا ا ا');
    expect(fold('مستشفى')).toBe('مستشفي');
  });
});

describe('words', () => {
  it('segments Chinese, which has no spaces', () => {
    expect(segment(fold('路灯不亮'), 'zh')).toEqual(['路灯', '不', '亮']);
    expect(tokens('路灯不亮', 'zh')).toEqual(['路灯', '亮']); // 不 ("not") names no service
  });
  it('splits French elisions and hyphens', () => {
    expect(tokens("l'éclairage d’urgence", 'fr')).toEqual(['eclairage', 'urgence']);
    expect(tokens('nid-de-poule', 'fr')).toEqual(['nid', 'poule']);
  });
  it('drops stop words per script and keeps one-character Chinese and Korean words', () => {
    expect(tokens('яма на дороге', 'ru')).toEqual(['яма', 'дороге']);
    expect(tokens('حفرة في الشارع', 'ar')).toEqual(['حفره', 'الشارع']);
    expect(tokens('كتابة على الجدار', 'ar')).toEqual(['كتابه', 'الجدار']); // على folds to علي
    expect(tokens('물이 안 나와요', 'ko')).toEqual(['물이', '나와요']);
    expect(tokens('坑', 'zh')).toEqual(['坑']);
    expect(tokens('trou dans la rue', 'fr')).toEqual(['trou', 'rue']);
  });
});

describe('one stem for the forms of a word', () => {
  it('French plurals and feminines', () => {
    sameStem('cassé', 'cassée', 'cassés', 'cassées');
    sameStem('tuyau', 'tuyaux');
    sameStem('animal', 'animaux');
    sameStem('poubelle', 'poubelles');
  });
  it('Russian case endings', () => {
    sameStem('яма', 'ямы', 'яму', 'ямой');
    sameStem('фонарь', 'фонари', 'фонаря');
    sameStem('разбитый', 'разбитая', 'разбитое');
    sameStem('мусор', 'мусора');
  });
  it('Arabic article, attached prefixes and plural endings', () => {
    sameStem('حفرة', 'الحفرة', 'والحفرة', 'بالحفرة', 'حفره');
    sameStem('إشارة', 'إشارات', 'الإشارات');
    sameStem('نفاية', 'نفايات');
    expect(stem('بيت')).toBe('بيت'); // a three-letter word keeps every letter
  });
  it('Korean particles and "is broken" endings', () => {
    sameStem('가로등', '가로등이', '가로등은', '가로등에서');
    sameStem('쓰레기', '쓰레기를', '쓰레기가');
    sameStem('고장', '고장났어요', '고장남');
    expect(stem('물이')).toBe('물');
  });
});

/** A made-up service with a name and keywords per locale. */
function service(
  code: string,
  names: Record<string, string>,
  keywords: Record<string, string[]> = {},
): Searchable {
  return { code, popularity: 0, names, keywords, descriptions: {} };
}
const catalogue = [
  service(
    'pothole',
    {
      en: 'Pothole',
      zh: '路面坑洼',
      ko: '도로 구멍',
      fr: 'Nid-de-poule',
      ru: 'Яма на дороге',
      ar: 'حفرة في الطريق',
    },
    {
      zh: ['坑洼', '路面破损'],
      ko: ['포트홀', '도로 파손'],
      ru: ['выбоина'],
      ar: ['حُفَر', 'الطريق'],
    },
  ),
  service(
    'light',
    {
      en: 'Street light out',
      zh: '路灯不亮',
      ko: '가로등 고장',
      fr: 'Lampadaire éteint',
      ru: 'Не горит фонарь',
      ar: 'إنارة الشارع معطلة',
    },
    {
      zh: ['路灯坏了'],
      ko: ['가로등'],
      fr: ['éclairage public'],
      ru: ['уличное освещение'],
      ar: ['عمود إنارة'],
    },
  ),
  service(
    'trash',
    {
      en: 'Missed trash',
      zh: '垃圾未收',
      ko: '쓰레기 미수거',
      fr: 'Ordures non ramassées',
      ru: 'Не вывезли мусор',
      ar: 'القمامة لم تُجمع',
    },
    { zh: ['垃圾'], ko: ['쓰레기'], fr: ['poubelle'], ru: ['мусор'], ar: ['نفايات', 'زبالة'] },
  ),
];
const first = (q: string, locale: string) => rankItems(q, catalogue, locale)[0]?.item.code;

describe('ranking in every script', () => {
  it.each([
    ['坑洼', 'zh', 'pothole'],
    ['马路上有个大坑洼', 'zh', 'pothole'],
    ['路灯坏了不亮', 'zh', 'light'],
    ['ＬＥＤ路灯', 'zh', 'light'],
    ['垃圾没有收', 'zh', 'trash'],
    ['구멍', 'ko', 'pothole'],
    ['가로등이 안 켜져요', 'ko', 'light'],
    ['가로등고장', 'ko', 'light'],
    ['가로둥', 'ko', 'light'], // one letter (jamo) off
    ['쓰레기를 안 가져갔어요', 'ko', 'trash'],
    ['nid-de-poule', 'fr', 'pothole'],
    ['nids de poule', 'fr', 'pothole'],
    ['lampadaires éteints', 'fr', 'light'],
    ['eclairage', 'fr', 'light'],
    ['poubelles pas ramassees', 'fr', 'trash'],
    ['яма', 'ru', 'pothole'],
    ['ямы на дорогах', 'ru', 'pothole'],
    ['фонари не горят', 'ru', 'light'],
    ['Мусор', 'ru', 'trash'],
    ['حفرة', 'ar', 'pothole'],
    ['الحفرة في الطريق', 'ar', 'pothole'],
    ['حفره', 'ar', 'pothole'],
    ['إنارة', 'ar', 'light'],
    ['اعمدة الانارة', 'ar', 'light'],
    ['النفايات', 'ar', 'trash'],
    ['pothole', 'zh', 'pothole'], // another language's words count too
  ])('%s (%s) → %s', (q, locale, code) => {
    expect(first(q, locale)).toBe(code);
  });

  it('finds nothing for a Chinese word the catalogue does not use', () => {
    // 马路 (road) shares 路 with 路灯 (street light) and 路面 (road surface): not a match.
    expect(rankItems('狗', catalogue, 'zh')).toEqual([]);
    expect(rankItems('马路', catalogue, 'zh')).toEqual([]);
  });
});
