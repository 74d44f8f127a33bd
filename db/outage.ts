/**
 * Whether this process last saw the database unreachable, shared on globalThis with the proxy
 * (proxy.ts runs in the same Node.js process but is bundled apart, so module state is not
 * shared). While it says "down", the proxy answers page requests with the localized 503 page
 * after a throttled probe; the first successful query or probe clears it. No restart needed.
 */
export type OutageState = {
  down: boolean;
  since: number;
  /** Probes the database (at most once a second); true when it answers again. */
  recheck?: () => Promise<boolean>;
};

const g = globalThis as unknown as { __brsOutage?: OutageState };

export function outageState(): OutageState {
  g.__brsOutage ??= { down: false, since: 0 };
  return g.__brsOutage;
}

export function noteUnavailable(): void {
  const s = outageState();
  if (!s.down) {
    s.down = true;
    s.since = Date.now();
    console.error('Database unavailable: answering "temporarily unavailable" until it is back.');
  }
}

export function noteAvailable(): void {
  const s = outageState();
  if (s.down) {
    s.down = false;
    console.log(`Database available again after ${Math.round((Date.now() - s.since) / 1000)} s.`);
  }
}
