import { getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/audit/queries';
import { AUDIT_ACTIONS, AuditTable } from '../../../_components/AuditTable';
import type { userText } from './user-text';

type Text = Awaited<ReturnType<typeof userText>>;

/** The account's audit trail. Events hold role and agency only: nothing secret to leave out. */
export async function UserHistory({
  locale,
  history,
  text,
}: {
  locale: string;
  history: AuditEntry[];
  text: Text;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const details = (e: AuditEntry): string[] => {
    const fields = [
      { key: 'role', label: t('colRole'), show: text.role },
      { key: 'agencyCode', label: t('colAgency'), show: text.agency },
    ].filter((f) => e.after && f.key in e.after);
    if (e.action === 'user.create')
      return fields.map((f) =>
        t('auditValue', { field: f.label, value: f.show(e.after?.[f.key]) }),
      );
    if (e.action === 'user.role')
      return fields.map((f) =>
        t('auditChange', {
          field: f.label,
          from: f.show(e.before?.[f.key]),
          to: f.show(e.after?.[f.key]),
        }),
      );
    return [];
  };
  return (
    <>
      <h2>{t('historyHeading')}</h2>
      <AuditTable
        locale={locale}
        caption={t('historyCaption')}
        region={t('historyTableRegion')}
        empty={t('historyEmpty')}
        rows={history.map((e) => ({
          id: e.id,
          at: e.at,
          who: e.actorName ?? t('system'),
          what: AUDIT_ACTIONS[e.action] ? t(AUDIT_ACTIONS[e.action]) : e.action,
          details: details(e),
        }))}
      />
    </>
  );
}
