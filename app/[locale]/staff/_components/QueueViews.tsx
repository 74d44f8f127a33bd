import { getTranslations } from 'next-intl/server';
import type { SavedView } from '@/lib/staff/saved-views';
import { queueHref } from '@/lib/staff/queue-filters';

/**
 * The views an agent switches between all day, as links (each a bookmarkable URL), and their
 * own saved views with a delete button each (a plain POST form). The current one is marked
 * with aria-current.
 */
export async function QueueViews({
  locale,
  current,
  saved,
  deleteAction,
}: {
  locale: string;
  /** The canonical query of the view on screen (queueQuery without the page). */
  current: string;
  saved: SavedView[];
  deleteAction: (d: FormData) => Promise<void>;
}) {
  const t = await getTranslations({ locale, namespace: 'Queue' });
  const builtIn = [
    { query: '', label: t('viewOpen') },
    { query: 'assigned=me', label: t('viewMine') },
    { query: 'assigned=none', label: t('viewUnassigned') },
  ];
  const link = (query: string, label: string) => (
    <a href={queueHref(locale, query)} aria-current={query === current ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav aria-label={t('views')} className="queue-views">
      <ul>
        {builtIn.map((v) => (
          <li key={v.query}>{link(v.query, v.label)}</li>
        ))}
      </ul>
      {saved.length ? (
        <>
          <h2 className="queue-views__heading">{t('savedViews')}</h2>
          <ul>
            {saved.map((v) => (
              <li key={v.id}>
                {link(v.query, v.name)}
                <form action={deleteAction}>
                  <input type="hidden" name="viewId" value={v.id} />
                  <button
                    type="submit"
                    className="btn-link-small"
                    aria-label={t('deleteViewName', { name: v.name })}
                  >
                    {t('deleteView')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
