import { localeDir } from './config';

/**
 * A Latin-script value (tracking number, code, e-mail) placed in a plain-text message of a
 * right-to-left locale, where no <bdi> can go (a <title>, a heading built as one string): the
 * Unicode isolates LRI … PDI keep "BAL-26-004821" in its order inside Arabic text. Left-to-right
 * locales get the value unchanged (nothing to isolate it from).
 */
export function ltrIn(locale: string, value: string): string {
  return localeDir(locale) === 'rtl' ? `\u2066${value}\u2069` : value;
}

/**
 * What a resident typed (a search query), inside a plain-text message of a right-to-left
 * locale: the Unicode isolates FSI … PDI give it the direction of its own first letter, so
 * “pothole” keeps its quotation marks around it in an Arabic heading. Unchanged elsewhere.
 */
export function ownDirIn(locale: string, value: string): string {
  return localeDir(locale) === 'rtl' ? `\u2068${value}\u2069` : value;
}
