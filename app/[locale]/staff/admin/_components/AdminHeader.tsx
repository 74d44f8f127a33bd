import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { AdminNav } from '../../_components/AdminNav';

/** Above every admin page: the way back to the queue and the admin sections. */
export async function AdminHeader({
  locale,
  actor,
  current,
}: {
  locale: string;
  actor: Actor;
  current?: 'users' | 'apiKeys' | 'catalogue';
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <div className="staff-bar">
      <p>
        <a href={`/${locale}/staff`}>{t('backToQueue')}</a>
      </p>
      <AdminNav locale={locale} actor={actor} current={current} />
    </div>
  );
}
