import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { shownPct } from '@/lib/metrics/definitions';
import type { Period } from '@/lib/metrics/periods';
import type { DayUnit } from '@/lib/metrics/definitions';
import { catalogueNames } from '@/lib/services/queries';

/** Formatting shared by the transparency pages: one way to write a percentage, a day count… */
export async function performanceView(locale: string) {
  const t = await getTranslations({ locale, namespace: 'Performance' });
  const format = await getFormatter({ locale });
  const names = await catalogueNames(locale);
  const noData = t('noData');
  const view = {
    t,
    locale,
    count: (n: number) => format.number(n),
    pct: (v: number | null) =>
      v === null ? noData : format.number(v / 100, { style: 'percent', maximumFractionDigits: 1 }),
    days: (v: number | null) =>
      v === null
        ? noData
        : format.number(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    /** "1.0 business days": a service's days to close carry their unit (its target's). */
    daysIn: (v: number | null, unit: DayUnit) =>
      v === null ? noData : t('daysInUnit', { days: view.days(v), unit }),
    // Cut, not rounded, to two decimals: 0.996 shows as 0.99, so "1.00" always means reached.
    ratio: (v: number | null) =>
      v === null
        ? noData
        : format.number(Math.floor(v * 100 + 1e-9) / 100, {
            maximumFractionDigits: 2,
            minimumFractionDigits: 2,
          }),
    date: (d: Date | string) => format.dateTime(new Date(d), { dateStyle: 'long' }),
    dateTime: (d: Date | string) =>
      format.dateTime(new Date(d), { dateStyle: 'long', timeStyle: 'short' }),
    month: (ym: string) =>
      format.dateTime(new Date(`${ym}-15T12:00:00Z`), { month: 'long', year: 'numeric' }),
    /** "December 2026 (partial, to 4 December 2026)" for the month still running. */
    monthLabel: (ym: string, partialTo: Date | string | null) =>
      partialTo
        ? t('monthPartial', { month: view.month(ym), date: view.date(partialTo) })
        : view.month(ym),
    /**
     * Signed changes a year on: "+4.2%" of a count, "−1.5 percentage points", "+0.5 days" —
     * the difference of the two figures as shown (one decimal), so the three cells agree.
     */
    // From zero, a relative change has no value ("No data"); zero to zero is no change.
    changePct: (now: number, before: number) =>
      before === 0 && now !== 0
        ? noData
        : format.number(before === 0 ? 0 : (now - before) / before, {
            style: 'percent',
            maximumFractionDigits: 1,
            signDisplay: 'exceptZero',
          }),
    changePoints: (now: number | null, before: number | null) =>
      now === null || before === null
        ? noData
        : t('changePoints', {
            n: format.number(shownPct(now) - shownPct(before), {
              maximumFractionDigits: 1,
              signDisplay: 'exceptZero',
            }),
          }),
    changeDays: (now: number | null, before: number | null) =>
      now === null || before === null
        ? noData
        : t('changeDays', {
            n: format.number(shownPct(now) - shownPct(before), {
              maximumFractionDigits: 1,
              minimumFractionDigits: 1,
              signDisplay: 'exceptZero',
            }),
          }),
    agency: (code: string) => names.agencies.get(code) ?? { text: code, lang: 'en' },
    service: (code: string) => names.services.get(code) ?? { text: code, lang: 'en' },
    /** "Fiscal year 2027 to date", "FY2027 first half". */
    periodName: (p: Period) =>
      p.half
        ? t('periodHalf', { fy: p.fiscalYear, half: p.half })
        : p.toDate
          ? t('periodFyToDate', { fy: p.fiscalYear })
          : t('periodFy', { fy: p.fiscalYear }),
    /** "1 July 2026 to 27 November 2026" — the last day included. */
    periodRange: (p: Period) =>
      t('periodLong', {
        start: view.date(p.start),
        end: view.date(new Date(p.asOf.getTime() - (p.toDate ? 0 : 1))),
      }),
    /** `lang` for catalogue text that fell back to English. */
    lang: (l: string) => (l === locale ? undefined : l),
  };
  return view;
}

export type PerformanceView = Awaited<ReturnType<typeof performanceView>>;
