import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { openRequestsNearby } from '@/lib/requests/queries';
import type { NearbyView } from './_components/journey-types';

/** The journey's hidden list of requests the resident already said are not theirs. */
export const DECLINED_FIELD = 'declined';

export function declinedOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}

/**
 * "Already reported?": open requests of this service near the place the resident gave (see
 * openRequestsNearby), minus those they already said are not theirs, in their language.
 */
export async function nearbyFor(
  locale: Locale,
  serviceCode: string,
  place: { lat: string; long: string; address: string },
  declined: string[],
  now = new Date(),
): Promise<NearbyView[]> {
  const located = place.lat !== '' && place.long !== '';
  const found = await openRequestsNearby(
    {
      serviceCode,
      lat: located ? Number(place.lat) : null,
      long: located ? Number(place.long) : null,
      address: place.address,
    },
    now,
  );
  const fresh = found.filter((r) => !declined.includes(r.trackingNumber));
  if (!fresh.length) return [];
  const t = await getTranslations({ locale, namespace: 'RequestForm' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const format = await getFormatter({ locale });
  return fresh.map((r) => ({
    trackingNumber: r.trackingNumber,
    status: ts(r.status),
    reported: format.dateTime(r.createdAt, { dateStyle: 'long' }),
    place: [
      r.address,
      r.meters !== null
        ? t('nearbyMeters', { meters: format.number(Math.max(10, Math.round(r.meters / 10) * 10)) })
        : t('nearbySameBlock'),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
}
