'use client';

import { useEffect, useRef } from 'react';

/**
 * "Request acknowledged" and the like, shown where the action was taken and given focus there:
 * after the page reloads, keyboard and screen reader users carry on from the actions instead of
 * from the top of the page. (Without JavaScript the redirect's #fragment does the same.)
 */
export function ActionDone({ id, message }: { id: string; message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="notification-banner" role="status" id={id} tabIndex={-1} ref={ref}>
      <p>{message}</p>
    </div>
  );
}
