import type { Locale } from '@/lib/i18n/config';
import { proxyCopy } from '@/lib/i18n/proxy-copy';
import { plainPage } from './plain-page';

const copy = (locale: Locale) => proxyCopy[locale].Common;

/**
 * A page address with a NUL (`%00`) anywhere: no page or search can mean it, and PostgreSQL
 * text cannot hold it (it reached the database as a 500). Refused by the proxy with a 400.
 */
export function isBadAddress(url: string): boolean {
  return /%00/i.test(url) || hasMalformedPath(new URL(url).pathname);
}

/**
 * A path segment that is not valid percent-encoded UTF-8 (`%FF`, `%ED%A0%80`, `%zz`, a lone
 * `%`): Next.js cannot decode it into a route parameter and answered 500, on pages and API
 * routes alike, before any of the app's code ran.
 */
export function hasMalformedPath(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

/** The API's answer to such a path: plain text (Open311 clients read the status first). */
export function badApiAddressResponse(): Response {
  return new Response('Bad request: the address is not valid percent-encoded UTF-8.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function badAddressResponse(locale: Locale): Response {
  const t = copy(locale);
  return plainPage(locale, 400, {
    title: t.badAddressTitle,
    paragraphs: [t.notFoundBody],
    link: { href: `/${locale}`, text: t.notFoundHome },
  });
}

/**
 * A route parameter decoded once more (Next.js decodes once; a `%2F` inside stays encoded), or
 * as it is when that is not valid: `/…/%25` arrives as a lone `%`, which decodeURIComponent
 * refuses with a URIError (found by the fuzz suite on two pages).
 */
export function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
