import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditLine } from '../../../_components/audit-text';
import type { StaffRequest } from './view-types';

/** The timeline (what the resident and staff saw happen) and the audit trail (who changed what). */
export async function RequestHistory({
  locale,
  request,
  audit,
}: {
  locale: string;
  request: StaffRequest;
  audit: AuditLine[];
}) {
  const t = await getTranslations({ locale, namespace: 'Triage' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <h2>{t('timelineHeading')}</h2>
      <ol className="timeline" reversed>
        {[...request.events].reverse().map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{date(e.at)}</time>
            <strong>
              {e.kind === 'note'
                ? t('eventNote')
                : e.kind === 'assigned'
                  ? t('eventAssigned')
                  : e.kind === 'duplicate_merged'
                    ? t('eventDuplicateMerged', { number: e.body ?? '' })
                    : e.toStatus
                      ? t('eventStatus', { status: ts(e.toStatus) })
                      : e.kind}
            </strong>{' '}
            <span className={e.visibility === 'public' ? 'tag' : 'tag tag--internal'}>
              {e.visibility === 'public' ? t('public') : t('internal')}
            </span>
            {e.actorName ? <span> — {e.actorName}</span> : null}
            {e.body && e.kind !== 'duplicate_merged' ? (
              <p className="preserve-lines">{e.body}</p>
            ) : null}
          </li>
        ))}
      </ol>

      <h2 id="audit-heading">{t('auditHeading')}</h2>
      {audit.length ? (
        <div className="table-scroll" role="region" aria-labelledby="audit-heading" tabIndex={0}>
          <table className="table">
            <caption>{t('auditCaption', { number: request.trackingNumber })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditWhen')}</th>
                <th scope="col">{t('auditWho')}</th>
                <th scope="col">{t('auditWhat')}</th>
                <th scope="col">{t('auditChanges')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.id}>
                  <td>
                    <time dateTime={a.at}>{a.when}</time>
                  </td>
                  <td>{a.who}</td>
                  <td>{a.what}</td>
                  <td>
                    <ul className="plain-list">
                      {a.changes.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('auditEmpty')}</p>
      )}
    </>
  );
}
