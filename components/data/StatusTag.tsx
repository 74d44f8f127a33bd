import type { RequestStatus } from '@/db/schema/types';

/** Status as text in a bordered tag: never colour alone. */
export function StatusTag({ status, label }: { status: RequestStatus; label: string }) {
  return <strong className={status === 'closed' ? 'tag tag--closed' : 'tag'}>{label}</strong>;
}
