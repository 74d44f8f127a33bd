import Link from 'next/link';
import type { ReactNode } from 'react';
import { shortcutKey } from '@/lib/staff/shortcuts';

/**
 * Back to the queue, the page's one <h1>, room for links to the neighbouring requests, and the
 * way to the shortcuts page (which is also where they are turned off).
 */
export function RequestHeader({
  backHref,
  backLabel,
  title,
  nav,
  shortcuts,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  nav?: ReactNode;
  shortcuts: { href: string; label: string };
}) {
  // layout-wide: the whole page widens on desktops for its tables (styles/globals.css).
  return (
    <div className="layout-wide">
      <div className="staff-bar">
        <p>
          <Link href={backHref} data-shortcut={shortcutKey('back')}>
            {backLabel}
          </Link>
        </p>
        {nav}
        <p>
          <Link href={shortcuts.href} data-shortcut={shortcutKey('help')}>
            {shortcuts.label}
          </Link>
        </p>
      </div>
      <h1>{title}</h1>
    </div>
  );
}
