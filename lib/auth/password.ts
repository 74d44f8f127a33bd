import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Staff passwords (NIST SP 800-63B): at least 12 characters, long passphrases and pasting
 * welcome, no composition rules, the ~49,000 most common passwords refused.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function passwordProblem(
  password: string,
): 'password.tooShort' | 'password.tooLong' | 'password.common' | null {
  if ([...password].length < PASSWORD_MIN) return 'password.tooShort';
  if (password.length > PASSWORD_MAX) return 'password.tooLong';
  if (common.has(password.toLowerCase())) return 'password.common';
  return null;
}

/** argon2id, 48 MiB, t=1, p=1 (above OWASP's 47 MiB minimum for t=1). */
// algorithm 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 48 * 1024, timeCost: 1, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when an account does not exist, so the answer takes as long either way. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password-for-timing');
  return dummy;
}
