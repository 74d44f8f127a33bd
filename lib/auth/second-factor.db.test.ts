import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { getDb } from '@/lib/db';
import { auditEvents } from '@/db/schema';
import { createSession, sessionState, sessionUser } from './sessions';
import {
  adminResetSecondFactor,
  adminSetSecondFactorForAll,
  createStaffUser,
  secondFactorForAll,
} from './users';
import { signIn } from './sign-in';
import {
  ACCOUNT_CODE_FAILURES,
  CODE_ATTEMPTS,
  confirmEnrolment,
  enrolmentSecret,
  giveSecondFactor,
  readCode,
  recoveryCodesLeft,
  renewRecoveryCodes,
} from './second-factor';

const PASSWORD = 'a long passphrase for the 311 console';
/** A fixed instant: codes depend on the clock, so the tests give it. */
const T0 = new Date('2026-03-10T14:00:05Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (secret: string, when: Date) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: when.getTime() });

let n = 0;
async function member(role: 'agent' | 'supervisor' | 'admin') {
  const email = `mfa-${role}-${++n}@example.org`;
  const made = await createStaffUser({
    email,
    name: `MFA ${role} ${n}`,
    password: PASSWORD,
    role,
    agencyCode: role === 'admin' ? null : 'DOT',
  });
  if (!made.ok) throw new Error(made.error);
  return { id: made.id, email, role };
}

/** A member with TOTP set up at T0; returns the secret and recovery codes. */
async function enrolled(role: 'agent' | 'supervisor' | 'admin') {
  const m = await member(role);
  const { secret } = (await enrolmentSecret(m.id))!;
  const done = await confirmEnrolment(m.id, codeAt(secret, T0), T0);
  if (!done.ok) throw new Error(done.error);
  return { ...m, secret, recoveryCodes: done.recoveryCodes };
}

/** The password step of a sign-in (its session is made at the clock's time, codes at T0 on). */
async function passwordStep(email: string) {
  const r = await signIn(email, PASSWORD, `198.51.100.${n}`);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('reading what was typed', () => {
  it('takes 6 digits with spaces as a TOTP code and 10 unambiguous characters as a recovery code', () => {
    expect(readCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(readCode('ABCDE-FGHJK')).toEqual({ kind: 'recovery', code: 'abcdefghjk' });
    expect(readCode('１２３４５６')).toEqual({ kind: 'totp', code: '123456' }); // full-width digits
    expect(readCode('12345')).toBeNull();
    expect(readCode('abcde-fghil')).toBeNull(); // i and l are never in a code
    expect(readCode('\u0000'.repeat(6))).toBeNull();
  });
});

describe('second factor', () => {
  it('sends an admin or supervisor without one to enrolment, and an agent to the console', async () => {
    for (const role of ['admin', 'supervisor'] as const) {
      const m = await member(role);
      const r = await signIn(m.email, PASSWORD, null);
      expect(r).toMatchObject({ ok: true, stage: 'full' });
      const token = (r as { token: string }).token;
      expect((await sessionState(token))?.stage).toBe('enrol');
      expect(await sessionUser(token)).toBeNull(); // nothing of the console before enrolment
    }
    // Single sign-on: the identity provider's multi-factor policy applies, not this one.
    const viaSso = await createSession((await member('admin')).id, new Date(), 'full', 'sso');
    expect((await sessionState(viaSso))?.stage).toBe('full');
    const agent = await member('agent');
    const r = await signIn(agent.email, PASSWORD, null);
    expect(await sessionUser((r as { token: string }).token)).toMatchObject({ id: agent.id });
  });

  it('enrols with a code from the secret shown, which stays the same until confirmed', async () => {
    const m = await member('supervisor');
    const first = (await enrolmentSecret(m.id))!;
    expect((await enrolmentSecret(m.id))!.secret).toBe(first.secret);
    expect(first.uri).toMatch(/^otpauth:\/\/totp\/Baltimore%20Service%20Requests:/);
    expect(first.uri).toContain(`secret=${first.secret}`);
    expect(await confirmEnrolment(m.id, '', T0)).toEqual({
      ok: false,
      error: 'secondFactor.codeRequired',
    });
    const wrong = String((Number(codeAt(first.secret, T0)) + 1) % 1e6).padStart(6, '0');
    expect(await confirmEnrolment(m.id, wrong, T0)).toEqual({
      ok: false,
      error: 'secondFactor.wrongSetupCode',
    });
    const done = await confirmEnrolment(m.id, codeAt(first.secret, T0), T0);
    expect(done.ok).toBe(true);
    const codes = (done as { recoveryCodes: string[] }).recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(await recoveryCodesLeft(m.id)).toBe(10);
    // Confirming twice (another tab) changes nothing.
    expect(await confirmEnrolment(m.id, codeAt(first.secret, at(30)), at(30))).toEqual({
      ok: false,
      error: 'secondFactor.setupChanged',
    });
    const db = await getDb();
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, String(m.id)), eq(auditEvents.entity, 'user')));
    expect(audit.map((a) => a.action)).toContain('user.secondFactor.enrol');
    expect(JSON.stringify(audit)).not.toContain(first.secret);
  });

  it('asks for the code after the password, accepts each code once, and opens a new session', async () => {
    const m = await enrolled('supervisor');
    const r = await passwordStep(m.email);
    expect(r.stage).toBe('second-factor');
    expect(await sessionUser(r.token)).toBeNull();
    // The enrolment's own code (step of T0) was used: refused as used, not as wrong.
    expect(await giveSecondFactor(r.token, codeAt(m.secret, T0), T0)).toEqual({
      ok: false,
      error: 'secondFactor.usedCode',
    });
    const ok = await giveSecondFactor(r.token, codeAt(m.secret, at(60)), at(60));
    expect(ok).toMatchObject({ ok: true, recoveryCodesLeft: null });
    const fresh = (ok as { token: string }).token;
    expect(fresh).not.toBe(r.token);
    expect(await sessionUser(fresh, at(61))).toMatchObject({ id: m.id });
    expect(await sessionState(r.token)).toBeNull(); // the pending session is gone
    // The same code a second time, from another sign-in: refused.
    const again = await passwordStep(m.email);
    expect(await giveSecondFactor(again.token, codeAt(m.secret, at(61)), at(61))).toEqual({
      ok: false,
      error: 'secondFactor.usedCode',
    });
  });

  it('takes a recovery code once, and says how many are left', async () => {
    const m = await enrolled('admin');
    const code = m.recoveryCodes[3].toUpperCase();
    const r1 = await passwordStep(m.email);
    expect(await giveSecondFactor(r1.token, code, T0)).toMatchObject({
      ok: true,
      recoveryCodesLeft: 9,
    });
    const r2 = await passwordStep(m.email);
    expect(await giveSecondFactor(r2.token, code, T0)).toEqual({
      ok: false,
      error: 'secondFactor.wrongCode',
    });
    expect(await recoveryCodesLeft(m.id)).toBe(9);
  });

  it(`ends a pending sign-in after ${CODE_ATTEMPTS} wrong codes, and limits an account across sign-ins`, async () => {
    const m = await enrolled('supervisor');
    const r = await passwordStep(m.email);
    for (let i = 1; i < CODE_ATTEMPTS; i++) {
      expect(await giveSecondFactor(r.token, '000000', at(900))).toEqual({
        ok: false,
        error: 'secondFactor.wrongCode',
      });
    }
    expect(await giveSecondFactor(r.token, '000000', at(900))).toEqual({
      ok: false,
      error: 'secondFactor.tooMany',
    });
    // Ended: even the right code is no use now.
    expect(await giveSecondFactor(r.token, codeAt(m.secret, at(900)), at(900))).toEqual({
      ok: false,
      error: 'secondFactor.expired',
    });
    // A new sign-in has its own attempts, but the account's limit counts them all.
    const r2 = await passwordStep(m.email);
    for (let i = CODE_ATTEMPTS; i < ACCOUNT_CODE_FAILURES; i++) {
      await giveSecondFactor(r2.token, '000000', at(900));
      if (!(await sessionState(r2.token))) break;
    }
    const r3 = await passwordStep(m.email);
    const tries: unknown[] = [];
    for (let i = 0; i < 3; i++) tries.push(await giveSecondFactor(r3.token, '000000', at(900)));
    expect(tries).toContainEqual({ ok: false, error: 'secondFactor.tooMany' });
  });

  it('opens nothing with a session that is not waiting for a code, and nothing with junk', async () => {
    const m = await enrolled('supervisor');
    const full = await createSession(m.id, new Date());
    expect(await giveSecondFactor(full, codeAt(m.secret, at(120)), at(120))).toEqual({
      ok: false,
      error: 'secondFactor.expired',
    });
    expect(await giveSecondFactor(undefined, '123456', T0)).toEqual({
      ok: false,
      error: 'secondFactor.expired',
    });
    const r = await passwordStep(m.email);
    expect(await giveSecondFactor(r.token, '  ', T0)).toEqual({
      ok: false,
      error: 'secondFactor.codeRequired',
    });
    expect(await giveSecondFactor(r.token, 'x'.repeat(5000), T0)).toEqual({
      ok: false,
      error: 'secondFactor.wrongCode',
    });
  });

  it('renews recovery codes only on a current code; the old ones stop working', async () => {
    const m = await enrolled('supervisor');
    expect(await renewRecoveryCodes(m.id, '000000', at(30))).toMatchObject({ ok: false });
    const renewed = await renewRecoveryCodes(m.id, codeAt(m.secret, at(30)), at(30));
    expect(renewed.ok).toBe(true);
    const r = await passwordStep(m.email);
    expect(await giveSecondFactor(r.token, m.recoveryCodes[0], T0)).toEqual({
      ok: false,
      error: 'secondFactor.wrongCode',
    });
    const fresh = (renewed as { recoveryCodes: string[] }).recoveryCodes[0];
    expect(await giveSecondFactor(r.token, fresh, T0)).toMatchObject({ ok: true });
  });

  it('lets an admin reset another member’s second factor (audited, sessions ended), not their own', async () => {
    const admin = await enrolled('admin');
    const actor = { id: admin.id, role: 'admin' as const, agencyCode: null };
    const m = await enrolled('supervisor');
    const session = await createSession(m.id, new Date());
    expect(await adminResetSecondFactor(actor, admin.id)).toEqual({
      ok: false,
      error: 'staffUser.resetSelf',
    });
    expect(await adminResetSecondFactor(actor, m.id)).toEqual({ ok: true });
    expect(await sessionState(session)).toBeNull();
    expect(await recoveryCodesLeft(m.id)).toBe(0);
    // Next sign-in: the password opens enrolment, with a new secret.
    const r = await signIn(m.email, PASSWORD, null);
    expect(r).toMatchObject({ ok: true, stage: 'full' });
    expect((await sessionState((r as { token: string }).token))?.stage).toBe('enrol');
    expect((await enrolmentSecret(m.id))!.secret).not.toBe(m.secret);
    const agent = { id: m.id, role: 'agent' as const, agencyCode: 'DOT' };
    await expect(adminResetSecondFactor(agent, admin.id)).rejects.toThrow(/forbidden/);
    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'user.secondFactor.reset'),
          eq(auditEvents.entityId, String(m.id)),
        ),
      );
    expect(event).toMatchObject({ actorId: admin.id, after: { secondFactor: false } });
  });

  it('requires it of agents too once the policy says so (audited)', async () => {
    const admin = await enrolled('admin');
    const actor = { id: admin.id, role: 'admin' as const, agencyCode: null };
    const agent = await member('agent');
    const token = await createSession(agent.id, new Date());
    expect((await sessionState(token))?.stage).toBe('full');
    expect(await adminSetSecondFactorForAll(actor, true)).toEqual({ changed: true });
    expect(await adminSetSecondFactorForAll(actor, true)).toEqual({ changed: false });
    expect(await secondFactorForAll()).toBe(true);
    expect((await sessionState(token))?.stage).toBe('enrol'); // at once, for open sessions too
    expect(await sessionUser(token)).toBeNull();
    expect(await adminSetSecondFactorForAll(actor, false)).toEqual({ changed: true });
    expect((await sessionState(token))?.stage).toBe('full');
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entity, 'policy'));
    expect(events.map((e) => e.after)).toEqual([
      { secondFactorForAll: true },
      { secondFactorForAll: false },
    ]);
  });
});
