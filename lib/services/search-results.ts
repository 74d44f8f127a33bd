import { pick } from '@/lib/i18n/localized';
import { pointers as allPointers, type Pointer } from './pointers';
import { rankItems, type Searchable } from './search';

/**
 * Services and pointers ranked together, so "gas leak" puts BGE's gas line above "Water leak"
 * and typo tolerance knows every word either of them uses. A pointer stands out on the page, so
 * it is shown only when it is about as good a match as the best one and the query is about it:
 * the query is (or contains, or is part of) its title or a keyword, or it is the best match for
 * every word ("nosie"). A word it merely shares ("car" in "car stereo") is not enough.
 */
export const POINTER_MIN_SCORE = 5;
export const POINTER_RELATIVE = 0.75;

export type PointerView = {
  id: string;
  urgent: boolean;
  tel: string;
  title: string;
  body: string;
  call: string;
  /** The language of the text (English when the page's language has none). */
  lang: string;
};

export function pointerView(p: Pointer, locale: string): PointerView {
  const title = pick(p.title, locale);
  return {
    id: p.id,
    urgent: p.urgent,
    tel: p.tel,
    title: title.text,
    body: pick(p.body, locale).text,
    call: pick(p.call, locale).text,
    lang: title.lang,
  };
}

type Entry<T> = Searchable &
  ({ service: T; pointer?: never } | { pointer: Pointer; service?: never });

function pointerEntry<T>(p: Pointer): Entry<T> {
  return {
    pointer: p,
    code: p.id,
    popularity: 0,
    names: p.title as Record<string, string>,
    keywords: p.keywords as Record<string, string[]>,
    descriptions: {},
  };
}

export type SearchResults<T> = {
  services: T[];
  pointers: Pointer[];
  /** What the page shows first: a pointer id or a service code. */
  first: string | undefined;
};

export function searchWithPointers<T extends Searchable>(
  query: string,
  catalogue: T[],
  locale: string,
  pointers: Pointer[] = allPointers,
): SearchResults<T> {
  const items: Entry<T>[] = [
    ...catalogue.map((s) => ({ ...s, service: s })),
    ...pointers.map((p) => pointerEntry<T>(p)),
  ];
  const ranked = rankItems(query, items, locale);
  const top = ranked[0]?.score ?? 0;
  const shown = ranked.flatMap(({ item, score, coverage, phrase }, i) =>
    item.pointer &&
    score >= POINTER_MIN_SCORE &&
    score >= top * POINTER_RELATIVE &&
    (phrase || (i === 0 && coverage === 1))
      ? [item.pointer]
      : [],
  );
  const services = ranked.flatMap(({ item }) => (item.service ? [item.service] : []));
  return { services, pointers: shown, first: shown[0]?.id ?? services[0]?.code };
}
