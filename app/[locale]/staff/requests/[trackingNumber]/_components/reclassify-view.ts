import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import { can, type Actor } from '@/lib/auth/authorize';
import { NOTE_MAX } from '@/lib/staff/schema';
import { suggestedDuplicates } from '@/lib/staff/duplicates';
import { NEARBY_DAYS, NEARBY_METERS } from '@/lib/requests/same-place';
import { servicesByAgency } from '@/lib/services/queries';
import type { DuplicatesView, ReclassifyView } from './reclassify-types';
import type { StaffRequest } from './view-types';

/** The form to move an open request to another service, for staff who may work it. */
export async function reclassifyView(
  locale: string,
  actor: Actor,
  request: StaffRequest,
): Promise<ReclassifyView | null> {
  if (request.status === 'closed' || !can(actor, 'request.work', request.agencyCode)) return null;
  const t = await getTranslations({ locale, namespace: 'Reclassify' });
  const agencies = await servicesByAgency(locale);
  return {
    groups: agencies.map((a) => ({
      label: a.name,
      options: a.services
        .filter((s) => s.code !== request.serviceCode)
        .map((s) => ({ value: s.code, label: s.name })),
    })),
    copy: {
      heading: t('heading'),
      lead: t('lead'),
      serviceLabel: t('serviceLabel'),
      serviceHint: t('serviceHint'),
      choose: t('choose'),
      reasonLabel: t('reasonLabel'),
      reasonHint: t('reasonHint', { max: NOTE_MAX }),
    },
  };
}

/**
 * Likely duplicates of an open request (lib/staff/duplicates.ts), in words, each with its
 * one-action merge for staff who may work the request. Null when there are none.
 */
export async function duplicatesView(
  locale: string,
  actor: Actor,
  request: StaffRequest,
  now: Date,
): Promise<DuplicatesView | null> {
  const found = await suggestedDuplicates(actor, request.trackingNumber, now);
  if (!found.length) return null;
  const [t, ts, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Reclassify' }),
    getTranslations({ locale, namespace: 'Status' }),
    getFormatter({ locale }),
  ]);
  const mayMerge = can(actor, 'request.work', request.agencyCode);
  return {
    items: found.map((s) => ({
      trackingNumber: s.trackingNumber,
      href: `/${locale}/staff/requests/${s.trackingNumber}`,
      status: s.status,
      statusLabel: s.closeReason
        ? `${ts(s.status)} (${ts(`reason.${s.closeReason}`)})`
        : ts(s.status),
      address: [s.address, s.zip].filter(Boolean).join(', '),
      sentAt: s.createdAt.toISOString(),
      sent: format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
      distance:
        s.meters === null ? t('sameBlock') : t('distance', { meters: format.number(s.meters) }),
      merge: !mayMerge
        ? null
        : s.direction === 'into'
          ? {
              trackingNumber: request.trackingNumber,
              version: request.version,
              parent: s.trackingNumber,
              label: t('mergeInto', { number: s.trackingNumber }),
            }
          : {
              trackingNumber: s.trackingNumber,
              version: s.version,
              parent: request.trackingNumber,
              label: t('mergeFrom', { number: s.trackingNumber }),
            },
    })),
    copy: {
      heading: t('duplicatesHeading'),
      lead: t('duplicatesLead', { meters: NEARBY_METERS, days: NEARBY_DAYS }),
      labels: {
        status: t('labelStatus'),
        place: t('labelPlace'),
        sent: t('labelSent'),
        distance: t('labelDistance'),
      },
    },
  };
}
