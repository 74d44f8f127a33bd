import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ReactNode } from 'react';
import { ServerHtml } from './ServerHtml';

const STORE = Symbol.for('brs.server-html');
type Store = Map<string, { node: ReactNode; at: number }>;
/** Left by a render that never reached HTML (a prefetch, a client navigation): dropped after. */
const UNREAD_MS = 10_000;

/**
 * Server HTML with no copy in the page's payload and no hydration (see ServerHtml.tsx): for
 * content that needs no JavaScript and only plain, synchronous components (no client
 * components, nothing async) — the server-side render calls them as they are.
 */
export function Island({ children }: { children: ReactNode }) {
  return <ServerHtml id={keep(children)} />;
}

/** Leaves the content for the server-side render under a fresh id; drops what was never read. */
function keep(node: ReactNode): string {
  const g = globalThis as { [STORE]?: Store };
  const store = (g[STORE] ??= new Map());
  const now = Date.now();
  // Oldest first (insertion order): stop at the first one still fresh.
  for (const [key, entry] of store) {
    if (now - entry.at < UNREAD_MS) break;
    store.delete(key);
  }
  const id = randomUUID();
  store.set(id, { node, at: now });
  return id;
}
