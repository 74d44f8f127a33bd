'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { nextSeq, postedForm } from '@/lib/http/action-args';
import { currentSession, requireStaff, sessionToken, setSessionCookie } from '@/lib/auth/current';
import { createSession, endSession } from '@/lib/auth/sessions';
import { confirmEnrolment, renewRecoveryCodes } from '@/lib/auth/second-factor';
import { typedCode, type CodeState } from './code-state';

/** The bound locale, checked: a forged one is not found (lib/http/action-args.ts). */
function checkLocale(locale: string) {
  if (!isLocale(locale)) notFound();
}

/**
 * The security page's one code form: `intent` says whether it confirms the enrolment or asks for
 * new recovery codes. One action for both, because without JavaScript the page that answers the
 * post is already the "on" view, and React hands the action's result (the recovery codes) only
 * to a form bound to the same action.
 */
export async function securityCodeAction(
  locale: string,
  prev: CodeState,
  data: FormData,
): Promise<CodeState> {
  checkLocale(locale);
  postedForm(data);
  return data.get('intent') === 'renew'
    ? renewCodes(locale, prev, data)
    : enrol(locale, prev, data);
}

/**
 * Turns the second factor on with a code from the app, then hands the recovery codes to the
 * page once. The session gets a new token: the old one was opened by the password alone.
 */
async function enrol(locale: string, prev: CodeState, data: FormData): Promise<CodeState> {
  const session = await currentSession();
  if (!session || session.stage === 'second-factor') redirect(`/${locale}/staff/sign-in`);
  const seq = nextSeq(prev);
  const result = await confirmEnrolment(session.user.id, typedCode(data));
  if (!result.ok) return { errors: { code: result.error }, seq, recoveryCodes: null };
  await endSession(await sessionToken());
  await setSessionCookie(await createSession(session.user.id));
  return { errors: {}, seq, recoveryCodes: result.recoveryCodes };
}

/** New recovery codes on a current code from the app; the old ones stop working. */
async function renewCodes(locale: string, prev: CodeState, data: FormData): Promise<CodeState> {
  const user = await requireStaff(locale);
  const seq = nextSeq(prev);
  const result = await renewRecoveryCodes(user.id, typedCode(data));
  if (!result.ok) return { errors: { code: result.error }, seq, recoveryCodes: null };
  return { errors: {}, seq, recoveryCodes: result.recoveryCodes };
}
