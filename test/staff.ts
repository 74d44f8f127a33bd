import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';

/** A staff account for database tests, named after its email's local part. */
export async function makeStaffActor(
  email: string,
  role: Actor['role'],
  agencyCode: string | null,
): Promise<Actor> {
  const r = await createStaffUser({
    email,
    name: email.split('@')[0],
    password: 'a long enough test passphrase',
    role,
    agencyCode,
  });
  if (!r.ok) throw new Error(r.error);
  return { id: r.id, role, agencyCode };
}
