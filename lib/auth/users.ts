import 'server-only';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { database, getDb } from '@/lib/db';
import { withAdvisoryLock } from '@/lib/db/advisory-lock';
import type { Tx } from '@/db/client';
import {
  agencies,
  staffPolicy,
  staffRecoveryCodes,
  staffSessions,
  staffUsers,
  type StaffRole,
} from '@/db/schema';
import { diff, recordAudit } from '@/lib/audit/commands';
import { auditTrail } from '@/lib/audit/queries';
import { pickText } from '@/lib/i18n/localized';
import { assertCan, type Actor } from './authorize';
import { hashPassword, passwordProblem } from './password';

export type NewStaffUser = {
  email: string;
  name: string;
  password: string;
  role: StaffRole;
  agencyCode: string | null;
};

/** Expected refusals, as Validation message keys. */
export type UserError =
  | 'password.tooShort'
  | 'password.tooLong'
  | 'password.common'
  | 'staffUser.agencyRequired'
  | 'staffUser.agencyUnknown'
  | 'staffUser.emailTaken'
  | 'staffUser.notFound'
  | 'staffUser.ownRole'
  | 'staffUser.disableSelf'
  | 'staffUser.resetSelf';

export type CreateResult = { ok: true; id: number } | { ok: false; error: UserError };
export type RoleResult = { ok: true; changed: boolean } | { ok: false; error: UserError };
export type DisableResult = { ok: true } | { ok: false; error: UserError };

const agencyExists = async (tx: Tx, code: string) =>
  (await tx.select({ code: agencies.code }).from(agencies).where(eq(agencies.code, code))).length >
  0;

/** Sessions go in the same transaction as the change, so old rights cannot outlive it. */
const endSessionsIn = (tx: Tx, userId: number) =>
  tx.delete(staffSessions).where(eq(staffSessions.userId, userId));

/** `actorId` null: the system (start-up bootstrap, operator CLI). */
async function createUser(actorId: number | null, u: NewStaffUser): Promise<CreateResult> {
  const problem = passwordProblem(u.password);
  if (problem) return { ok: false, error: problem };
  if (u.role !== 'admin' && !u.agencyCode) return { ok: false, error: 'staffUser.agencyRequired' };
  const agencyCode = u.role === 'admin' ? null : u.agencyCode;
  // Hashed before the transaction: argon2id takes a while and must not hold row locks.
  const passwordHash = await hashPassword(u.password);
  const email = u.email.trim().toLowerCase();
  const name = u.name.trim();
  const db = await getDb();
  return db.transaction(async (tx): Promise<CreateResult> => {
    if (agencyCode && !(await agencyExists(tx, agencyCode)))
      return { ok: false, error: 'staffUser.agencyUnknown' };
    const [row] = await tx
      .insert(staffUsers)
      .values({ email, name, passwordHash, role: u.role, agencyCode })
      .onConflictDoNothing({ target: staffUsers.email })
      .returning({ id: staffUsers.id });
    if (!row) return { ok: false, error: 'staffUser.emailTaken' };
    await recordAudit(tx, {
      actorId,
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      after: { email, name, role: u.role, agencyCode, disabled: false },
    });
    return { ok: true, id: row.id };
  });
}

async function disableUser(actorId: number | null, id: number): Promise<DisableResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<DisableResult> => {
    const [u] = await tx
      .select({ disabledAt: staffUsers.disabledAt })
      .from(staffUsers)
      .where(eq(staffUsers.id, id))
      .for('update');
    if (!u) return { ok: false, error: 'staffUser.notFound' };
    await endSessionsIn(tx, id);
    if (u.disabledAt) return { ok: true }; // already disabled: nothing new to record
    await tx.update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, id));
    await recordAudit(tx, {
      actorId,
      action: 'user.disable',
      entity: 'user',
      entityId: id,
      before: { disabled: false },
      after: { disabled: true },
    });
    return { ok: true };
  });
}

/** For operators (CLI) and start-up (bootstrap admin): audited as the system. */
export function createStaffUser(u: NewStaffUser): Promise<CreateResult> {
  return createUser(null, u);
}

/** For operators (CLI): disabling ends every session of the user at once. */
export async function disableStaffUser(id: number): Promise<void> {
  await disableUser(null, id);
}

/** STAFF_BOOTSTRAP_EMAIL/PASSWORD: the first admin, created only while there are no staff. */
export async function ensureBootstrapAdmin(
  email: string,
  password: string,
): Promise<CreateResult | null> {
  // Several instances starting at once on a new database: one creates the admin, the others
  // (waiting for the lock) then find it, instead of failing start-up on a taken email.
  return withAdvisoryLock(await database(), 'bootstrap-admin', async () => {
    const db = await getDb();
    const [{ n }] = await db.select({ n: count() }).from(staffUsers);
    if (n > 0) return null;
    return createStaffUser({
      email,
      name: 'Administrator',
      password,
      role: 'admin',
      agencyCode: null,
    });
  });
}

/** What the console and CLI show of an account: never the password hash. */
const summaryColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  name: staffUsers.name,
  role: staffUsers.role,
  agencyCode: staffUsers.agencyCode,
  disabledAt: staffUsers.disabledAt,
  /** When the second factor was set up; null without one. Never the secret itself. */
  totpEnabledAt: staffUsers.totpEnabledAt,
};

/**
 * The enabled account with this email (stored lowercase), for single sign-on: the identity
 * provider says who someone is, this portal alone says what they may do.
 */
export async function findEnabledStaffByEmail(email: string): Promise<{ id: number } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.email, email.trim().toLowerCase()), isNull(staffUsers.disabledAt)));
  return row ?? null;
}

export async function listStaffUsers() {
  const db = await getDb();
  return db.select(summaryColumns).from(staffUsers).orderBy(staffUsers.id);
}
export type StaffUserSummary = Awaited<ReturnType<typeof listStaffUsers>>[number];

// Staff console (admins). Each checks the actor itself, whatever page or action calls it.

export async function adminCreateUser(actor: Actor, input: NewStaffUser): Promise<CreateResult> {
  assertCan(actor, 'users.manage');
  return createUser(actor.id, input);
}

/** Ends the user's sessions, so the new rights apply from their next sign-in. */
export async function adminSetRole(
  actor: Actor,
  userId: number,
  role: StaffRole,
  agencyCode: string | null,
): Promise<RoleResult> {
  assertCan(actor, 'users.manage');
  // Nobody changes their own rights: it also keeps the last admin from demoting themself.
  if (userId === actor.id) return { ok: false, error: 'staffUser.ownRole' };
  const agency = role === 'admin' ? null : agencyCode;
  if (role !== 'admin' && !agency) return { ok: false, error: 'staffUser.agencyRequired' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<RoleResult> => {
    const [u] = await tx
      .select({ role: staffUsers.role, agencyCode: staffUsers.agencyCode })
      .from(staffUsers)
      .where(eq(staffUsers.id, userId))
      .for('update');
    if (!u) return { ok: false, error: 'staffUser.notFound' };
    if (agency && !(await agencyExists(tx, agency)))
      return { ok: false, error: 'staffUser.agencyUnknown' };
    const change = diff(u, { role, agencyCode: agency });
    if (!Object.keys(change.after).length) return { ok: true, changed: false };
    await tx.update(staffUsers).set({ role, agencyCode: agency }).where(eq(staffUsers.id, userId));
    await endSessionsIn(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.role',
      entity: 'user',
      entityId: userId,
      ...change,
    });
    return { ok: true, changed: true };
  });
}

export async function adminDisableUser(actor: Actor, userId: number): Promise<DisableResult> {
  assertCan(actor, 'users.manage');
  if (userId === actor.id) return { ok: false, error: 'staffUser.disableSelf' };
  return disableUser(actor.id, userId);
}

export async function adminListUsers(actor: Actor): Promise<StaffUserSummary[]> {
  assertCan(actor, 'users.manage');
  return listStaffUsers();
}

export async function adminGetUser(actor: Actor, id: number): Promise<StaffUserSummary | null> {
  assertCan(actor, 'users.manage');
  const db = await getDb();
  const [row] = await db.select(summaryColumns).from(staffUsers).where(eq(staffUsers.id, id));
  return row ?? null;
}

/** Who created the account and changed it, oldest first. */
export async function adminUserHistory(actor: Actor, id: number) {
  assertCan(actor, 'users.manage');
  return auditTrail('user', id);
}

/**
 * Removes a member's second factor (a lost phone and no recovery code left): secret, pending
 * secret and recovery codes go, their sessions end, and they set a new one up at next sign-in
 * if their role requires it. Not one's own: another admin checks who is asking.
 */
export async function adminResetSecondFactor(actor: Actor, userId: number): Promise<DisableResult> {
  assertCan(actor, 'users.manage');
  if (userId === actor.id) return { ok: false, error: 'staffUser.resetSelf' };
  const db = await getDb();
  return db.transaction(async (tx): Promise<DisableResult> => {
    const [u] = await tx
      .select({ enabled: staffUsers.totpEnabledAt })
      .from(staffUsers)
      .where(eq(staffUsers.id, userId))
      .for('update');
    if (!u) return { ok: false, error: 'staffUser.notFound' };
    if (!u.enabled) return { ok: true };
    await tx
      .update(staffUsers)
      .set({ totpSecret: null, totpEnabledAt: null, totpPendingSecret: null, totpLastStep: null })
      .where(eq(staffUsers.id, userId));
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
    await endSessionsIn(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.secondFactor.reset',
      entity: 'user',
      entityId: userId,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
    return { ok: true };
  });
}

/** Whether agents too must use a second factor (admins and supervisors always must). */
export async function secondFactorForAll(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select().from(staffPolicy).where(eq(staffPolicy.id, 1));
  return row?.secondFactorForAll ?? false;
}

/** Sets the policy (audited). Members without a second factor set one up on their next page. */
export async function adminSetSecondFactorForAll(
  actor: Actor,
  forAll: boolean,
): Promise<{ changed: boolean }> {
  assertCan(actor, 'users.manage');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.insert(staffPolicy).values({ id: 1 }).onConflictDoNothing();
    const [row] = await tx.select().from(staffPolicy).where(eq(staffPolicy.id, 1)).for('update');
    if (row.secondFactorForAll === forAll) return { changed: false };
    await tx
      .update(staffPolicy)
      .set({ secondFactorForAll: forAll, updatedAt: new Date() })
      .where(eq(staffPolicy.id, 1));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'policy.secondFactor',
      entity: 'policy',
      entityId: 'staff',
      before: { secondFactorForAll: row.secondFactorForAll },
      after: { secondFactorForAll: forAll },
    });
    return { changed: true };
  });
}

/** Agencies a staff member can belong to, by name in the reader's language. */
export async function agencyChoices(locale: string): Promise<{ code: string; name: string }[]> {
  const db = await getDb();
  const rows = await db.select().from(agencies).orderBy(asc(agencies.code));
  return rows
    .map((a) => ({ code: a.code, name: pickText(a.name, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
