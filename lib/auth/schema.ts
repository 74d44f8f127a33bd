import * as z from 'zod/mini';

/** The sign-in form. Any password is checked as typed: no trimming, no composition rules. */
export const signInSchema = z.object({
  email: z.pipe(
    z.transform((v) => (typeof v === 'string' ? v.trim() : '')),
    z
      .string()
      .check(z.minLength(1, 'signIn.emailRequired'), z.maxLength(254, 'signIn.emailRequired')),
  ),
  password: z.pipe(
    z.transform((v) => (typeof v === 'string' ? v : '')),
    z
      .string()
      .check(
        z.minLength(1, 'signIn.passwordRequired'),
        z.maxLength(1024, 'signIn.passwordRequired'),
      ),
  ),
});
