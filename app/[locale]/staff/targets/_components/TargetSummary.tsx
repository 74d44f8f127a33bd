import { getTranslations } from 'next-intl/server';
import type { StaffTarget } from '@/lib/targets/queries';
import type { TargetText } from '../_lib/text';

/** A target's values as a summary list (a year that has ended is shown, not edited). */
export async function TargetSummary({
  locale,
  target,
  text,
}: {
  locale: string;
  target: StaffTarget;
  text: TargetText;
}) {
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const items = [
    [t('colTime'), text.days(target.daysToClose, target.dayType)],
    [t('colOnTime'), text.pct(target.onTimeGoalPct)],
    [t('colSatisfaction'), text.pct(target.satisfactionGoalPct)],
    [t('colSet'), text.set(target)],
  ];
  return (
    <dl className="summary-list">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
