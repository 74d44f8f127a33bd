import type { Locale } from '@/lib/i18n/config';
import { proxyCopy } from '@/lib/i18n/proxy-copy';
import { plainPage } from '@/lib/http/plain-page';

const copy = (locale: Locale) => proxyCopy[locale].Outage;

/**
 * The "temporarily unavailable" page (GOV.UK "service unavailable" pattern: what happened,
 * that nothing already sent was lost, when to try again), answered by the proxy with status
 * 503 and Retry-After while the database is unreachable. A form post refused here never
 * reached its action, so nothing of it was saved: it says so, and how to get the answers back.
 */
export function unavailableResponse(locale: Locale, path: string, method: string): Response {
  const t = copy(locale);
  const post = method === 'POST';
  const response = plainPage(locale, 503, {
    title: t.title,
    paragraphs: [t.happened, post ? t.postNotSaved : t.nothingLost, t.tryLater],
    link: { href: path, text: t.retry },
  });
  response.headers.set('retry-after', '60');
  return response;
}
