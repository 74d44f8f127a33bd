import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import { staffRecoveryCodes, staffSessions, staffUsers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/commands';
import { clear, hit } from '@/lib/rate-limit/commands';
import { hashPassword, verifyPassword } from './password';
import { createSession, hashToken, sessionState } from './sessions';

/**
 * Staff second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app
 * reads from a QR code) through the maintained `otpauth` library, and ten single-use recovery
 * codes for a lost phone.
 */
const ISSUER = 'Baltimore Service Requests';
const PERIOD = 30;
/** One step either side of the server's clock, for phones a few seconds off. */
const WINDOW = 1;
/** Wrong codes one pending sign-in may type before it ends (back to the password). */
export const CODE_ATTEMPTS = 5;
/** Wrong codes per account in 15 minutes, across sign-ins: a password alone cannot grind codes. */
export const ACCOUNT_CODE_FAILURES = 10;
const WINDOW_SECONDS = 15 * 60;
export const RECOVERY_CODE_COUNT = 10;
/** 31 characters nobody confuses (no 0/o, 1/l/i): 10 of them carry about 49.5 bits. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type CodeError =
  | 'secondFactor.codeRequired'
  | 'secondFactor.wrongCode'
  | 'secondFactor.wrongSetupCode'
  | 'secondFactor.setupChanged'
  | 'secondFactor.usedCode'
  | 'secondFactor.tooMany'
  | 'secondFactor.expired';

const totpFor = (secret: string, email: string) =>
  new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });

/** The 30-second step a 6-digit code belongs to, within the window; null when it matches none. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    timestamp: now.getTime(),
    window: WINDOW,
  });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** What a person typed, read as a TOTP code (digits, spaces allowed) or a recovery code. */
export function readCode(
  input: string,
): { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | null {
  const compact = input.normalize('NFKC').replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
  if (compact.length === 10 && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: 'recovery', code: compact };
  }
  return null;
}

/** Ten fresh recovery codes as shown (`abcde-fghjk`); only their argon2id hashes are kept. */
export function makeRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const c = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(31)]).join('');
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

const storedForm = (code: string) => code.replace('-', '');

/** One at a time: each argon2id hash takes 48 MiB, and ten at once would take them together. */
async function hashAll(codes: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const c of codes) out.push(await hashPassword(storedForm(c)));
  return out;
}

/**
 * The secret the enrolment page shows, made on first view and kept until a code confirms it,
 * so a reload shows the same QR code as the one already scanned.
 */
export async function enrolmentSecret(
  userId: number,
): Promise<{ secret: string; uri: string } | null> {
  const db = await getDb();
  const fresh = new Secret({ size: 20 }).base32;
  await db
    .update(staffUsers)
    .set({ totpPendingSecret: fresh })
    .where(and(eq(staffUsers.id, userId), isNull(staffUsers.totpPendingSecret)));
  const [u] = await db
    .select({ email: staffUsers.email, pending: staffUsers.totpPendingSecret })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  if (!u?.pending) return null;
  return { secret: u.pending, uri: totpFor(u.pending, u.email).toString() };
}

/** Replaces the user's recovery codes inside the caller's transaction. */
async function storeRecoveryCodes(tx: Tx, userId: number, hashes: string[]) {
  await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
  await tx.insert(staffRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/**
 * The first checks of a form that takes only a code from the app (enrolment, new recovery
 * codes): a 6-digit code, and the account's limit of tries, counted before the code is checked.
 */
async function appCode(
  input: string,
  bucket: string,
): Promise<{ code: string } | { error: CodeError }> {
  const read = readCode(input);
  if (!read || read.kind !== 'totp') {
    return { error: input.trim() ? 'secondFactor.wrongSetupCode' : 'secondFactor.codeRequired' };
  }
  if ((await hit(bucket, WINDOW_SECONDS)) > ACCOUNT_CODE_FAILURES) {
    return { error: 'secondFactor.tooMany' };
  }
  return { code: read.code };
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: CodeError };

/**
 * Confirms the enrolment with a code from the app: the pending secret becomes the second factor
 * (its step counts as used), ten recovery codes replace any earlier ones, and it is audited.
 */
export async function confirmEnrolment(
  userId: number,
  input: string,
  now = new Date(),
): Promise<EnrolResult> {
  const bucket = `enrol-code:${userId}`;
  const read = await appCode(input, bucket);
  if ('error' in read) return { ok: false, error: read.error };
  const db = await getDb();
  const [u] = await db
    .select({ pending: staffUsers.totpPendingSecret, enabled: staffUsers.totpEnabledAt })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  if (!u?.pending || u.enabled) return { ok: false, error: 'secondFactor.setupChanged' };
  const step = totpStep(u.pending, read.code, now);
  if (step === null) return { ok: false, error: 'secondFactor.wrongSetupCode' };
  const codes = makeRecoveryCodes();
  // Hashed before the transaction: argon2id takes a while and must not hold row locks.
  const hashes = await hashAll(codes);
  const done = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUsers)
      .set({
        totpSecret: u.pending,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
      })
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.totpPendingSecret, u.pending!)))
      .returning({ id: staffUsers.id });
    if (!row) return false; // confirmed meanwhile in another tab
    await storeRecoveryCodes(tx, userId, hashes);
    await recordAudit(tx, {
      actorId: userId,
      action: 'user.secondFactor.enrol',
      entity: 'user',
      entityId: userId,
      before: { secondFactor: false },
      after: { secondFactor: true },
    });
    return true;
  });
  if (!done) return { ok: false, error: 'secondFactor.setupChanged' };
  await clear(bucket);
  return { ok: true, recoveryCodes: codes };
}

/** Marks the step used unless it or a later one already was: one code, one sign-in. */
async function spendStep(userId: number, step: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(staffUsers)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(staffUsers.id, userId),
        or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step)),
      ),
    )
    .returning({ id: staffUsers.id });
  return rows.length > 0;
}

/** Uses one unused recovery code that matches, atomically; false when none does. */
async function spendRecoveryCode(userId: number, code: string, now: Date): Promise<boolean> {
  const db = await getDb();
  const unused = await db
    .select({ id: staffRecoveryCodes.id, codeHash: staffRecoveryCodes.codeHash })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)));
  for (const row of unused) {
    if (!(await verifyPassword(row.codeHash, code))) continue;
    return db.transaction(async (tx) => {
      const [used] = await tx
        .update(staffRecoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(staffRecoveryCodes.id, row.id), isNull(staffRecoveryCodes.usedAt)))
        .returning({ id: staffRecoveryCodes.id });
      if (!used) return false; // the same code, used at the same moment elsewhere
      await recordAudit(tx, {
        actorId: userId,
        action: 'user.recoveryCode.use',
        entity: 'user',
        entityId: userId,
      });
      return true;
    });
  }
  return false;
}

export type SecondFactorResult =
  { ok: true; token: string; recoveryCodesLeft: number | null } | { ok: false; error: CodeError };

/**
 * The code step of a sign-in. On success the pending session is replaced by a new, full one
 * (a new token: nothing seen before the second factor opens the console). Wrong codes are
 * counted on the pending session (it ends at CODE_ATTEMPTS) and on the account.
 */
export async function giveSecondFactor(
  token: string | undefined,
  input: string,
  now = new Date(),
): Promise<SecondFactorResult> {
  const state = await sessionState(token, now);
  if (!token || state?.stage !== 'second-factor')
    return { ok: false, error: 'secondFactor.expired' };
  if (!input.trim()) return { ok: false, error: 'secondFactor.codeRequired' };
  const userId = state.user.id;
  const db = await getDb();
  const bucket = `second-factor:${userId}`;
  const end = () => db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
  if ((await hit(bucket, WINDOW_SECONDS)) > ACCOUNT_CODE_FAILURES) {
    await end();
    return { ok: false, error: 'secondFactor.tooMany' };
  }
  const read = readCode(input);
  let accepted = false;
  let reused = false;
  if (read?.kind === 'totp') {
    const [u] = await db
      .select({ secret: staffUsers.totpSecret })
      .from(staffUsers)
      .where(eq(staffUsers.id, userId));
    const step = u?.secret ? totpStep(u.secret, read.code, now) : null;
    if (step !== null) {
      accepted = await spendStep(userId, step);
      reused = !accepted;
    }
  } else if (read?.kind === 'recovery') {
    accepted = await spendRecoveryCode(userId, read.code, now);
  }
  if (!accepted) {
    const [row] = await db
      .update(staffSessions)
      .set({ failedCodes: sql`${staffSessions.failedCodes} + 1` })
      .where(eq(staffSessions.tokenHash, hashToken(token)))
      .returning({ failed: staffSessions.failedCodes });
    if (!row || row.failed >= CODE_ATTEMPTS) {
      await end();
      return { ok: false, error: 'secondFactor.tooMany' };
    }
    return { ok: false, error: reused ? 'secondFactor.usedCode' : 'secondFactor.wrongCode' };
  }
  await end();
  await clear(bucket);
  const left =
    read?.kind === 'recovery'
      ? (
          await db
            .select({ n: sql<number>`count(*)::int` })
            .from(staffRecoveryCodes)
            .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)))
        )[0].n
      : null;
  return { ok: true, token: await createSession(userId, now), recoveryCodesLeft: left };
}

/**
 * New recovery codes for a signed-in member who has a second factor, on a current code from
 * the app (so a session left open cannot take them). The old codes stop working.
 */
export async function renewRecoveryCodes(
  userId: number,
  input: string,
  now = new Date(),
): Promise<EnrolResult> {
  const bucket = `second-factor:${userId}`;
  const read = await appCode(input, bucket);
  if ('error' in read) return { ok: false, error: read.error };
  const db = await getDb();
  const [u] = await db
    .select({ secret: staffUsers.totpSecret })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  const step = u?.secret ? totpStep(u.secret, read.code, now) : null;
  if (step === null) return { ok: false, error: 'secondFactor.wrongSetupCode' };
  if (!(await spendStep(userId, step))) return { ok: false, error: 'secondFactor.usedCode' };
  await clear(bucket);
  const codes = makeRecoveryCodes();
  const hashes = await hashAll(codes);
  await db.transaction(async (tx) => {
    await storeRecoveryCodes(tx, userId, hashes);
    await recordAudit(tx, {
      actorId: userId,
      action: 'user.recoveryCode.renew',
      entity: 'user',
      entityId: userId,
    });
  });
  return { ok: true, recoveryCodes: codes };
}

/** How many unused recovery codes a member has left (shown on their security page). */
export async function recoveryCodesLeft(userId: number): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)));
  return row.n;
}

/**
 * Test hooks only (app/api/test-hooks): gives an account a known secret, as enrolment would,
 * without recovery codes. Setting the same secret again changes nothing, so the codes already
 * used stay used.
 */
export async function presetSecondFactor(email: string, secret: string): Promise<boolean> {
  Secret.fromBase32(secret); // throws on anything but base32
  const db = await getDb();
  const normalized = email.trim().toLowerCase();
  await db
    .update(staffUsers)
    .set({
      totpSecret: secret,
      totpEnabledAt: new Date(),
      totpPendingSecret: null,
      totpLastStep: null,
    })
    .where(
      and(
        eq(staffUsers.email, normalized),
        or(isNull(staffUsers.totpSecret), sql`${staffUsers.totpSecret} <> ${secret}`),
      ),
    );
  const [u] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(eq(staffUsers.email, normalized));
  return Boolean(u);
}
