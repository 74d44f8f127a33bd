'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Server HTML that the browser neither hydrates nor receives twice: the transparency page's
 * tables and charts. React sends every server-rendered element a second time, in the page's
 * payload (self.__next_f.push), so the browser can hydrate it: for these tables, which need no
 * JavaScript at all, that doubled the page (123 KB of payload for 122 KB of HTML). Here the
 * payload carries only an id:
 * - the server component (island.tsx) leaves the content in a process-wide map under a fresh id;
 * - the server-side render of this component (same process, same request, moments later)
 *   renders it from there into the HTML;
 * - in the browser, `dangerouslySetInnerHTML` tells React the children are not its own, so
 *   hydration leaves the server's markup as it is (React checks such content in development
 *   only, hence suppressHydrationWarning). Once hydrated the markup is kept here by id, for a
 *   later render of the same payload (back to this page from another, inside the app).
 * A client-side navigation to the page (no HTML from the server) loads it afresh instead.
 * scripts/check-budgets.mjs fails the build when a table's figures show up in the payload.
 */
const STORE = Symbol.for('brs.server-html');
type Store = Map<string, { node: ReactNode; at: number }>;
const kept = new Map<string, string>();

export function ServerHtml({ id }: { id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el?.firstChild) kept.set(id, el.innerHTML);
    else if (!kept.has(id)) window.location.reload();
  }, [id]);
  if (typeof window === 'undefined') {
    const store = (globalThis as { [STORE]?: Store })[STORE];
    const entry = store?.get(id);
    // Gone a moment after this render (not at once: a render may be repeated).
    if (entry) setTimeout(() => store?.delete(id), 1_000).unref();
    return <div className="server-html">{entry?.node}</div>;
  }
  return (
    <div
      ref={ref}
      className="server-html"
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: kept.get(id) ?? '' }}
    />
  );
}
