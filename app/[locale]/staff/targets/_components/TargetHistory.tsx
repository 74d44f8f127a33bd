import { getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/audit/queries';
import { TARGET_FIELDS } from '@/lib/targets/schema';
import { AuditTable } from '../../admin/_components/AuditTable';
import type { TargetText } from '../_lib/text';

/** The target's audit trail: who set it, when, and each value from → to (creation: "Not set"). */
export async function TargetHistory({
  locale,
  fiscalYear,
  entries,
  text,
}: {
  locale: string;
  fiscalYear: number;
  entries: AuditEntry[];
  text: TargetText;
}) {
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined) return t('notSet');
    if (field === 'dayType') return text.dayType(v);
    if (field === 'daysToClose') return String(v);
    return text.pct(Number(v));
  };
  return (
    <>
      <h2>{t('historyHeading')}</h2>
      <AuditTable
        locale={locale}
        caption={t('historyCaption', { fy: fiscalYear })}
        region={t('historyRegion')}
        empty={t('historyEmpty')}
        rows={entries.map((e) => ({
          id: e.id,
          at: e.at,
          who: e.actorName ?? t('system'),
          what: e.action === 'target.set' ? t('auditSet') : e.action,
          details: TARGET_FIELDS.filter((f) => e.after && f in e.after).map((f) =>
            t('auditChange', {
              field: t(`field.${f}`),
              from: value(f, e.before?.[f]),
              to: value(f, e.after?.[f]),
            }),
          ),
        }))}
      />
    </>
  );
}
