import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/audit/queries';

export type AuditLine = {
  id: number;
  at: string;
  when: string;
  who: string;
  what: string;
  changes: string[];
};

/** Fields shown in the trail; ids (assignedTo) are kept in the data but named here instead. */
const SHOWN = [
  'status',
  'closeReason',
  'referredTo',
  'assigneeName',
  'duplicateOf',
  'acknowledgedAt',
  'closedAt',
  'publicNote',
  'body',
  'callerConsent', // a phoned-in request (lib/intake): the caller's answer, yes or no
];

/** Audit entries in words, in the reader's language: "Status: Acknowledged → In progress". */
export async function auditLines(locale: string, entries: AuditEntry[]): Promise<AuditLine[]> {
  const t = await getTranslations({ locale, namespace: 'Triage' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('none');
    if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
    if (field === 'status') return ts(String(v) as 'new');
    if (field === 'closeReason') return ts(`reason.${String(v)}` as 'reason.resolved');
    if (field.endsWith('At')) return when(new Date(String(v)));
    return String(v);
  };
  return entries.map((e) => {
    const fields = SHOWN.filter((f) => (e.after && f in e.after) || (e.before && f in e.before));
    return {
      id: e.id,
      at: e.at.toISOString(),
      when: when(e.at),
      who: e.actorName ?? t('system'),
      what: t(`audit.${e.action.replace('request.', '')}` as 'audit.acknowledge'),
      changes: fields.map((f) => {
        const label = t(`field.${f}` as 'field.status');
        const after = value(f, e.after?.[f]);
        return e.before && f in e.before
          ? t('changeFromTo', { field: label, from: value(f, e.before[f]), to: after })
          : t('changeTo', { field: label, to: after });
      }),
    };
  });
}
