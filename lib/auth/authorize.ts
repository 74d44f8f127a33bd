import type { StaffRole } from '@/db/schema/staff';

/**
 * Who may do what. Called by the data layer (lib/<domain>/queries.ts and commands.ts) on every
 * read and write, so pages, actions and API handlers all get it.
 */
export type Actor = { id: number; role: StaffRole; agencyCode: string | null };

export type Permission =
  | 'request.view'
  | 'request.work' // acknowledge, start, close, notes, take it
  | 'request.assign' // to someone else
  | 'request.reopen'
  | 'targets.edit'
  | 'outbox.read' // the messages queued for residents (never their text: lib/outbox/queries.ts)
  | 'responses.manage' // an agency's saved public messages (lib/staff/canned.ts); agents only pick them
  | 'users.manage'
  | 'catalogue.manage'
  | 'apiKeys.manage';

const BY_ROLE: Record<StaffRole, readonly Permission[]> = {
  agent: ['request.view', 'request.work'],
  supervisor: [
    'request.view',
    'request.work',
    'request.assign',
    'request.reopen',
    'targets.edit',
    'outbox.read',
    'responses.manage',
  ],
  admin: [
    'request.view',
    'request.work',
    'request.assign',
    'request.reopen',
    'targets.edit',
    'outbox.read',
    'responses.manage',
    'users.manage',
    'catalogue.manage',
    'apiKeys.manage',
  ],
};

/** Agents and supervisors act only within their agency; admins everywhere. */
export function can(actor: Actor, permission: Permission, agencyCode?: string): boolean {
  if (!BY_ROLE[actor.role].includes(permission)) return false;
  if (actor.role === 'admin' || agencyCode === undefined) return true;
  return actor.agencyCode === agencyCode;
}

export class ForbiddenError extends Error {
  constructor(permission: Permission) {
    super(`forbidden: ${permission}`);
  }
}

export function assertCan(actor: Actor, permission: Permission, agencyCode?: string): void {
  if (!can(actor, permission, agencyCode)) throw new ForbiddenError(permission);
}
