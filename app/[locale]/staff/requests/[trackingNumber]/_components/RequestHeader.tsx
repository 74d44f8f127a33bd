import Link from 'next/link';
import type { ReactNode } from 'react';

/** Back to the queue, the page's one <h1>, and room for links to the neighbouring requests. */
export function RequestHeader({
  backHref,
  backLabel,
  title,
  nav,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  nav?: ReactNode;
}) {
  // layout-wide: the whole page widens on desktops for its tables (styles/globals.css).
  return (
    <div className="layout-wide">
      <p>
        <Link href={backHref}>{backLabel}</Link>
      </p>
      {nav}
      <h1>{title}</h1>
    </div>
  );
}
