'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A success message (GOV.UK notification banner): a status region that also takes focus when it
 * appears, so screen reader users hear it after a form submission moved them here.
 */
export function Notice({
  children,
  focusKey,
  panel = false,
}: {
  children: ReactNode;
  focusKey?: unknown;
  /** A grey panel (for content to copy) instead of the green-edged success banner. */
  panel?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div className={panel ? 'inset' : 'notification-banner'} role="status" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}
