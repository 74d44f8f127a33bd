import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { queueNeighbours } from '@/lib/staff/queries';
import { readQueueContext, requestHref } from '@/lib/staff/queue-filters';
import { shortcutKey } from '@/lib/staff/shortcuts';

/**
 * For the staff request page's header: the previous / next request in the queue view it was
 * opened from (same filters and order, same agency scope), each link keeping the view, so an
 * agent can walk a filtered list without going back to it. Nothing at either end.
 */
export async function QueueContextNav({
  locale,
  actor,
  trackingNumber,
  searchParams,
}: {
  locale: string;
  actor: Actor;
  trackingNumber: string;
  /** The request page's own search parameters (its `queue` parameter is the view). */
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations({ locale, namespace: 'Queue' });
  const { filters, query } = readQueueContext(searchParams);
  const { previous, next } = await queueNeighbours(actor, filters, trackingNumber);
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('neighbours')} className="queue-context">
      <ul>
        {previous ? (
          <li>
            <a
              href={requestHref(locale, previous, query)}
              rel="prev"
              data-shortcut={shortcutKey('previous')}
            >
              {t('previousRequest')}
            </a>
          </li>
        ) : null}
        {next ? (
          <li>
            <a
              href={requestHref(locale, next, query)}
              rel="next"
              data-shortcut={shortcutKey('next')}
            >
              {t('nextRequest')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
