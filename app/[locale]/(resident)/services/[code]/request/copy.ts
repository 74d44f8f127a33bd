import 'server-only';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { cityIsoDate } from '@/lib/requests/answer-date';
import { attrField } from '@/lib/requests/schema';
import type { ServiceDetail } from '@/lib/services/types';
import type { JourneyCopy } from './_components/journey-types';
import { UNAVAILABLE_ERROR } from './unavailable';
import { slots } from '@/lib/i18n/slots';

const BASE_FIELDS: Record<string, string> = {
  address: 'addressLabel',
  zip: 'zipLabel',
  lat: 'checkCoordinates',
  locationNote: 'landmarkLabel',
  description: 'checkDescription',
  photo: 'checkPhoto',
  contactName: 'nameLabel',
  contactEmail: 'emailLabel',
  contactPhone: 'phoneLabel',
  contactLanguage: 'languageLabel',
  consent: 'consentLabel',
};

/** Pre-translates the journey's strings for the client components. */
export async function journeyCopy(
  locale: Locale,
  service: ServiceDetail,
  now = new Date(),
): Promise<JourneyCopy> {
  const t = await getTranslations({ locale, namespace: 'RequestForm' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const messages = (await getMessages({ locale })) as Record<string, Record<string, unknown>>;
  // Every message formatted here by next-intl; what only the browser knows (a photo's number,
  // the phone's coordinates) goes into slots the client fills (lib/i18n/slots.ts).
  const browserValues = slots('lat', 'long', 'number', 'size', 'label', 'meters');
  const ui = Object.fromEntries(
    Object.keys(messages.RequestForm).map((key) => [
      key,
      (t as unknown as (key: string, v: object) => string)(key, {
        ...browserValues,
        service: service.name,
      }),
    ]),
  );
  const labels: Record<string, string> = {};
  for (const [field, key] of Object.entries(BASE_FIELDS)) labels[field] = t(key as never);
  for (const a of service.attributes) labels[attrField(a.code)] = a.label;

  const validation = messages.Validation as Record<string, Record<string, string>>;
  const errors: JourneyCopy['errors'] = {};
  const groupOf = (field: string) =>
    field === 'lat' || field === 'long' ? 'location' : field === 'idempotencyKey' ? 'form' : field;
  for (const field of [...Object.keys(BASE_FIELDS), 'idempotencyKey']) {
    const group = groupOf(field);
    errors[field] = Object.fromEntries(
      Object.keys(validation[group] ?? {}).map((k) => [
        `${group}.${k}`,
        tv(`${group}.${k}` as never),
      ]),
    );
  }
  // Database unreachable: the whole form, not one field (see unavailable.ts).
  const outage = await getTranslations({ locale, namespace: 'Outage' });
  errors.idempotencyKey[UNAVAILABLE_ERROR] = outage('tryAgain');
  // A consent problem is reported at the email field.
  Object.assign(errors.contactEmail, { 'consent.needsContact': tv('consent.needsContact') });
  for (const a of service.attributes) {
    errors[attrField(a.code)] = Object.fromEntries(
      Object.keys(validation.attribute).map((k) => [
        `attribute.${k}`,
        (tv as unknown as (key: string, v: object) => string)(`attribute.${k}`, {
          question: a.label,
        }),
      ]),
    );
  }
  return { ui, errors, labels, locale, today: cityIsoDate(now) };
}
