import { beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { serviceRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest, type RequestChange } from '@/lib/staff/commands';
import { setTarget } from '@/lib/targets/commands';
import { makeRequest } from '@/test/requests';
import { aggregate } from './aggregate';
import { daysToClose, percentile, type ClosedRequest } from './definitions';
import { dueDate } from './due-date';
import { fiscalYearOf } from './fiscal-year';
import { periodFor } from './periods';

/**
 * Days to close in the target's unit, on hand-computed fixtures around Thanksgiving of the last
 * finished fiscal year (tests run on any date): Thanksgiving and the Friday after are city
 * holidays every year, and that week is always in Eastern Standard Time (noon = 17:00Z).
 */
const NOW = new Date();
const FY = fiscalYearOf(NOW) - 1;
const Y0 = FY - 1; // the calendar year FY starts in; its November is in FY's first half
const DAY = 86_400_000;
const first = new Date(Date.UTC(Y0, 10, 1));
const thanksgiving = Date.UTC(Y0, 10, 1 + ((4 - first.getUTCDay() + 7) % 7) + 21);
/** Noon in Baltimore, `d` days from Thanksgiving (plus `hours`). */
const noon = (d: number, hours = 0) => new Date(thanksgiving + d * DAY + (17 + hours) * 3_600_000);

const BUSINESS = 'HCD-Rodents'; // a business-day target in the seed
const CALENDAR = 'TRM-Potholes'; // a calendar-day target
const CHANGED = 'HCD-Sanitation Property'; // its target changes during FY
const PROPERTY = { attr__PROPERTY_PROBLEM: ['trash'] };
const resolved: RequestChange = { kind: 'close', reason: 'resolved' };
let hcd: Actor;
let dot: Actor;
const made: Record<string, string> = {};

async function request(name: string, code: string, created: Date, closed?: Date) {
  made[name] = await makeRequest(
    code,
    code === CALENDAR ? { attr__POTHOLE_LOCATION: 'street' } : {},
    created,
  );
  if (closed) {
    const r = await changeRequest(code === CALENDAR ? dot : hcd, made[name], 1, resolved, closed);
    if (!r.ok) throw new Error(r.error);
  }
}

beforeAll(async () => {
  for (const [email, agencyCode] of [
    ['days.hcd@test.example', 'HCD'],
    ['days.dot@test.example', 'DOT'],
  ] as const) {
    const u = await createStaffUser({
      email,
      name: `Days ${agencyCode}`,
      password: 'a long enough test passphrase',
      role: 'supervisor',
      agencyCode,
    });
    if (!u.ok) throw new Error(u.error);
    const actor: Actor = { id: u.id, role: 'supervisor', agencyCode };
    if (agencyCode === 'HCD') hcd = actor;
    else dot = actor;
  }
  // Business days (Thanksgiving T = Thursday; T+1 Friday is a holiday too):
  //   wedToMon  Wed T−1 → Mon T+4: Thu, Fri holidays, weekend, Mon         = 1 (calendar 5)
  //   friToMon  Fri T−6 → Mon T−3: weekend, Mon                            = 1 (calendar 3)
  //   sameDay   Mon T−3 09:00 → 15:00                                      = 0 (calendar 0.25)
  //   tueToTue  Tue T−2 → Tue T+5: Wed, (Thu, Fri, Sat, Sun), Mon, Tue     = 3 (calendar 7)
  await request('wedToMon', BUSINESS, noon(-1), noon(4));
  await request('friToMon', BUSINESS, noon(-6), noon(-3));
  await request('sameDay', BUSINESS, noon(-3, -3), noon(-3, 3));
  await request('tueToTue', BUSINESS, noon(-2), noon(5));
  // Merged as a duplicate: left out of days to close.
  made.dup = await makeRequest(BUSINESS, {}, noon(-2));
  const merged = await changeRequest(
    hcd,
    made.dup,
    1,
    { kind: 'merge', parent: made.wedToMon },
    noon(-2, 1),
  );
  if (!merged.ok) throw new Error(merged.error);
  // Calendar days: the same holiday week counts in full.
  await request('potWedToMon', CALENDAR, noon(-1), noon(4)); // 5
  await request('potFriToMon', CALENDAR, noon(-6), noon(-3)); // 3
});

describe('days to close in the unit of the service’s target', () => {
  it('counts business days across a weekend and city holidays; calendar days elsewhere', async () => {
    const data = await aggregate(await getDb(), periodFor(`${FY}-h1`, NOW)!);
    const rodents = data.services.find((s) => s.code === BUSINESS)!;
    expect(rodents.target).toMatchObject({ dayType: 'business', daysToClose: 10 });
    // [0, 1, 1, 3]: median 1; p90 at rank 2.7 = 1 + 0.7 × (3 − 1) = 2.4.
    expect(rodents).toMatchObject({ closed: 5, medianDays: 1, dayUnit: 'business' });
    expect(rodents.p90Days).toBeCloseTo(2.4, 10);
    expect(rodents.speedAttainment).toBe(10); // 10 business days ÷ 1, like with like
    expect([rodents.eligible, rodents.onTime]).toEqual([4, 4]);

    const potholes = data.services.find((s) => s.code === CALENDAR)!;
    expect(potholes.target).toMatchObject({ dayType: 'calendar', daysToClose: 2 });
    // [3, 5]: holidays are days like any other in calendar days.
    expect(potholes).toMatchObject({ medianDays: 4, dayUnit: 'calendar', onTime: 0 });
    expect(potholes.speedAttainment).toBe(0.5);

    // Agencies and the city mix units: calendar days, labelled so.
    // HCD: [0.25, 3, 5, 7] → median 4, p90 at rank 2.7 = 5 + 0.7 × 2 = 6.4.
    const agency = data.agencies.find((a) => a.code === 'HCD')!;
    expect(agency).toMatchObject({ medianDays: 4, dayUnit: 'calendar' });
    expect(agency.p90Days).toBeCloseTo(6.4, 10);
    // City: [0.25, 3, 3, 5, 5, 7] → median 4.
    expect(data.city).toMatchObject({ closed: 7, medianDays: 4, dayUnit: 'calendar' });
  });

  it('the SQL agrees with lib/metrics/definitions on the same rows', async () => {
    const p = periodFor(`${FY}-h1`, NOW)!;
    const db = await getDb();
    const names = ['wedToMon', 'friToMon', 'sameDay', 'tueToTue', 'dup'];
    const rows = await db
      .select()
      .from(serviceRequests)
      .where(
        inArray(
          serviceRequests.trackingNumber,
          names.map((n) => made[n]),
        ),
      );
    const closed: ClosedRequest[] = rows.map((r) => ({
      createdAt: r.createdAt,
      closedAt: r.closedAt!,
      dueAt: r.dueAt,
      closeReason: r.closeReason!,
    }));
    expect(daysToClose(closed, 'business').sort()).toEqual([0, 1, 1, 3]);
    const rodents = (await aggregate(db, p)).services.find((s) => s.code === BUSINESS)!;
    expect(rodents.medianDays).toBe(percentile(daysToClose(closed, 'business'), 0.5));
    expect(rodents.p90Days).toBeCloseTo(percentile(daysToClose(closed, 'business'), 0.9)!, 10);
  });
});

describe('due dates', () => {
  it('skip city holidays and keep the target in force when the request was made', async () => {
    const db = await getDb();
    const dueOf = async (tn: string) =>
      (
        await db
          .select({ dueAt: serviceRequests.dueAt })
          .from(serviceRequests)
          .where(eq(serviceRequests.trackingNumber, tn))
      )[0].dueAt;
    // Wednesday before Thanksgiving + 10 business days: Thursday and Friday are holidays, so the
    // 10th is the second Friday after, 16 days later (without the holidays: Wednesday, 14).
    expect(await dueOf(made.wedToMon)).toEqual(new Date(noon(-1).getTime() + 16 * DAY));

    const before = await makeRequest(CHANGED, PROPERTY, noon(-1));
    const seeded = (await aggregate(db, periodFor(`${FY}-h1`, NOW)!)).services.find(
      (s) => s.code === CHANGED,
    )!.target!;
    expect(seeded.dayType).toBe('business');
    const set = await setTarget(
      hcd,
      {
        serviceCode: CHANGED,
        fiscalYear: FY,
        daysToClose: 3,
        dayType: 'calendar',
        onTimeGoalPct: seeded.onTimeGoalPct,
        satisfactionGoalPct: seeded.satisfactionGoalPct,
        reason: 'A second crew from December',
      },
      noon(7),
    );
    expect(set).toEqual({ ok: true, changed: true });
    const after = await makeRequest(CHANGED, PROPERTY, noon(8));
    // Made before the change: due under the old target, and the change did not move it.
    expect(await dueOf(before)).toEqual(
      dueDate(noon(-1), { daysToClose: seeded.daysToClose, dayType: 'business' }),
    );
    // Made after it: due under the new one.
    expect(await dueOf(after)).toEqual(new Date(noon(8).getTime() + 3 * DAY));
  });
});
