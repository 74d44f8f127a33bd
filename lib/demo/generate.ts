import {
  DAY_MS,
  cityInstant,
  dueSpanDays,
  fiscalYearOfDay,
  partsOf,
  todayInCity,
} from './city-days';
import { addFormSessions, placeOf, survey } from './parts';
import { DESCRIPTIONS } from './places';
import { EASE, HAPPY, HOUR_WEIGHTS, REASONS, REASONS_SHARED, SHARED, UNHAPPY } from './profiles';
import { createRandom, type Random } from './random';
import type {
  DemoData,
  DemoFormSession,
  DemoOptions,
  DemoRequest,
  DemoService,
  DemoTarget,
} from './types';
import { dailyVolumes, onTimeProbability, serviceTraits, type ServiceTraits } from './volumes';

export type * from './types';

const MINUTE_MS = 60_000;

/**
 * The demo history as plain data (no database): requests with their timeline, surveys and form
 * sessions. Pure and seeded: the same services, targets, `now`, seed and scale give the same
 * rows, in chronological order.
 */
export function generateDemo(
  services: readonly DemoService[],
  targets: readonly DemoTarget[],
  opts: DemoOptions,
): DemoData {
  const r = createRandom(opts.seed);
  const sorted = [...services].sort((a, b) => (a.code < b.code ? -1 : 1));
  const codes = sorted.map((s) => s.code);
  const category = new Map(sorted.map((s) => [s.code, s.categoryCode]));
  const targetOf = new Map(targets.map((t) => [`${t.serviceCode}|${t.fiscalYear}`, t]));
  const traits = serviceTraits(codes, opts.seed);
  const currentFy = fiscalYearOfDay(todayInCity(opts.now));
  const nowMs = opts.now.getTime();
  const requests: DemoRequest[] = [];
  const formSessions: DemoFormSession[] = [];
  const lastOf = new Map<string, number>(); // last request per service that is not a duplicate

  let dayItems: { serviceCode: string; createdAt: Date; day: number }[] = [];
  const flush = () => {
    dayItems.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const item of dayItems) {
      const index = requests.length;
      const t = targetOf.get(`${item.serviceCode}|${fiscalYearOfDay(item.day)}`) ?? null;
      const req = makeRequest(r, item, t, traits.get(item.serviceCode)!, currentFy, nowMs, {
        key: `demo-${opts.seed}-${index}`,
        parent: lastOf.get(item.serviceCode) ?? null,
        requests,
        category: category.get(item.serviceCode) ?? '',
      });
      if (req.closeReason !== 'duplicate') lastOf.set(item.serviceCode, index);
      requests.push(req);
      if (req.channel === 'web')
        addFormSessions(r, req, traits.get(req.serviceCode)!, formSessions, opts.seed);
    }
    dayItems = [];
  };

  let currentDay = -1;
  for (const v of dailyVolumes(codes, opts.now, opts.scale)) {
    if (v.day !== currentDay) {
      flush();
      currentDay = v.day;
    }
    const n = r.poisson(v.expected);
    for (let i = 0; i < n; i++) {
      const minutes = r.weighted(HOUR_WEIGHTS) * 60 + r.next() * 60;
      const createdAt = cityInstant(v.day, minutes);
      if (createdAt.getTime() <= nowMs)
        dayItems.push({ serviceCode: v.serviceCode, createdAt, day: v.day });
    }
  }
  flush();
  return { requests, formSessions };
}

function makeRequest(
  r: Random,
  item: { serviceCode: string; createdAt: Date; day: number },
  target: DemoTarget | null,
  traits: ServiceTraits,
  currentFy: number,
  nowMs: number,
  ctx: { key: string; parent: number | null; requests: DemoRequest[]; category: string },
): DemoRequest {
  const created = item.createdAt.getTime();
  const span = target ? dueSpanDays(item.day, target) : null;
  const spanDays = span ?? 7;
  const at = (days: number) => new Date(created + days * DAY_MS);
  const { month } = partsOf(item.day);

  let reason = r.weighted(SHARED.has(item.serviceCode) ? REASONS_SHARED : REASONS);
  if (reason === 'duplicate' && ctx.parent === null) reason = 'resolved';
  const fy = fiscalYearOfDay(item.day);
  const goal = target?.onTimeGoalPct ?? null;
  const onTime = r.chance(onTimeProbability(item.serviceCode, goal, traits, month, fy, currentFy));
  let closeDays: number;
  if (reason === 'duplicate') closeDays = Math.min(spanDays, 0.02 + r.exponential(0.4));
  else if (reason === 'referred') closeDays = 0.05 + r.exponential(1.5);
  else if (onTime) closeDays = spanDays * (0.06 + 0.94 * r.next() ** 0.9);
  else closeDays = spanDays * (1.01 + (r.chance(0.15) ? r.exponential(2.5) : r.exponential(0.5)));
  // A few are forgotten: still open long after their due date.
  const stuck = r.chance(0.012);
  const closed = !stuck && created + closeDays * DAY_MS <= nowMs;

  const ackDays = Math.min(closeDays, 0.01 + r.exponential(Math.min(0.12 * spanDays, 1)));
  const acknowledged = closed || created + ackDays * DAY_MS <= nowMs;
  let startedAt: Date | null = null;
  if (closed && reason === 'resolved' && spanDays >= 3 && r.chance(0.5))
    startedAt = at(ackDays + (closeDays - ackDays) * (0.2 + 0.5 * r.next()));
  else if (!closed && acknowledged && r.chance(0.45))
    startedAt = new Date(
      created + ackDays * DAY_MS + (nowMs - created - ackDays * DAY_MS) * 0.5 * r.next(),
    );

  const parent = reason === 'duplicate' && closed ? ctx.requests[ctx.parent!] : null;
  // A duplicate is the same problem at the same place.
  const place = parent
    ? { address: parent.address, zip: parent.zip, lat: parent.lat, long: parent.long }
    : placeOf(r);
  const channel = r.chance(0.28) ? 'open311' : 'web';
  const locale = r.chance(0.14) ? 'es' : 'en';
  const texts = DESCRIPTIONS[ctx.category];
  const description = texts && r.chance(0.55) ? r.pick(texts[locale]) : '';
  const consent = r.chance(channel === 'web' ? 0.4 : 0.25);
  // Open311 apps send the phone's position; on the web some residents use "my location".
  const located = channel === 'open311' || parent !== null || r.chance(0.35);
  const closedAt = closed ? at(closeDays) : null;
  const mood =
    reason === 'unable_to_locate' || (span !== null && closeDays > span) ? UNHAPPY : HAPPY;

  return {
    key: ctx.key,
    serviceCode: item.serviceCode,
    status: closed ? 'closed' : startedAt ? 'in_progress' : acknowledged ? 'acknowledged' : 'new',
    closeReason: closed ? reason : null,
    createdAt: item.createdAt,
    acknowledgedAt: acknowledged ? at(ackDays) : null,
    startedAt,
    closedAt,
    dueAt: span === null ? null : at(span),
    duplicateOf: parent ? ctx.parent : null,
    locale,
    channel,
    ...place,
    lat: located ? place.lat : null,
    long: located ? place.long : null,
    description,
    contactEmail: consent ? `${ctx.key}@example.invalid` : null,
    ease: survey(
      r,
      item.createdAt,
      channel === 'web' ? 0.3 : 0,
      (0.3 + 3.7 * r.next()) * MINUTE_MS,
      EASE,
      nowMs,
    ),
    satisfaction:
      closedAt && consent
        ? survey(r, closedAt, 0.2, 5 * MINUTE_MS + r.exponential(0.5) * DAY_MS, mood, nowMs)
        : null,
  };
}
