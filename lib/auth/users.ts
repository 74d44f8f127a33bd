import 'server-only';
import { count, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffUsers, type StaffRole } from '@/db/schema';
import { hashPassword, passwordProblem } from './password';
import { endAllSessions } from './sessions';

export type NewStaffUser = {
  email: string;
  name: string;
  password: string;
  role: StaffRole;
  agencyCode: string | null;
};

export type CreateResult = { ok: true; id: number } | { ok: false; error: string };

/** Used by admins (console), operators (CLI) and start-up (bootstrap admin). */
export async function createStaffUser(u: NewStaffUser): Promise<CreateResult> {
  const problem = passwordProblem(u.password);
  if (problem) return { ok: false, error: problem };
  if (u.role !== 'admin' && !u.agencyCode) return { ok: false, error: 'staffUser.agencyRequired' };
  const db = await getDb();
  const [row] = await db
    .insert(staffUsers)
    .values({
      email: u.email.trim().toLowerCase(),
      name: u.name.trim(),
      passwordHash: await hashPassword(u.password),
      role: u.role,
      agencyCode: u.role === 'admin' ? null : u.agencyCode,
    })
    .onConflictDoNothing({ target: staffUsers.email })
    .returning({ id: staffUsers.id });
  return row ? { ok: true, id: row.id } : { ok: false, error: 'staffUser.emailTaken' };
}

/** Disabling ends every session of the user at once. */
export async function disableStaffUser(id: number): Promise<void> {
  const db = await getDb();
  await db.update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, id));
  await endAllSessions(id);
}

/** STAFF_BOOTSTRAP_EMAIL/PASSWORD: the first admin, created only while there are no staff. */
export async function ensureBootstrapAdmin(
  email: string,
  password: string,
): Promise<CreateResult | null> {
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
}

export async function listStaffUsers() {
  const db = await getDb();
  return db
    .select({
      id: staffUsers.id,
      email: staffUsers.email,
      name: staffUsers.name,
      role: staffUsers.role,
      agencyCode: staffUsers.agencyCode,
      disabledAt: staffUsers.disabledAt,
    })
    .from(staffUsers)
    .orderBy(staffUsers.id);
}
