'use client';

import { useEffect, useRef } from 'react';

/**
 * Why single sign-on came back without a session. Styled and announced like the error summary
 * (role="alert", focused on arrival) but with no field to link to: the way forward is in the
 * message itself.
 */
export function SsoError({ title, message }: { title: string; message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="sso-error-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="sso-error-title">{title}</h2>
      <p>{message}</p>
    </div>
  );
}
