import { getFormatter, getTranslations } from 'next-intl/server';
import type { listApiKeys } from '@/lib/open311/api-keys';
import { revokeKeyAction } from '../actions';

type Key = Awaited<ReturnType<typeof listApiKeys>>[number];

/**
 * Keys by name and prefix (the key itself is never stored). Each active key has its own revoke
 * form; the button's accessible name says which key ("Revoke the key for …").
 */
export async function KeysTable({ locale, keys }: { locale: string; keys: Key[] }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  if (!keys.length) return <p>{t('keysEmpty')}</p>;
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="table-scroll" role="region" aria-label={t('keysTableRegion')} tabIndex={0}>
      <table className="table">
        <caption>{t('keysCaption', { count: keys.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colClient')}</th>
            <th scope="col">{t('colPrefix')}</th>
            <th scope="col">{t('colCreated')}</th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col">{t('colAction')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td translate="no">{t('prefixValue', { prefix: k.prefix })}</td>
              <td>{date(k.createdAt)}</td>
              <td>
                {k.revokedAt ? (
                  <strong className="tag tag--overdue">
                    {t('keyRevokedOn', { date: date(k.revokedAt) })}
                  </strong>
                ) : (
                  t('keyActive')
                )}
              </td>
              <td>
                {k.revokedAt ? null : (
                  <form action={revokeKeyAction.bind(null, locale, k.id)}>
                    <button type="submit" className="btn btn-outline-danger">
                      {t.rich('revokeButton', {
                        name: k.name,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      })}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
