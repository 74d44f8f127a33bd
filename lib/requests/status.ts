import type { RequestStatus } from '@/db/schema/types';

/**
 * The request lifecycle. The database enforces the same table (trigger in migration 0003), so
 * no code path — console, API or a hand-written query — can make an illegal move.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['acknowledged', 'in_progress', 'closed'],
  acknowledged: ['in_progress', 'closed'],
  in_progress: ['closed'],
  closed: ['acknowledged'], // reopen
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type StaffAction = 'acknowledge' | 'start' | 'close' | 'reopen';

export const ACTION_TARGET: Record<StaffAction, RequestStatus> = {
  acknowledge: 'acknowledged',
  start: 'in_progress',
  close: 'closed',
  reopen: 'acknowledged',
};

/** Actions that make sense for a request in `status` (what the console offers). */
export function actionsFor(status: RequestStatus): StaffAction[] {
  return (Object.keys(ACTION_TARGET) as StaffAction[]).filter(
    (a) =>
      canMove(status, ACTION_TARGET[a]) &&
      (a !== 'reopen' || status === 'closed') &&
      (a !== 'acknowledge' || status === 'new'),
  );
}
