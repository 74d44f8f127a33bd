/**
 * Wakes this process's outbox worker right after a message is queued, so a resident's
 * confirmation leaves in a second instead of at the next poll. Other instances still find the
 * message on their next poll (every 15 s). Without a running worker (tests, scripts) it does
 * nothing.
 */
const g = globalThis as unknown as { __brsOutboxWake?: () => void };

export function onOutboxNudge(wake: (() => void) | undefined): void {
  g.__brsOutboxWake = wake;
}

export function nudgeOutbox(): void {
  g.__brsOutboxWake?.();
}
