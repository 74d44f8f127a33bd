'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { requireStaff } from '@/lib/auth/current';
import { setTarget } from '@/lib/targets/commands';
import { targetsPath } from '@/lib/targets/paths';
import { TARGET_FIELDS } from '@/lib/targets/schema';
import type { FormState } from '@/components/form/form-errors';
import { boundInt, boundText, nextSeq, postedForm } from '@/lib/http/action-args';

export type TargetFormState = FormState<Record<(typeof TARGET_FIELDS)[number], string>>;

/**
 * Save one service's target for a fiscal year (both bound from the page's address; the data layer
 * checks them again, with the actor's right to set it). On success, back to the year's table
 * with a message (works without JavaScript); otherwise the form again, as typed, with its errors.
 */
export async function saveTargetAction(
  locale: string,
  fiscalYear: number,
  serviceCode: string,
  prev: TargetFormState,
  data: FormData,
): Promise<TargetFormState> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale)) notFound();
  postedForm(data);
  boundText(serviceCode, 200);
  boundInt(fiscalYear);
  const actor = await requireStaff(locale);
  const values = Object.fromEntries(
    TARGET_FIELDS.map((f) => {
      const v = data.get(f);
      // Numbers are short; the reason is checked for length by the schema (500).
      return [f, typeof v === 'string' ? v.slice(0, f === 'reason' ? 1000 : 20) : ''];
    }),
  ) as TargetFormState['values'];
  const result = await setTarget(actor, { serviceCode, fiscalYear, ...values });
  if (!result.ok) return { values, errors: result.errors, seq: nextSeq(prev) };
  const done = new URLSearchParams({
    fy: String(fiscalYear),
    done: result.changed ? 'saved' : 'unchanged',
    service: serviceCode,
  });
  redirect(`${targetsPath(locale)}?${done}`);
}
