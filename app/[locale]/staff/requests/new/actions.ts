'use server';

import { forbidden, notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { canTakeCalls } from '@/lib/intake/access';
import { createPhoneRequest } from '@/lib/intake/commands';
import { intakeService } from '@/lib/intake/queries';
import { formValues } from '@/lib/requests/form-data';
import { boundText, nextSeq, postedForm } from '@/lib/http/action-args';
import type { IntakeState } from './_components/intake-types';

/**
 * The phone intake form posts here (a plain form: works without JavaScript). The data layer
 * checks the actor again (lib/intake/commands.ts); a refused form comes back as typed, with its
 * errors; a created request (or a retry of one: the form's idempotency key) goes to the page
 * that gives its tracking number.
 */
export async function intakeAction(
  locale: string,
  serviceCode: string,
  prev: IntakeState,
  data: FormData,
): Promise<IntakeState> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale)) notFound();
  postedForm(data);
  boundText(serviceCode, 200);
  const user = await requireStaff(locale);
  // The page offers this form only to those who take calls: anyone else's post is forged.
  if (!canTakeCalls(user)) forbidden();
  const seq = nextSeq(prev);
  const service = await intakeService(user, serviceCode, locale);
  const consent = data.get('callerConsent');
  const values = {
    ...formValues(data, service?.attributes ?? []),
    callerConsent: typeof consent === 'string' ? consent.slice(0, 10) : '',
  };
  if (!service) return { values, errors: { service: 'intake.serviceGone' }, seq };
  const result = await createPhoneRequest(user, service.code, values, { locale });
  if (!result.ok) return { values, errors: result.errors, seq };
  redirect(`/${locale}/staff/requests/new/${result.trackingNumber}`);
}
