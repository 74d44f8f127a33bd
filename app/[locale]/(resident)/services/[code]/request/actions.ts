'use server';

import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import { getService } from '@/lib/services/queries';
import { fieldErrors, requestSchema } from '@/lib/requests/schema';
import { createServiceRequest, MediaGoneError } from '@/lib/requests/commands';
import { formValues } from '@/lib/requests/form-data';
import { formPhotos } from '@/lib/media/form-photos';
import { clientAddress } from '@/lib/http/client-address';
import { env } from '@/lib/env';
import { followRequest } from '@/lib/subscriptions/commands';
import type { JourneyState } from './_components/journey-types';
import { unavailableState } from './unavailable';
import { isDatabaseUnavailable } from '@/db/unavailable';
import { DECLINED_FIELD, declinedOf, nearbyFor } from './nearby';
import { boundText, nextSeq, postedForm } from '@/lib/http/action-args';

/**
 * The whole request journey in one action, so it works as a plain HTML form:
 * intent "check" validates, then offers open requests of the same service nearby ("Already
 * reported?") if there are any, else shows the answers; "follow:<number>" follows one of those
 * instead of sending a new request; "new" (none of those) shows the answers; "change:<field>"
 * goes back to the form; "remove-photo:<id>" drops that photo; "submit" validates again and
 * creates the request. Every answer comes back with every error: nothing typed is lost to a
 * refused photo.
 */
export async function requestJourney(
  locale: string,
  serviceCode: string,
  prev: JourneyState,
  formData: FormData,
): Promise<JourneyState> {
  try {
    return await journeyStep(locale, serviceCode, prev, formData);
  } catch (e) {
    // Database down: the same step again, every answer kept (the idempotency key too, so
    // pressing submit once it is back creates the request once) and "try again" on top.
    if (!isDatabaseUnavailable(e)) throw e;
    const attributes = isLocale(locale)
      ? ((await getService(boundText(serviceCode, 200), locale).catch(() => null))?.attributes ??
        [])
      : [];
    return unavailableState(prev, formData, attributes);
  }
}

async function journeyStep(
  locale: string,
  serviceCode: string,
  prev: JourneyState,
  formData: FormData,
): Promise<JourneyState> {
  // Bound arguments come back from the browser: a forged one is not found (lib/http/action-args.ts).
  if (!isLocale(locale)) notFound();
  postedForm(formData);
  const service = await getService(boundText(serviceCode, 200), locale);
  if (!service) redirect(`/${locale}/services`);
  const intent = String(formData.get('intent') ?? 'check');
  const values = formValues(formData, service.attributes);
  // Requests the resident said are not theirs: not offered again after a "Change".
  const declined = declinedOf(formData.get(DECLINED_FIELD));
  values[DECLINED_FIELD] = declined.join(' ');
  const seq = nextSeq(prev);

  const removing = intent.startsWith('remove-photo:') ? intent.slice('remove-photo:'.length) : '';
  const { photos, error: photoError } = await formPhotos(
    (values.mediaIds as string[]).filter((id) => id !== removing),
    formData.getAll('photo'),
    clientAddress((await headers()).get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS),
  );
  values.mediaIds = photos.map((p) => p.id);
  const photoViews = photos.map((p) => ({ id: p.id, bytes: p.bytes }));
  const errors: Record<string, string> = photoError ? { photo: photoError } : {};

  if (intent.startsWith('change:') || removing) {
    return {
      step: 'form',
      values,
      errors,
      photos: photoViews,
      focus: removing ? 'photo' : intent.slice('change:'.length),
      seq,
    };
  }

  const parsed = requestSchema(service.attributes).safeParse(values);
  if (!parsed.success || photoError) {
    const { mediaIds, ...fields } = parsed.success ? {} : fieldErrors(parsed.error);
    return {
      step: 'form',
      values,
      errors: { ...fields, ...(mediaIds ? { photo: mediaIds } : {}), ...errors },
      photos: photoViews,
      seq,
    };
  }
  const place = { lat: parsed.data.lat, long: parsed.data.long, address: parsed.data.address };
  if (intent.startsWith('follow:')) {
    const number = intent.slice('follow:'.length);
    const contact = parsed.data.consent
      ? {
          email: parsed.data.contactEmail || null,
          phone: parsed.data.contactPhone || null,
          language: parsed.data.contactLanguage,
        }
      : {};
    const followed = await followRequest(number, contact, locale);
    // Without consent there is nobody to tell: following is then only not sending a duplicate.
    if (followed.ok || followed.error === 'noContact') {
      redirect(`/${locale}/requests/${number}?followed=${followed.ok ? 'updates' : 'quiet'}`);
    }
    // Closed (or gone) since it was offered: offer what is still open, or go on to check.
    const nearby = await nearbyFor(locale, service.code, place, declined);
    if (nearby.length) {
      return {
        step: 'nearby',
        values,
        errors: { nearby: 'nearby.gone' },
        photos: photoViews,
        nearby,
        seq,
      };
    }
    return { step: 'check', values, errors: {}, photos: photoViews, seq };
  }
  if (intent === 'check') {
    const nearby = await nearbyFor(locale, service.code, place, declined);
    if (nearby.length)
      return { step: 'nearby', values, errors: {}, photos: photoViews, nearby, seq };
  }
  if (intent === 'new') {
    // "None of these": remember them, so going back to change an answer does not ask again.
    const shown = declinedOf(formData.get('shown'));
    values[DECLINED_FIELD] = [...new Set([...declined, ...shown])].join(' ');
  }
  if (intent !== 'submit') return { step: 'check', values, errors: {}, photos: photoViews, seq };

  let trackingNumber: string;
  try {
    ({ trackingNumber } = await createServiceRequest({
      serviceCode: service.code,
      attributes: service.attributes,
      input: parsed.data,
      locale,
      channel: 'web',
    }));
  } catch (e) {
    if (!(e instanceof MediaGoneError)) throw e;
    const kept = await formPhotos(parsed.data.mediaIds, [], null);
    return {
      step: 'form',
      values: { ...values, mediaIds: kept.photos.map((p) => p.id) },
      errors: { photo: 'photo.expired' },
      photos: kept.photos.map((p) => ({ id: p.id, bytes: p.bytes })),
      seq,
    };
  }
  // The same key always lands on the same confirmation (double tap, retry, back and resend).
  redirect(
    `/${locale}/requests/${trackingNumber}/confirmation?token=${encodeURIComponent(parsed.data.idempotencyKey)}`,
  );
}
