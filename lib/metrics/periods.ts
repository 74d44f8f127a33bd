import { CITY_TIME_ZONE, cityDateParts, fiscalYearOf } from './fiscal-year';

/**
 * Reporting periods: a fiscal year (named by the year it ends; "to date" while it runs) and its
 * halves, H1 July–December and H2 January–June — the twice-yearly report. Keys are the URL form:
 * `2027`, `2027-h1`, `2027-h2`.
 */
export type Period = {
  key: string;
  fiscalYear: number;
  half: 1 | 2 | null;
  /** Inclusive start and exclusive end, as instants (midnight in Baltimore). */
  start: Date;
  end: Date;
  /** The end used for "open" and "overdue": now while the period runs. */
  asOf: Date;
  toDate: boolean;
};

/** Midnight at the start of a Baltimore calendar day, as an instant (handles EST/EDT). */
export function cityMidnight(year: number, month: number, day = 1): Date {
  const guess = Date.UTC(year, month - 1, day, 5); // 00:00 EST; adjusted below for EDT
  const hour = Number(
    new Intl.DateTimeFormat('en-US', {
      timeZone: CITY_TIME_ZONE,
      hour: 'numeric',
      hourCycle: 'h23',
    }).format(new Date(guess)),
  );
  return new Date(guess - hour * 3_600_000);
}

export function periodFor(key: string, now = new Date()): Period | null {
  const m = /^(\d{4})(?:-h([12]))?$/.exec(key);
  if (!m) return null;
  const fy = Number(m[1]);
  const half = m[2] ? (Number(m[2]) as 1 | 2) : null;
  const start = half === 2 ? cityMidnight(fy, 1) : cityMidnight(fy - 1, 7);
  const end = half === 1 ? cityMidnight(fy, 1) : cityMidnight(fy, 7);
  if (start.getTime() > now.getTime()) return null; // not begun: nothing to report
  const toDate = end.getTime() > now.getTime();
  return { key, fiscalYear: fy, half, start, end, asOf: toDate ? now : end, toDate };
}

/**
 * The same span one year earlier, for a year-over-year comparison. An ended period: the same
 * half or year, a year back. A running one: from the same start to the same calendar day a year
 * back, that whole day included (29 February becomes the 28th). That span is no reporting
 * period, so its key names its last day (`2026-to-2025-12-04`): its snapshot never clashes with
 * the whole year's, and a new day gets a new one.
 */
export function yearEarlier(p: Period): Period {
  const key = `${p.fiscalYear - 1}${p.half ? `-h${p.half}` : ''}`;
  const whole = periodFor(key, p.start)!; // it had begun by the time this one began
  if (!p.toDate) return whole;
  const { year, month, day } = cityDateParts(p.asOf);
  const lastDay = month === 2 && day === 29 ? 28 : day;
  const end = new Date(
    Math.min(cityMidnight(year - 1, month, lastDay + 1).getTime(), whole.end.getTime()),
  );
  const iso = `${year - 1}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  return { ...whole, key: `${key}-to-${iso}`, end, asOf: end, toDate: false };
}

export function currentPeriodKey(now = new Date()): string {
  return String(fiscalYearOf(now));
}

/**
 * Whether a period has figures to report: it is running (zero requests so far is a true
 * figure), or it ended after the first request this system received. A period that ended before
 * that would show zeros that read as "no requests", when there are simply no records.
 */
export function isReportable(p: Period, firstRequestAt: Date | null): boolean {
  return p.toDate || (firstRequestAt !== null && p.end.getTime() > firstRequestAt.getTime());
}

/** Every period with data to show, newest first: this FY and the previous one, with halves. */
export function periodChoices(now = new Date(), firstRequestAt: Date | null, years = 2): Period[] {
  const fy = fiscalYearOf(now);
  const out: Period[] = [];
  for (let y = fy; y > fy - years; y--) {
    for (const key of [`${y}`, `${y}-h1`, `${y}-h2`]) {
      const p = periodFor(key, now);
      if (p && isReportable(p, firstRequestAt)) out.push(p);
    }
  }
  return out;
}

/** Calendar months (YYYY-MM, Baltimore time) that a period covers up to its as-of date. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  let y = p.half === 2 ? p.fiscalYear : p.fiscalYear - 1;
  let mo = p.half === 2 ? 1 : 7;
  while (cityMidnight(y, mo).getTime() < p.asOf.getTime() && out.length < 12) {
    out.push(`${y}-${String(mo).padStart(2, '0')}`);
    if (++mo > 12) {
      mo = 1;
      y++;
    }
    if (cityMidnight(y, mo).getTime() >= p.end.getTime()) break;
  }
  return out;
}
