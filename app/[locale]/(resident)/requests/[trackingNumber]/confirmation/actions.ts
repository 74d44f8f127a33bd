'use server';

import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { ratingSchema } from '@/lib/surveys/schema';
import { recordEase } from '@/lib/surveys/commands';
import { TRACKING_NUMBER } from '@/lib/requests/tracking-number';
import { boundText, postedForm } from '@/lib/http/action-args';

/** "How easy was this?": a plain form; the answer (or the error) comes back as a new page. */
export async function rateEase(locale: string, trackingNumber: string, formData: FormData) {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale) || !TRACKING_NUMBER.test(boundText(trackingNumber, 40))) notFound();
  postedForm(formData);
  const base = `/${locale}/requests/${trackingNumber}/confirmation`;
  const parsed = ratingSchema.safeParse({
    score: formData.get('score'),
    token: formData.get('token'),
  });
  const token = encodeURIComponent(String(formData.get('token') ?? ''));
  if (!parsed.success) redirect(`${base}?token=${token}&error=score#score`);
  await recordEase(trackingNumber, parsed.data.token, parsed.data.score);
  // A new URL (not only a new #fragment), so the router fetches the page again.
  redirect(`${base}?token=${token}&rated=1#ease`);
}
