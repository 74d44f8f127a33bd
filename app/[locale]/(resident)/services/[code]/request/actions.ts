'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { getService } from '@/lib/services/queries';
import { fieldErrors, requestSchema } from '@/lib/requests/schema';
import { createServiceRequest, MediaGoneError } from '@/lib/requests/commands';
import { formValues } from '@/lib/requests/form-data';
import { findPendingPhoto, storePendingPhoto } from '@/lib/media/commands';
import type { JourneyState } from './_components/journey-types';

/**
 * The whole request journey in one action, so it works as a plain HTML form:
 * intent "check" validates and shows the answers; "change:<field>" goes back to the form;
 * "remove-photo" drops the photo; "submit" validates again and creates the request.
 */
export async function requestJourney(
  locale: string,
  serviceCode: string,
  prev: JourneyState,
  formData: FormData,
): Promise<JourneyState> {
  if (!isLocale(locale)) throw new Error('unsupported locale');
  const service = await getService(serviceCode, locale);
  if (!service) redirect(`/${locale}/services`);
  const intent = String(formData.get('intent') ?? 'check');
  const values = formValues(formData, service.attributes);
  const seq = prev.seq + 1;
  const errors: Record<string, string> = {};

  if (intent === 'remove-photo') values.mediaId = '';
  const upload = formData.get('photo');
  if (upload instanceof Blob && upload.size > 0) {
    const stored = await storePendingPhoto(upload);
    if (typeof stored === 'string') errors.photo = stored;
    else values.mediaId = stored.id;
  }
  const photo = values.mediaId ? await findPendingPhoto(String(values.mediaId)) : null;
  if (values.mediaId && !photo) {
    values.mediaId = '';
    errors.photo = 'photo.expired';
  }
  const photoView = photo
    ? {
        id: photo.id,
        label: (await getTranslations({ locale, namespace: 'RequestForm' }))('photoAttached', {
          size: `${(photo.bytes / 1024 / 1024).toFixed(1)} MB`,
        }),
      }
    : null;

  if (intent.startsWith('change:') || intent === 'remove-photo') {
    return {
      step: 'form',
      values,
      errors: {},
      photo: photoView,
      focus: intent.slice(7) || 'photo',
      seq,
    };
  }

  const parsed = requestSchema(service.attributes).safeParse(values);
  if (!parsed.success || Object.keys(errors).length) {
    return {
      step: 'form',
      values,
      errors: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...errors },
      photo: photoView,
      seq,
    };
  }
  if (intent !== 'submit') return { step: 'check', values, errors: {}, photo: photoView, seq };

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
    return {
      step: 'form',
      values: { ...values, mediaId: '' },
      errors: { photo: 'photo.expired' },
      photo: null,
      seq,
    };
  }
  // The same key always lands on the same confirmation (double tap, retry, back and resend).
  redirect(
    `/${locale}/requests/${trackingNumber}/confirmation?token=${encodeURIComponent(parsed.data.idempotencyKey)}`,
  );
}
