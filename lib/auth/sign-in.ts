import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { staffUsers } from '@/db/schema';
import { clear, hit, peek } from '@/lib/rate-limit/commands';
import { dummyHash, verifyPassword } from './password';
import { createSession } from './sessions';

/** Failed sign-ins allowed per account and per address in 15 minutes before refusing. */
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

export type SignInResult =
  { ok: true; token: string } | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Email + password → a new session token. The answer never tells whether the account exists:
 * unknown addresses cost the same argon2 verification and count against the same limits.
 * After 5 failures for an account (or 20 from an address) in 15 minutes, sign-in is refused
 * for the rest of the window, even with the right password.
 */
export async function signIn(
  email: string,
  password: string,
  address: string,
): Promise<SignInResult> {
  const normalized = email.trim().toLowerCase();
  const accountBucket = `signin-account:${normalized}`;
  const addressBucket = `signin-address:${address}`;
  if (
    (await peek(accountBucket, THROTTLE_WINDOW_SECONDS)) >= ACCOUNT_FAILURES ||
    (await peek(addressBucket, THROTTLE_WINDOW_SECONDS)) >= ADDRESS_FAILURES
  ) {
    return { ok: false, reason: 'throttled' };
  }
  const db = await getDb();
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.email, normalized));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !valid || user.disabledAt) {
    await hit(accountBucket, THROTTLE_WINDOW_SECONDS);
    await hit(addressBucket, THROTTLE_WINDOW_SECONDS);
    return { ok: false, reason: 'invalid' };
  }
  await clear(accountBucket);
  return { ok: true, token: await createSession(user.id) };
}
