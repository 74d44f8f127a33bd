/**
 * The client's address as the trusted proxies saw it, or null when it cannot be known.
 *
 * Each proxy appends the address it received the request from to X-Forwarded-For, so with
 * `hops` trusted proxies the client is the entry `hops` from the right; whatever stands left of
 * it was written by the client and means nothing. Without a trusted proxy (hops 0) nothing in
 * the header can be believed — Next.js fills it with the socket's address only when the client
 * sent none — so there is no address: limits per address would be limits per forged header.
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  hops: number,
): string | null {
  if (hops < 1 || !forwardedFor) return null;
  const entries = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const address = entries[entries.length - hops];
  return address && address.length <= 64 ? address : null;
}
