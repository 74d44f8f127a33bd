import 'server-only';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/config';
import { staffErrorMessages } from '@/lib/staff/errors';
import { CLOSE_FORM_REASONS, REFERRED_TO_MAX } from '@/lib/staff/schema';
import type { WorkspaceCopy } from './RequestWorkspace';

/** Every word the request page's forms show, in one locale (the forms are a client component). */
export async function workspaceCopy(locale: Locale, title: string): Promise<WorkspaceCopy> {
  const t = await getTranslations({ locale, namespace: 'Triage' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  return {
    pageTitle: await pageTitle(locale, title),
    errorPageTitle: await pageTitle(locale, title, true),
    summaryTitle: tf('errorSummaryTitle'),
    errorPrefix: tf('errorPrefix'),
    errors: staffErrorMessages(tv),
    actionsHeading: t('actionsHeading'),
    buttons: {
      acknowledge: t('acknowledge'),
      start: t('start'),
      reopen: t('reopen'),
      close: t('close'),
      merge: t('merge'),
      assign: t('assign'),
      note: t('addNote'),
    },
    closeHeading: t('closeHeading'),
    reasonLegend: t('reasonLegend'),
    reasons: CLOSE_FORM_REASONS.map((r) => ({ value: r, label: ts(`reason.${r}`) })),
    publicNoteLabel: t('publicNoteLabel'),
    publicNoteHint: t('publicNoteHint'),
    reopenHeading: t('reopenHeading'),
    reopenReasonLabel: t('reopenReasonLabel'),
    reopenReasonHint: t('reopenReasonHint'),
    referredToLabel: t('referredToLabel'),
    referredToHint: t('referredToHint', { max: REFERRED_TO_MAX }),
    mergeHeading: t('mergeHeading'),
    parentLabel: t('parentLabel'),
    parentHint: t('parentHint'),
    assignHeading: t('assignHeading'),
    assigneeLabel: t('assigneeLabel'),
    nobody: t('nobody'),
    takeIt: t('takeIt'),
    noteHeading: t('noteHeading'),
    noteLabel: t('noteLabel'),
    visibilityLegend: t('visibilityLegend'),
    visibilities: [
      { value: 'internal', label: t('internalOption') },
      { value: 'public', label: t('publicOption') },
    ],
    conflictTitle: t('conflictTitle'),
    conflictLead: t('conflictLead'),
    conflictNext: t('conflictNext'),
  };
}
