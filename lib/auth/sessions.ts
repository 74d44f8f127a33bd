import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffSessions, staffUsers, type StaffRole } from '@/db/schema';

/** Sessions end after 30 minutes without activity, and 12 hours after sign-in in any case. */
export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
export const SESSION_COOKIE = 'brs_staff_session';

export type StaffUser = {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  agencyCode: string | null;
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh 256-bit token for the cookie; the database keeps only its hash. */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const db = await getDb();
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_HOURS * 3600_000),
  });
  return token;
}

/**
 * The signed-in, enabled staff member a cookie token belongs to, or null. Each use extends the
 * idle timeout (at most once a minute, to spare the database a write per request).
 */
export async function sessionUser(
  token: string | undefined,
  now = new Date(),
): Promise<StaffUser | null> {
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
    })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
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
  const { lastSeenAt: _seen, ...user } = row;
  void _seen;
  return user;
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
