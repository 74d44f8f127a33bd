import type { Open311Error } from './format';

export const JURISDICTION = 'baltimorecity.gov';
export const MAX_RESULTS = 1000;
export const MAX_SPAN_DAYS = 90;
const DAY = 86_400_000;

/** Dates a query may name: wide enough for any record, narrow enough for every database. */
const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59Z');

/** W3C date-time with a time zone, as GeoReport v2 requires. */
const W3C = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Query or form parameters where an empty value counts as absent (the spec says so). */
export function reader(params: URLSearchParams) {
  const get = (name: string) => {
    const v = params.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const list = (name: string) =>
    get(name)
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return { get, list };
}

export type Window = { start: Date; end: Date };

/**
 * start_date / end_date → a window of at most 90 days (the spec's default query limit), the
 * last 90 days when neither is given.
 */
export function dateWindow(
  start: string | undefined,
  end: string | undefined,
  now: Date,
): Window | Open311Error[] {
  const problems: Open311Error[] = [];
  const parse = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!W3C.test(v) || Number.isNaN(Date.parse(v))) {
      problems.push({
        code: 400,
        description: `${name} must be a W3C date-time with a time zone, like 2026-11-01T00:00:00-05:00`,
      });
      return undefined;
    }
    const d = new Date(v);
    // Year 0000 is a valid JavaScript date that PostgreSQL refuses (a 500 before).
    if (d < EARLIEST || d > LATEST) {
      problems.push({
        code: 400,
        description: `${name} must be between the years ${EARLIEST.getUTCFullYear()} and ${LATEST.getUTCFullYear()}`,
      });
      return undefined;
    }
    return d;
  };
  const s = parse('start_date', start);
  const e = parse('end_date', end);
  if (problems.length) return problems;
  const endAt = e ?? (s ? new Date(s.getTime() + MAX_SPAN_DAYS * DAY) : now);
  const startAt = s ?? new Date(endAt.getTime() - MAX_SPAN_DAYS * DAY);
  if (endAt <= startAt) return [{ code: 400, description: 'end_date must be after start_date' }];
  if (endAt.getTime() - startAt.getTime() > MAX_SPAN_DAYS * DAY) {
    return [
      { code: 400, description: `start_date to end_date may span at most ${MAX_SPAN_DAYS} days` },
    ];
  }
  return { start: startAt, end: endAt };
}

/** The page/page_size extension: page_size at most 1,000 (the spec's result limit). */
export function paging(
  page: string | undefined,
  size: string | undefined,
): { limit: number; offset: number } | Open311Error[] {
  const int = (v: string | undefined, fallback: number) =>
    v === undefined ? fallback : /^\d{1,7}$/.test(v) ? Number(v) : NaN;
  const p = int(page, 1);
  const s = int(size, MAX_RESULTS);
  const problems: Open311Error[] = [];
  if (!(p >= 1)) problems.push({ code: 400, description: 'page must be a whole number from 1' });
  if (!(s >= 1 && s <= MAX_RESULTS))
    problems.push({
      code: 400,
      description: `page_size must be a whole number from 1 to ${MAX_RESULTS}`,
    });
  return problems.length ? problems : { limit: s, offset: (p - 1) * s };
}
