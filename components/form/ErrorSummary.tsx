'use client';

import { useEffect, useRef } from 'react';

export type ErrorItem = { field: string; href: string; message: string };

/**
 * GOV.UK error summary: at the top of the page, takes focus when shown so screen readers
 * announce it, each item links to its field. Clicking a link focuses the field itself (the
 * default jump would only scroll) and keeps its label in view.
 */
export function ErrorSummary({
  title,
  errors,
  focusKey,
}: {
  title: string;
  errors: ErrorItem[];
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [focusKey, errors.length]);
  if (!errors.length) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={e.href}
              onClick={(ev) => {
                const target = document.getElementById(e.href.slice(1));
                if (!target) return;
                ev.preventDefault();
                const legendOrLabel =
                  target.closest('fieldset')?.querySelector('legend') ??
                  document.querySelector(`label[for="${target.id}"]`);
                (legendOrLabel ?? target).scrollIntoView({ block: 'start' });
                target.focus({ preventScroll: true });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
