import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { AdminNav } from '../../_components/AdminNav';

/** Above every saved-responses page: the way back to the queue and the admin sections. */
export async function ResponsesHeader({ locale, actor }: { locale: string; actor: Actor }) {
  const t = await getTranslations({ locale, namespace: 'Responses' });
  return (
    <div className="staff-bar">
      <p>
        <a href={`/${locale}/staff`}>{t('backToQueue')}</a>
      </p>
      <AdminNav locale={locale} actor={actor} current="responses" />
    </div>
  );
}
