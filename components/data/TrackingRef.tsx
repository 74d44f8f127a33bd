import type { ReactNode } from 'react';

/**
 * A tracking number as one unit: it never breaks at its hyphens ("BAL-26-/004821" at 375 px);
 * the text around it wraps instead, and on a narrow screen or at a large text size it shrinks
 * to fit its box rather than run out of it (styles/globals.css, .tracking-ref).
 */
export function TrackingRef({ children }: { children: ReactNode }) {
  return <span className="tracking-ref">{children}</span>;
}
