import { cityDateParts } from '@/lib/metrics/fiscal-year';

/** A day as YYYY-MM-DD on a Baltimore calendar. */
export function cityIsoDate(at: Date): string {
  const { year, month, day } = cityDateParts(at);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
const DATETIME = /^(\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)?$/;

function isRealDay(v: string): boolean {
  const m = DAY.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * The catalogue's `datetime` questions all ask about a day that has passed ("when was it
 * dumped?"): the web form sends a day (YYYY-MM-DD); an Open311 client may send a full W3C
 * date-time, with or without its offset. Either is refused when it is not a real date or is
 * after today in Baltimore.
 */
export function dateAnswerProblem(
  v: string,
  now: Date,
): 'attribute.datetime' | 'attribute.dateFuture' | null {
  let day: string;
  if (DAY.test(v)) day = v;
  else {
    const m = DATETIME.exec(v);
    if (!m || Number.isNaN(Date.parse(v))) return 'attribute.datetime';
    // With an offset it is an instant: which day was it in Baltimore?
    day = m[2] ? cityIsoDate(new Date(v)) : m[1];
  }
  if (!isRealDay(day) || !isRealDay(v.slice(0, 10))) return 'attribute.datetime';
  return day > cityIsoDate(now) ? 'attribute.dateFuture' : null;
}
