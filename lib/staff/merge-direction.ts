import type { RequestStatus } from '@/db/schema/types';

type Side = { id: number; createdAt: Date; status: RequestStatus };

/**
 * Which way a suggested duplicate merges, in one action: the newer report is merged into the
 * older one (the original keeps its place in the queue and its residents gain followers).
 * A closed suggestion cannot be merged itself (it is finished), so the open request on the page
 * is merged into it — the problem was already dealt with there. `into`: merge this request into
 * the suggestion; `from`: merge the suggestion into this request.
 */
export function mergeDirection(current: Side, other: Side): 'into' | 'from' {
  if (other.status === 'closed') return 'into';
  const otherFirst =
    +other.createdAt < +current.createdAt ||
    (+other.createdAt === +current.createdAt && other.id < current.id);
  return otherFirst ? 'into' : 'from';
}
