import { getTranslations } from 'next-intl/server';
import { servicesByAgency } from '@/lib/services/queries';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';

/**
 * "Request … was moved to …": the queue's banner after a member moved a request to another
 * agency's service (it has left what they may see). It repeats the link's words with catalogue
 * names only and reads nothing about the request, so a forged link reveals nothing.
 */
export async function MovedNotice({
  locale,
  moved,
  movedTo,
}: {
  locale: string;
  moved: unknown;
  movedTo: unknown;
}) {
  const number = typeof moved === 'string' ? normalizeTrackingNumber(moved) : null;
  if (!number || typeof movedTo !== 'string') return null;
  const agency = (await servicesByAgency(locale)).find((a) =>
    a.services.some((s) => s.code === movedTo),
  );
  const service = agency?.services.find((s) => s.code === movedTo);
  if (!agency || !service) return null;
  const t = await getTranslations({ locale, namespace: 'Reclassify' });
  return (
    <div className="notification-banner" role="status">
      <p>
        {t('movedAway', {
          number,
          service: service.name,
          agency: agency.name,
        })}
      </p>
    </div>
  );
}
