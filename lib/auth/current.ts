import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { sessionState, type SessionState, type StaffUser } from './sessions';

/**
 * Over HTTPS (production) the cookie is `__Host-` prefixed: browsers then accept it only when
 * Secure, for path / and without a Domain, so no sibling subdomain or plain-HTTP page can plant
 * or overwrite a session (session fixation). Development over plain HTTP keeps the bare name,
 * which browsers would refuse with the prefix.
 */
const secure = () => env().NODE_ENV === 'production';
export const sessionCookieName = () =>
  secure() ? '__Host-brs_staff_session' : 'brs_staff_session';

async function cookieToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

/** The session on this request, whatever its stage, checked against the database every time. */
export async function currentSession(): Promise<SessionState | null> {
  return sessionState(await cookieToken());
}

/** The fully signed-in staff member on this request, checked against the database every time. */
export async function currentStaff(): Promise<StaffUser | null> {
  const state = await currentSession();
  return state?.stage === 'full' ? state.user : null;
}

/**
 * For staff pages and actions: the fully signed-in staff member. Anyone else goes where they
 * stand: to sign-in, to the second-factor code, or to set one up when it is required.
 */
export async function requireStaff(locale: string): Promise<StaffUser> {
  const state = await currentSession();
  if (!state) redirect(`/${locale}/staff/sign-in`);
  if (state.stage === 'second-factor') redirect(`/${locale}/staff/sign-in/code`);
  if (state.stage === 'enrol') redirect(`/${locale}/staff/security`);
  return state.user;
}

/** HttpOnly (no script can read it), SameSite=Lax, Secure in production; ends with the browser. */
export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(),
    path: '/',
  });
}

export async function takeSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  // Expired with the same attributes it was set with: browsers ignore a `__Host-` cookie
  // header that is not Secure, deletion included.
  jar.set(sessionCookieName(), '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(),
    path: '/',
    maxAge: 0,
  });
  return token;
}

/** The raw session token, for the second-factor step, which works on its own pending session. */
export const sessionToken = cookieToken;
