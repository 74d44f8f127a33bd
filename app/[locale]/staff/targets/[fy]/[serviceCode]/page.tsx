import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ForbiddenError } from '@/lib/auth/authorize';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { codeFromParam } from '@/lib/services/paths';
import { targetForStaff, targetHistory } from '@/lib/targets/queries';
import { targetsPath } from '@/lib/targets/paths';
import { editableFiscalYears, fiscalYearFromParam } from '@/lib/targets/schema';
import { requirePermission } from '../../../admin/_lib/guard';
import { saveTargetAction } from '../../actions';
import { targetText } from '../../_lib/text';
import { TargetForm } from '../../_components/TargetForm';
import { TargetHistory } from '../../_components/TargetHistory';
import { TargetSummary } from '../../_components/TargetSummary';

type Props = { params: Promise<{ locale: string; fy: string; serviceCode: string }> };

const ERROR_KEYS = [
  'validation.daysRequired',
  'validation.daysWhole',
  'validation.daysRange',
  'validation.dayTypeRequired',
  'validation.onTimeRequired',
  'validation.onTimeWhole',
  'validation.onTimeRange',
  'validation.satisfactionRequired',
  'validation.satisfactionWhole',
  'validation.satisfactionRange',
  'validation.yearPast',
  'validation.yearTooFar',
  'validation.yearInvalid',
  'validation.serviceNotFound',
  'validation.reasonRequired',
  'validation.reasonTooLong',
  'validation.reasonMarkup',
] as const;

/**
 * The page's actor, year and service. A service of an agency the actor may not set targets for
 * is "not found", like a request of another agency: the page does not confirm what is there.
 */
async function load(params: Props['params']) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'targets.edit');
  const p = await params;
  const fy = fiscalYearFromParam(p.fy);
  if (fy === null) notFound();
  const code = codeFromParam(p.serviceCode);
  const row = await targetForStaff(actor, code, fy, locale).catch((e: unknown) => {
    if (e instanceof ForbiddenError) return null;
    throw e;
  });
  if (!row) notFound();
  return { locale, actor, fy, row };
}

// An editable year's form renders the <title> ("Error: …" while it shows errors).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await load(params);
  return { robots: { index: false } };
}

/** One service's target for one fiscal year: the form (current and next year), its history. */
export default async function TargetPage({ params }: Props) {
  const { locale, actor, fy, row } = await load(params);
  const [current, next] = editableFiscalYears();
  const editable = fy === current || fy === next;
  const [history, text] = await Promise.all([
    targetHistory(actor, row.serviceCode, fy),
    targetText(locale),
  ]);
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const title = t('editTitle', { service: row.serviceName, fy });
  const heading = (
    <>
      <h1 id="target-heading">{title}</h1>
      <p>{t('agencyLine', { agency: row.agencyName })}</p>
    </>
  );
  const historyTable = (
    <TargetHistory locale={locale} fiscalYear={fy} entries={history ?? []} text={text} />
  );
  const back = (
    <div className="staff-bar">
      <p>
        <a href={targetsPath(locale, fy)}>{t('allTargetsLink', { fy })}</a>
      </p>
    </div>
  );

  if (!editable) {
    return (
      <>
        <title>{await pageTitle(locale, title)}</title>
        {back}
        {heading}
        <p className="inset">{t('pastYearNote', { fy })}</p>
        <h2>{t('readOnlyHeading')}</h2>
        {row.target ? (
          <TargetSummary locale={locale} target={row.target} text={text} />
        ) : (
          <p>{t('noTargetPast', { fy })}</p>
        )}
        {historyTable}
      </>
    );
  }

  // A year without a target yet starts from the year before's (a target is rarely reinvented).
  const previous = row.target
    ? null
    : (await targetForStaff(actor, row.serviceCode, fy - 1, locale))?.target;
  const start = row.target ?? previous;
  const tf = (k: string) => t(k);
  return (
    <>
      {back}
      <TargetForm
        action={saveTargetAction.bind(null, locale, fy, row.serviceCode)}
        labelledBy="target-heading"
        initial={{
          daysToClose: start ? String(start.daysToClose) : '',
          dayType: start?.dayType ?? '',
          onTimeGoalPct: start ? String(start.onTimeGoalPct) : '',
          satisfactionGoalPct: start ? String(start.satisfactionGoalPct) : '',
          reason: '',
        }}
        // A target already in force: a change says why (lib/targets/commands.ts).
        askReason={Boolean(row.target) && fy <= current}
        copy={{
          summaryTitle: t('errorSummaryTitle'),
          errorPrefix: t('errorPrefix'),
          errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, tf(k)])),
          pageTitle: await pageTitle(locale, title),
          errorPageTitle: await pageTitle(locale, title, true),
          days: t('daysLabel'),
          daysHint: t('daysHint'),
          dayTypeLegend: t('dayTypeLegend'),
          dayTypeHint: t('dayTypeHint'),
          calendar: t('dayTypeCalendar'),
          business: t('dayTypeBusiness'),
          onTime: t('onTimeLabel'),
          onTimeHint: t('onTimeHint'),
          satisfaction: t('satisfactionLabel'),
          satisfactionHint: t('satisfactionHint'),
          reason: t('reasonLabel'),
          reasonHint: t('reasonHint'),
          save: t('save'),
        }}
        after={historyTable}
      >
        {heading}
        <p>
          {fy === current ? t('inForceNote') : t('nextYearNote', { fy, start: text.yearStart(fy) })}
        </p>
        {previous ? <p className="inset">{t('prefilledNote', { fy, from: fy - 1 })}</p> : null}
      </TargetForm>
    </>
  );
}
