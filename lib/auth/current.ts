import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { SESSION_COOKIE, sessionUser, type StaffUser } from './sessions';

/** The staff member signed in on this request, checked against the database every time. */
export async function currentStaff(): Promise<StaffUser | null> {
  return sessionUser((await cookies()).get(SESSION_COOKIE)?.value);
}

/** For staff pages and actions: the signed-in staff member, or the sign-in page. */
export async function requireStaff(locale: string): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) redirect(`/${locale}/staff/sign-in`);
  return user;
}

/** HttpOnly (no script can read it), SameSite=Lax, Secure in production; ends with the browser. */
export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
  });
}

export async function takeSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  return token;
}
