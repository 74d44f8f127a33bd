import { describe, expect, it } from 'vitest';
import { createSession, endSession, sessionUser, IDLE_MINUTES, ABSOLUTE_HOURS } from './sessions';
import { createStaffUser, disableStaffUser, ensureBootstrapAdmin } from './users';
import { ACCOUNT_FAILURES, ADDRESS_FAILURES, signIn } from './sign-in';
import { passwordProblem } from './password';

const PASSWORD = 'a long passphrase for the 311 console';
const INVALID = { ok: false, reason: 'invalid' };
const THROTTLED = { ok: false, reason: 'throttled' };

describe('password policy', () => {
  it('wants 12 characters, refuses common passwords, allows anything else', () => {
    expect(passwordProblem('short')).toBe('password.tooShort');
    expect(passwordProblem('qwerty123456')).toBe('password.common');
    expect(passwordProblem('1q2w3e4r5t6y')).toBe('password.common');
    expect(passwordProblem(PASSWORD)).toBeNull();
    expect(passwordProblem('ñandú 🐦 pájaro')).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toBe('password.tooLong');
  });
});

describe('staff users and sessions', () => {
  it('bootstraps one admin only while there are no staff', async () => {
    expect(await ensureBootstrapAdmin('Admin@Example.org', PASSWORD)).toMatchObject({ ok: true });
    expect(await ensureBootstrapAdmin('other@example.org', PASSWORD)).toBeNull();
  });

  it('refuses agency roles without an agency, weak passwords and duplicate emails', async () => {
    expect(
      await createStaffUser({
        email: 'a@x.org',
        name: 'A',
        password: PASSWORD,
        role: 'agent',
        agencyCode: null,
      }),
    ).toEqual({ ok: false, error: 'staffUser.agencyRequired' });
    expect(
      await createStaffUser({
        email: 'a@x.org',
        name: 'A',
        password: 'password1234',
        role: 'agent',
        agencyCode: 'DOT',
      }),
    ).toEqual({ ok: false, error: 'password.common' });
    expect(
      await createStaffUser({
        email: 'ADMIN@example.org',
        name: 'A',
        password: PASSWORD,
        role: 'admin',
        agencyCode: null,
      }),
    ).toEqual({ ok: false, error: 'staffUser.emailTaken' });
  });

  it('signs in (email case-insensitive), with a fresh token each time, and signs out on the server', async () => {
    await createStaffUser({
      email: 'agent@dot.example',
      name: 'Agent',
      password: PASSWORD,
      role: 'agent',
      agencyCode: 'DOT',
    });
    const a = await signIn('Agent@DOT.example ', PASSWORD, '10.0.0.1');
    const b = await signIn('agent@dot.example', PASSWORD, '10.0.0.1');
    if (!a.ok || !b.ok) throw new Error('sign-in failed');
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(await sessionUser(a.token)).toMatchObject({
      email: 'agent@dot.example',
      role: 'agent',
      agencyCode: 'DOT',
    });
    await endSession(a.token);
    expect(await sessionUser(a.token)).toBeNull();
    expect(await sessionUser(b.token)).not.toBeNull();
  });

  it('an address with a NUL character is refused like any wrong one, not a 500', async () => {
    // PostgreSQL text cannot hold NUL: the fuzz suite found the counter's upsert failing on it.
    const r = await signIn('agent@dot.example\0<x>', PASSWORD, '10.0.0.9\0');
    expect(r).toEqual({ ok: false, reason: 'invalid' });
  });

  it('ends sessions after the idle and the absolute timeouts', async () => {
    const created = await createStaffUser({
      email: 'sup@dpw.example',
      name: 'Sup',
      password: PASSWORD,
      role: 'agent',
      agencyCode: 'DPW-SW',
    });
    if (!created.ok) throw new Error(created.error);
    const t0 = new Date();
    const token = await createSession(created.id, t0);
    const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
    expect(await sessionUser(token, minutes(IDLE_MINUTES - 1))).not.toBeNull(); // activity extends it
    expect(await sessionUser(token, minutes(2 * IDLE_MINUTES - 2))).not.toBeNull();
    expect(await sessionUser(token, minutes(4 * IDLE_MINUTES))).toBeNull(); // idle too long
    const other = await createSession(created.id, t0);
    let at = 0;
    while (at < ABSOLUTE_HOURS * 60 - 10) {
      at += IDLE_MINUTES - 5;
      await sessionUser(other, minutes(at));
    }
    expect(await sessionUser(other, minutes(ABSOLUTE_HOURS * 60 + 1))).toBeNull(); // absolute end
  });

  it('disabling a user ends their sessions', async () => {
    const created = await createStaffUser({
      email: 'gone@dot.example',
      name: 'Gone',
      password: PASSWORD,
      role: 'agent',
      agencyCode: 'DOT',
    });
    if (!created.ok) throw new Error(created.error);
    const r = await signIn('gone@dot.example', PASSWORD, '10.0.0.2');
    if (!r.ok) throw new Error('sign-in failed');
    await disableStaffUser(created.id);
    expect(await sessionUser(r.token)).toBeNull();
    expect(await signIn('gone@dot.example', PASSWORD, '10.0.0.2')).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('throttles repeated failures for an account, without telling whether it exists', async () => {
    await createStaffUser({
      email: 'target@dot.example',
      name: 'T',
      password: PASSWORD,
      role: 'agent',
      agencyCode: 'DOT',
    });
    // No trusted proxy, so no address: the account's limit is for every client together.
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(await signIn('target@dot.example', 'wrong password!!', null)).toEqual(INVALID);
      expect(await signIn('nobody@dot.example', 'wrong password!!', null)).toEqual(INVALID);
    }
    // Refused now, even with the right password; an unknown account behaves the same.
    expect(await signIn('target@dot.example', PASSWORD, null)).toEqual(THROTTLED);
    expect(await signIn('nobody@dot.example', PASSWORD, null)).toEqual(THROTTLED);
  });

  it('does not lock the owner out: 20 wrong passwords from other addresses leave their own free', async () => {
    await createStaffUser({
      email: 'owner@dot.example',
      name: 'O',
      password: PASSWORD,
      role: 'supervisor',
      agencyCode: 'DOT',
    });
    for (let i = 0; i < 20; i++) {
      // Four addresses, five guesses each: every one checked (and wrong).
      expect(await signIn('owner@dot.example', 'wrong password!!', `10.7.${i % 4}.1`)).toEqual(
        INVALID,
      );
    }
    // Each of those four addresses is now refused for this account…
    expect(await signIn('owner@dot.example', PASSWORD, '10.7.0.1')).toEqual(THROTTLED);
    // …and the owner, at theirs, signs in.
    expect(await signIn('owner@dot.example', PASSWORD, '192.0.2.10')).toMatchObject({ ok: true });
  });

  it('limits one address to 20 attempts in the window, whatever the accounts', async () => {
    for (let i = 0; i < ADDRESS_FAILURES; i++) {
      expect(await signIn(`spray${i}@dot.example`, 'wrong password!!', '10.8.0.1')).toEqual(
        INVALID,
      );
    }
    expect(await signIn('spray-next@dot.example', 'wrong password!!', '10.8.0.1')).toEqual(
      THROTTLED,
    );
    expect(await signIn('spray-next@dot.example', 'wrong password!!', '10.8.0.2')).toEqual(INVALID);
  });

  it('counts parallel guesses atomically: 12 at once, only 5 are checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => signIn('target@dot.example', 'guess!!', '10.9.0.1')),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(ACCOUNT_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(
      12 - ACCOUNT_FAILURES,
    );
  });

  it('a success clears its account’s count and does not use up its address', async () => {
    for (let i = 0; i < 30; i++) {
      expect(await signIn('target@dot.example', PASSWORD, '10.10.0.1')).toMatchObject({
        ok: true,
      });
    }
  });
});
