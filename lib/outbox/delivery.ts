/**
 * Delivery rules of the outbox, apart from the database so they can be checked on their own.
 */

/** After this many failed attempts a message is left alone (kept, shown as failed to staff). */
export const MAX_ATTEMPTS = 8;

/** How long a worker holds the messages it took before another instance may take them again. */
export const LEASE_MS = 10 * 60_000;

/**
 * Wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most 4 hours
 * (the eighth and last attempt comes about two hours after the first).
 */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0) * 60_000, 4 * 3_600_000);
}

/**
 * A failure as stored in `last_error` and shown to staff: short, and without personal data (an
 * SMTP server's refusal often quotes the recipient's address) or the survey token.
 */
export function describeError(e: unknown): string {
  const err = (typeof e === 'object' && e) || {};
  const code = 'code' in err && typeof err.code === 'string' ? err.code : null;
  const response =
    'responseCode' in err && typeof err.responseCode === 'number' ? String(err.responseCode) : null;
  const message = e instanceof Error ? e.message : String(e);
  const clean = message
    .replace(/\S+@\S+/g, '[address]')
    // Phone numbers (ten digits or more), not SMTP codes such as "550 5.1.1".
    .replace(/\+?[\d(][\d\s().-]{8,}\d/g, (s) =>
      s.replace(/\D/g, '').length >= 10 ? '[number]' : s,
    )
    .replace(/[\w-]{24,}/g, '[…]')
    .replace(/\s+/g, ' ')
    .trim();
  return [[code, response].filter(Boolean).join(' '), clean]
    .filter(Boolean)
    .join(': ')
    .slice(0, 200);
}

export type OutboxState = 'pending' | 'retrying' | 'delivered' | 'failed' | 'cancelled';

export function outboxState(m: {
  deliveredAt: Date | null;
  attempts: number;
  cancelledAt?: Date | null;
}): OutboxState {
  if (m.deliveredAt) return 'delivered';
  if (m.cancelledAt) return 'cancelled';
  if (m.attempts >= MAX_ATTEMPTS) return 'failed';
  return m.attempts > 0 ? 'retrying' : 'pending';
}
