import type { ReactNode } from 'react';

/**
 * A tracking number as one unit: it never breaks at its hyphens ("BAL-26-/004821" at 375 px);
 * the text around it wraps instead, and on a narrow screen or at a large text size it shrinks
 * to fit its box rather than run out of it (styles/globals.css, .tracking-ref). Always left to
 * right, isolated from the sentence around it (an Arabic sentence would reorder "BAL-26-004821"
 * around its hyphens otherwise): see Bidi.tsx.
 */
export function TrackingRef({ children }: { children: ReactNode }) {
  return (
    <bdi dir="ltr" className="tracking-ref">
      {children}
    </bdi>
  );
}
