import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import {
  staffPolicy,
  staffSessions,
  staffUsers,
  type SessionStage,
  type StaffRole,
} from '@/db/schema';

/** Sessions end after 30 minutes without activity, and 12 hours after sign-in in any case. */
export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
/** A password-checked sign-in has this long to give its second factor. */
export const SECOND_FACTOR_MINUTES = 10;

export type StaffUser = {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  agencyCode: string | null;
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A fresh 256-bit token for the cookie; the database keeps only its hash. A 'second-factor'
 * session opens only the code page and ends after SECOND_FACTOR_MINUTES.
 */
export async function createSession(
  userId: number,
  now = new Date(),
  stage: SessionStage = 'full',
  via: 'password' | 'sso' = 'password',
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const db = await getDb();
  const life = stage === 'full' ? ABSOLUTE_HOURS * 3600_000 : SECOND_FACTOR_MINUTES * 60_000;
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + life),
    stage,
    via,
  });
  return token;
}

/** Admins and supervisors always sign in with a second factor; agents when the policy says so. */
export function mustUseSecondFactor(role: StaffRole, forAll: boolean): boolean {
  return role !== 'agent' || forAll;
}

/**
 * Where a session stands: 'full' opens the console; 'second-factor' waits for its code;
 * 'enrol' is a signed-in member who must set up a second factor before anything else (an admin
 * or supervisor without one, or anyone once the policy requires it for all; never after single
 * sign-on, where the identity provider's own policy applies), so the rule holds
 * for sessions that began before it did.
 */
export type SessionState = {
  user: StaffUser;
  stage: 'full' | 'second-factor' | 'enrol';
  /** When the member set up their second factor; null without one. */
  secondFactorSince: Date | null;
};

/**
 * The state of the session a cookie token opens, for an enabled staff member, or null. Each use
 * extends the idle timeout (at most once a minute, to spare the database a write per request).
 */
export async function sessionState(
  token: string | undefined,
  now = new Date(),
): Promise<SessionState | null> {
  if (!token || token.length > 100) return null;
  const db = await getDb();
  const idleSince = new Date(now.getTime() - IDLE_MINUTES * 60_000);
  const [row] = await db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      agencyCode: staffUsers.agencyCode,
      lastSeenAt: staffSessions.lastSeenAt,
      stage: staffSessions.stage,
      via: staffSessions.via,
      totpEnabledAt: staffUsers.totpEnabledAt,
      forAll: staffPolicy.secondFactorForAll,
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .leftJoin(staffPolicy, eq(staffPolicy.id, 1))
    .where(
      and(
        eq(staffSessions.tokenHash, hashToken(token)),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, idleSince),
        isNull(staffUsers.disabledAt),
      ),
    );
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(staffSessions)
      .set({ lastSeenAt: now })
      .where(eq(staffSessions.tokenHash, hashToken(token)));
  }
  const { id, email, name, role, agencyCode } = row;
  const hasSecondFactor = row.totpEnabledAt !== null;
  const stage: SessionState['stage'] =
    row.stage === 'second-factor'
      ? 'second-factor'
      : row.via === 'password' && !hasSecondFactor && mustUseSecondFactor(role, row.forAll ?? false)
        ? 'enrol'
        : 'full';
  return {
    user: { id, email, name, role, agencyCode },
    stage,
    secondFactorSince: row.totpEnabledAt,
  };
}

/** The staff member of a fully signed-in session (second factor given where required), or null. */
export async function sessionUser(
  token: string | undefined,
  now = new Date(),
): Promise<StaffUser | null> {
  const state = await sessionState(token, now);
  return state?.stage === 'full' ? state.user : null;
}

export async function endSession(token: string | undefined): Promise<void> {
  if (!token) return;
  const db = await getDb();
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, hashToken(token)));
}

export async function endAllSessions(userId: number): Promise<void> {
  const db = await getDb();
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId));
}

/** Housekeeping: sessions past either timeout (see lib/security/housekeeping.ts). */
export async function removeExpiredSessions(now = new Date()): Promise<number> {
  const db = await getDb();
  const idle = new Date(now.getTime() - IDLE_MINUTES * 60_000);
  const gone = await db
    .delete(staffSessions)
    .where(
      sql`${staffSessions.expiresAt} <= ${now.toISOString()}::timestamptz or ${staffSessions.lastSeenAt} <= ${idle.toISOString()}::timestamptz`,
    )
    .returning({ userId: staffSessions.userId });
  return gone.length;
}
