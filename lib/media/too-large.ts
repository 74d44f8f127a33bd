import type { Locale } from '@/lib/i18n/config';
import { proxyCopy } from '@/lib/i18n/proxy-copy';
import { plainPage } from '@/lib/http/plain-page';
import { FORM_BODY_MAX_BYTES } from './limits';

const copy = (locale: Locale) => proxyCopy[locale].RequestForm;

/** Is this a form post larger than the portal reads (photos over the limits)? */
export function isTooLargePost(method: string, contentLength: string | null): boolean {
  return method === 'POST' && Number(contentLength ?? 0) > FORM_BODY_MAX_BYTES;
}

/**
 * The answer to a post over FORM_BODY_MAX_BYTES, from the proxy before anything reads the
 * body: a plain, localized page with status 413 (no scripts, no styles, so it needs no nonce)
 * instead of the framework's cut-off body and a bare 500. The answers cannot be read back, so
 * it says nothing was sent and how to get back to them (the browser's back button keeps what
 * was typed) — with JavaScript the browser checks photo sizes first and never gets here.
 */
export function tooLargeResponse(locale: Locale, path: string): Response {
  const t = copy(locale);
  return plainPage(locale, 413, {
    title: t.tooLargeTitle,
    paragraphs: [t.tooLargeBody],
    link: { href: path, text: t.tooLargeRestart },
  });
}
