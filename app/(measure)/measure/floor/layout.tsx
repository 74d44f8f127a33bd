/**
 * A second root layout with nothing in it, for the "framework floor": the JavaScript Next.js
 * sends on a page with no components of ours (see scripts/check-budgets.mjs).
 */
/** Rendered per request like every page, so its scripts carry the nonce of the proxy's policy. */
export const dynamic = 'force-dynamic';

export default function FloorLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
