import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { can, type Permission } from '@/lib/auth/authorize';
import { requireStaff } from '@/lib/auth/current';
import type { StaffUser } from '@/lib/auth/sessions';

/**
 * Admin pages: anonymous visitors go to sign-in like everywhere in the console; signed-in staff
 * without the right get "page not found", which does not confirm the page exists. The data
 * layer checks the permission again on every read and write.
 */
export async function requirePermission(
  locale: string,
  permission: Permission,
): Promise<StaffUser> {
  const user = await requireStaff(locale);
  if (!can(user, permission)) notFound();
  return user;
}

/** A route's numeric id, or the not-found page. */
export function idFrom(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) notFound();
  return Number(raw);
}

/**
 * Admin server actions: the pages never offer their forms to staff without the right, so a post
 * from one is forged. It gets 403 and changes nothing (it was a 500: the data layer's
 * ForbiddenError, thrown). `forbidden()` needs `experimental.authInterrupts` (next.config.js);
 * a post without JavaScript gets the not-found page, as Next.js renders every access refusal
 * of a plain form post.
 */
export async function requireActionPermission(
  locale: string,
  permission: Permission,
): Promise<StaffUser> {
  const user = await requireStaff(locale);
  if (!can(user, permission)) forbidden();
  return user;
}
