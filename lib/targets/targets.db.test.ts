import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { auditEvents, targets } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { makeStaffActor } from '@/test/staff';
import { fiscalYearOf } from '@/lib/metrics/fiscal-year';
import { targetInForce } from '@/lib/services/queries';
import { setTarget } from './commands';
import { targetFiscalYears, targetForStaff, targetHistory, targetsForStaff } from './queries';
import { targetEntityId } from './schema';

const CODE = 'TRM-Potholes'; // DOT; seeded: 2 calendar days, 90% on time, 80% satisfied
const FY = fiscalYearOf(new Date());
let dotSupervisor: Actor;
let dotAgent: Actor;
let swSupervisor: Actor;
let admin: Actor;

async function targetRow(code: string, fiscalYear: number) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(targets)
    .where(and(eq(targets.serviceCode, code), eq(targets.fiscalYear, fiscalYear)));
  return row ?? null;
}

async function auditOf(code: string, fiscalYear: number) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entity, 'target'),
        eq(auditEvents.entityId, targetEntityId(code, fiscalYear)),
      ),
    )
    .orderBy(auditEvents.id);
}

const values = (over: Record<string, unknown> = {}) => ({
  daysToClose: '3',
  dayType: 'business',
  onTimeGoalPct: '85',
  satisfactionGoalPct: '75',
  ...over,
});

beforeAll(async () => {
  dotSupervisor = await makeStaffActor('dot.sup@targets.example', 'supervisor', 'DOT');
  dotAgent = await makeStaffActor('dot.agent@targets.example', 'agent', 'DOT');
  swSupervisor = await makeStaffActor('sw.sup@targets.example', 'supervisor', 'DPW-SW');
  admin = await makeStaffActor('admin@targets.example', 'admin', null);
});

describe('setTarget', () => {
  it('lets a supervisor set next year’s target of their agency’s service, audited', async () => {
    const now = new Date();
    expect(await targetRow(CODE, FY + 1)).toBeNull();
    const r = await setTarget(
      dotSupervisor,
      { serviceCode: CODE, fiscalYear: FY + 1, ...values() },
      now,
    );
    expect(r).toEqual({ ok: true, changed: true });
    expect(await targetRow(CODE, FY + 1)).toMatchObject({
      daysToClose: 3,
      dayType: 'business',
      onTimeGoalPct: 85,
      satisfactionGoalPct: 75,
      setAt: now,
      setBy: dotSupervisor.id,
    });
    const [event, ...more] = await auditOf(CODE, FY + 1);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      actorId: dotSupervisor.id,
      action: 'target.set',
      before: null,
      after: { daysToClose: 3, dayType: 'business', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    });
    // Not in force before 1 July: requests made now still get this year's target.
    expect(await targetInForce(CODE, now)).toMatchObject({ fiscalYear: FY, daysToClose: 2 });
  });

  it('changes the current year’s target, recording only what changed, before and after', async () => {
    const seeded = (await targetRow(CODE, FY))!;
    expect(seeded.setBy).toBeNull();
    const change = {
      serviceCode: CODE,
      fiscalYear: String(FY),
      daysToClose: 4,
      dayType: 'calendar',
      onTimeGoalPct: 90,
      satisfactionGoalPct: 80,
    };
    // The year has begun: a change says why, or it is refused and nothing changes.
    expect(await setTarget(dotSupervisor, change)).toEqual({
      ok: false,
      errors: { reason: 'validation.reasonRequired' },
    });
    expect(await auditOf(CODE, FY)).toHaveLength(0);
    expect(await setTarget(dotSupervisor, { ...change, reason: '<b>why</b>' })).toEqual({
      ok: false,
      errors: { reason: 'validation.reasonMarkup' },
    });
    const r = await setTarget(dotSupervisor, { ...change, reason: 'A second crew from October' });
    expect(r).toEqual({ ok: true, changed: true });
    expect(await targetRow(CODE, FY)).toMatchObject({ daysToClose: 4, setBy: dotSupervisor.id });
    const events = await auditOf(CODE, FY);
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ daysToClose: 2 }, { daysToClose: 4, reason: 'A second crew from October' }],
    ]);
    expect(await targetInForce(CODE)).toMatchObject({ daysToClose: 4 });

    // The same values again: nothing to change, nothing recorded.
    const same = await setTarget(admin, {
      serviceCode: CODE,
      fiscalYear: FY,
      daysToClose: '4',
      dayType: 'calendar',
      onTimeGoalPct: '90',
      satisfactionGoalPct: '80',
    });
    expect(same).toEqual({ ok: true, changed: false });
    expect(await auditOf(CODE, FY)).toHaveLength(1);
    expect((await targetRow(CODE, FY))!.setBy).toBe(dotSupervisor.id);
  });

  it('refuses agents and other agencies’ supervisors, and changes nothing', async () => {
    const before = await targetRow('SW-Mixed Refuse', FY);
    for (const [actor, code] of [
      [dotAgent, CODE],
      [swSupervisor, CODE],
      [dotSupervisor, 'SW-Mixed Refuse'],
    ] as const) {
      await expect(
        setTarget(actor, {
          serviceCode: code,
          fiscalYear: FY + 1,
          ...values({ daysToClose: '99' }),
        }),
      ).rejects.toThrow(ForbiddenError);
    }
    expect(await targetRow('SW-Mixed Refuse', FY)).toEqual(before);
    expect(await targetRow('SW-Mixed Refuse', FY + 1)).toBeNull();
    expect((await targetRow(CODE, FY + 1))!.daysToClose).toBe(3);
    expect(await auditOf('SW-Mixed Refuse', FY + 1)).toEqual([]);
  });

  it('lets admins set any agency’s targets', async () => {
    const r = await setTarget(admin, {
      serviceCode: 'SW-Mixed Refuse',
      fiscalYear: FY + 1,
      ...values(),
    });
    expect(r).toEqual({ ok: true, changed: true });
    expect((await auditOf('SW-Mixed Refuse', FY + 1))[0].actorId).toBe(admin.id);
  });

  it('refuses a year that has ended, or one too far ahead: targets are committed, then history', async () => {
    const past = await targetRow(CODE, FY - 1);
    expect(past).not.toBeNull();
    expect(
      await setTarget(dotSupervisor, { serviceCode: CODE, fiscalYear: FY - 1, ...values() }),
    ).toEqual({ ok: false, errors: { fiscalYear: 'validation.yearPast' } });
    expect(
      await setTarget(dotSupervisor, { serviceCode: CODE, fiscalYear: FY + 2, ...values() }),
    ).toEqual({ ok: false, errors: { fiscalYear: 'validation.yearTooFar' } });
    expect(await targetRow(CODE, FY - 1)).toEqual(past);
    expect(await targetRow(CODE, FY + 2)).toBeNull();
    expect(await auditOf(CODE, FY - 1)).toEqual([]);
  });

  it('refuses invalid values with the schema’s message keys, changing nothing', async () => {
    const before = await targetRow(CODE, FY + 1);
    const r = await setTarget(dotSupervisor, {
      serviceCode: CODE,
      fiscalYear: FY + 1,
      daysToClose: '0',
      dayType: 'weekly',
      onTimeGoalPct: '101',
      satisfactionGoalPct: '7.5',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        daysToClose: 'validation.daysRange',
        dayType: 'validation.dayTypeRequired',
        onTimeGoalPct: 'validation.onTimeRange',
        satisfactionGoalPct: 'validation.satisfactionWhole',
      },
    });
    expect(await targetRow(CODE, FY + 1)).toEqual(before);
    expect(
      await setTarget(dotSupervisor, {
        serviceCode: 'NO-Such Service',
        fiscalYear: FY,
        ...values(),
      }),
    ).toEqual({ ok: false, errors: { form: 'validation.serviceNotFound' } });
  });
});

describe('target queries', () => {
  it('lists the services a supervisor may set, with who set each target', async () => {
    const rows = await targetsForStaff(dotSupervisor, FY + 1, 'es');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.agencyCode === 'DOT')).toBe(true);
    const pothole = rows.find((r) => r.serviceCode === CODE)!;
    expect(pothole).toMatchObject({ serviceName: 'Bache', serviceNameLang: 'es' });
    expect(pothole.target).toMatchObject({ daysToClose: 3, setByName: 'dot.sup' });
    expect(rows.find((r) => r.serviceCode !== CODE)?.target).toBeNull();
    // Seeded targets have no author.
    const seeded = (await targetsForStaff(dotSupervisor, FY - 1, 'en')).find(
      (r) => r.serviceCode === CODE,
    );
    expect(seeded?.target).toMatchObject({ daysToClose: 2, setByName: null });

    const all = await targetsForStaff(admin, FY, 'en');
    expect(new Set(all.map((r) => r.agencyCode)).size).toBeGreaterThan(2);
    await expect(targetsForStaff(dotAgent, FY, 'en')).rejects.toThrow(ForbiddenError);
  });

  it('gives one target and its history to those who may set it', async () => {
    expect(await targetForStaff(dotSupervisor, CODE, FY, 'en')).toMatchObject({
      serviceName: 'Pothole',
      target: { daysToClose: 4 },
    });
    expect(await targetForStaff(dotSupervisor, 'NO-Such Service', FY, 'en')).toBeNull();
    await expect(targetForStaff(swSupervisor, CODE, FY, 'en')).rejects.toThrow(ForbiddenError);

    const history = (await targetHistory(dotSupervisor, CODE, FY))!;
    expect(history.map((h) => [h.actorName, h.before, h.after])).toEqual([
      ['dot.sup', { daysToClose: 2 }, { daysToClose: 4, reason: 'A second crew from October' }],
    ]);
    await expect(targetHistory(swSupervisor, CODE, FY)).rejects.toThrow(ForbiddenError);
    await expect(targetHistory(dotAgent, CODE, FY)).rejects.toThrow(ForbiddenError);
  });

  it('offers every year with targets, and the current and next year, newest first', async () => {
    expect(await targetFiscalYears()).toEqual([FY + 1, FY, FY - 1]);
  });
});
