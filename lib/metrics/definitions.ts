import type { CloseReason } from '@/db/schema/types';
import { businessDaysBetween } from './city-holidays';

/**
 * The metric definitions, in one place (ARCHITECTURE.md "Metric definitions"; the methodology
 * page says the same in words). The transparency page's SQL (lib/metrics/aggregate.ts) computes
 * exactly these; its database test checks the two agree on the same fixtures.
 */

export const DAY_MS = 86_400_000;

/** Below this many survey responses a satisfaction figure is not shown (accuracy, privacy). */
export const MIN_RESPONSES = 10;

/**
 * Fewer eligible closures than this in a period and a service is neither "met" nor "missed" but
 * "too few to judge": with 9 closures one late request moves the share by 11 points.
 */
export const MIN_CLOSURES = 20;

/** Closed as these, a request says nothing about how fast the city worked: left out. */
export const EXCLUDED_REASONS: readonly CloseReason[] = ['duplicate', 'referred'];

/**
 * Closed as these, nothing was fixed: they are left out of on-time (closing "not found" the same
 * day is not a job done on time) and reported separately, as the no-action share.
 */
export const NO_ACTION_REASONS: readonly CloseReason[] = ['unable_to_locate', 'no_action_needed'];

/** The closures that count toward on-time: neither excluded nor without action. */
export const ON_TIME_EXCLUDED: readonly CloseReason[] = [...EXCLUDED_REASONS, ...NO_ACTION_REASONS];

/**
 * Percentile by linear interpolation between the closest ranks — PostgreSQL's percentile_cont,
 * so the page and this definition agree: p=0.5 of [1, 2, 3, 10] is 2.5.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export type ClosedRequest = {
  createdAt: Date;
  closedAt: Date;
  dueAt: Date | null;
  closeReason: CloseReason;
};

const counts = (r: ClosedRequest) => !EXCLUDED_REASONS.includes(r.closeReason);

/** The unit days to close are counted in: a service's is its target's (calendar otherwise). */
export type DayUnit = 'calendar' | 'business';

/**
 * Days to close, in a unit:
 * - calendar days: the time from creation to closure, in days of 24 hours (1.5 = a day and a
 *   half);
 * - business days: whole city business days (Monday–Friday, not a Baltimore City holiday:
 *   city-holidays.ts) after the Baltimore date the request was made, up to and including the
 *   date it was closed. Made on a Friday and closed the next Monday: 1. Closed the day it was
 *   made: 0. Made the Wednesday before Thanksgiving, closed the Monday after: 1 (Thursday and
 *   Friday are holidays). Whole days, because a business-day target is counted in whole days
 *   and the hours of a weekend or holiday are not working time.
 * A service's median and 90th percentile are in its target's unit, so they compare with its
 * target (speed attainment divides like by like). Agencies and the city mix services of both
 * units: theirs are in calendar days, labelled so.
 */
export function daysToClose(
  closed: readonly ClosedRequest[],
  unit: DayUnit = 'calendar',
): number[] {
  return closed
    .filter(counts)
    .map((r) =>
      unit === 'business'
        ? businessDaysBetween(r.createdAt, r.closedAt)
        : (r.closedAt.getTime() - r.createdAt.getTime()) / DAY_MS,
    );
}

/**
 * On time: closed at or before its due date. Denominator: closed requests that had a target and
 * are not duplicates, referrals or closures without action (ON_TIME_EXCLUDED). `pct` is null
 * when nothing qualifies.
 */
export function onTime(closed: readonly ClosedRequest[]) {
  const eligible = closed.filter(
    (r) => !ON_TIME_EXCLUDED.includes(r.closeReason) && r.dueAt !== null,
  );
  const met = eligible.filter((r) => r.closedAt.getTime() <= r.dueAt!.getTime()).length;
  return { eligible: eligible.length, onTime: met, pct: share(met, eligible.length) };
}

/** Percentage 0–100, or null for an empty denominator (shown as "no data", never as 0%). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}

/**
 * Target attainment (Boston CityScore): actual ÷ target, or target ÷ actual where lower is better
 * (days to close). 1 or more means the target was met.
 */
export function attainment(
  actual: number | null,
  target: number | null,
  lowerIsBetter = false,
): number | null {
  if (actual === null || target === null || target <= 0) return null;
  if (lowerIsBetter) return actual <= 0 ? null : target / actual;
  return actual / target;
}

/** An on-time share as the page shows it, to one decimal: the verdict is decided on this value. */
export const shownPct = (pct: number) => Math.round(pct * 10) / 10;

export type Verdict = 'met' | 'missed' | 'too_few';

/**
 * Whether a service met its on-time goal: decided on the share as shown (84.96% shows as 85% and
 * meets 85; 84.7% does not), and only from MIN_CLOSURES eligible closures. Null: no target, or
 * no eligible closure at all (not measured).
 */
export function verdict(
  onTimePct: number | null,
  goalPct: number | null,
  eligible: number,
): Verdict | null {
  if (onTimePct === null || goalPct === null) return null;
  if (eligible < MIN_CLOSURES) return 'too_few';
  return shownPct(onTimePct) >= goalPct ? 'met' : 'missed';
}

/** Share of responses scoring 4 or 5; suppressed (null) under MIN_RESPONSES responses. */
export function satisfaction(scores: readonly number[]) {
  const satisfied = scores.filter((s) => s >= 4).length;
  const suppressed = scores.length < MIN_RESPONSES;
  return {
    responses: scores.length,
    satisfied,
    suppressed,
    pct: suppressed ? null : share(satisfied, scores.length),
  };
}

/** Digital completion: forms submitted ÷ forms started; median minutes from start to submit. */
export function digital(forms: readonly { startedAt: Date; submittedAt: Date | null }[]) {
  const done = forms.filter((f) => f.submittedAt !== null);
  return {
    started: forms.length,
    submitted: done.length,
    completionPct: share(done.length, forms.length),
    medianMinutes: percentile(
      done.map((f) => (f.submittedAt!.getTime() - f.startedAt.getTime()) / 60_000),
      0.5,
    ),
  };
}
