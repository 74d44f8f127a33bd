import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffUsers } from '@/db/schema';
import { clear, hit, release } from '@/lib/rate-limit/commands';
import { dummyHash, verifyPassword } from './password';
import { createSession } from './sessions';

/** Attempts allowed per account from one client, and per client address, in 15 minutes. */
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

export type SignInResult =
  | { ok: true; token: string; stage: 'full' | 'second-factor' }
  | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Email + password → a new session token. The answer never tells whether the account exists:
 * unknown addresses cost the same argon2 verification and count against the same limits.
 *
 * Throttling slows a guesser without locking the owner out (security review, finding 1): the
 * account's limit is kept per client address, so failures from elsewhere do not refuse the owner
 * at theirs, and one address may try 20 times in 15 minutes whatever the accounts. Each attempt
 * is counted (one atomic upsert) before the password is checked, so parallel guesses cannot all
 * slip under the limit; a success clears its account's count and gives its attempt back.
 *
 * `address` is null when the portal cannot know it (no TRUSTED_PROXY_HOPS: see
 * lib/http/client-address.ts): then the account's limit is for every client together.
 */
export async function signIn(
  email: string,
  password: string,
  address: string | null,
): Promise<SignInResult> {
  // PostgreSQL text cannot hold NUL (a 500 from the counter's upsert, found by the fuzz suite):
  // no account's address has one, so the replacement matches none and costs the same.
  const normalized = email.trim().toLowerCase().replaceAll('\0', '\uFFFD');
  const accountBucket = `signin-account:${normalized}:${address ?? 'unknown'}`;
  const addressBucket = address ? `signin-address:${address}` : null;
  const tries = await hit(accountBucket, THROTTLE_WINDOW_SECONDS);
  const fromAddress = addressBucket ? await hit(addressBucket, THROTTLE_WINDOW_SECONDS) : 0;
  if (tries > ACCOUNT_FAILURES || fromAddress > ADDRESS_FAILURES) {
    return { ok: false, reason: 'throttled' };
  }
  const db = await getDb();
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, normalized));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
  await clear(accountBucket);
  if (addressBucket) await release(addressBucket);
  // With a second factor set up, the password opens only the code page (lib/auth/second-factor.ts).
  const stage = user.totpEnabledAt ? 'second-factor' : 'full';
  return { ok: true, token: await createSession(user.id, new Date(), stage), stage };
}
