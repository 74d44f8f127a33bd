import { STAFF_ROLES } from '@/db/schema/staff';
import { can, type Actor } from '@/lib/auth/authorize';

/**
 * Who may enter a request for a caller: anyone who works requests (agents and supervisors of an
 * agency, admins). A caller's problem is rarely the call taker's own agency's, so any active
 * service may be chosen; the request goes to that service's agency like any other.
 * The role is checked against the known roles first: `can` has no entry for any other.
 */
export function canTakeCalls(actor: Actor | null | undefined): actor is Actor {
  if (!actor || !(STAFF_ROLES as readonly string[]).includes(actor.role)) return false;
  if (actor.role !== 'admin' && !actor.agencyCode) return false;
  return can(actor, 'request.work');
}
