import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { StaffTarget } from '@/lib/targets/queries';

/** How the targets pages say a target's values, dates and years, in the reader's language. */
export async function targetText(locale: string) {
  const t = await getTranslations({ locale, namespace: 'Targets' });
  const format = await getFormatter({ locale });
  // Fiscal years start on 1 July and end on 30 June: calendar dates, not instants.
  const day = (y: number, m: number, d: number) =>
    format.dateTime(new Date(Date.UTC(y, m - 1, d)), { dateStyle: 'long', timeZone: 'UTC' });
  return {
    days: (days: number, dayType: string) => t('days', { days, dayType }),
    pct: (pct: number) => format.number(pct / 100, { style: 'percent' }),
    dayType: (v: unknown) => (v === 'business' ? t('dayTypeBusiness') : t('dayTypeCalendar')),
    set: (target: StaffTarget) => {
      const date = format.dateTime(target.setAt, { dateStyle: 'medium' });
      return target.setByName
        ? t('setBy', { date, name: target.setByName })
        : t('setSeeded', { date });
    },
    yearStart: (fy: number) => day(fy - 1, 7, 1),
    yearEnd: (fy: number) => day(fy, 6, 30),
  };
}
export type TargetText = Awaited<ReturnType<typeof targetText>>;
