import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { canTakeCalls } from '@/lib/intake/access';

/** "New request from a phone call" (lib/intake), for everyone who may take calls. */
export async function IntakeLink({ locale, actor }: { locale: string; actor: Actor }) {
  if (!canTakeCalls(actor)) return null;
  const t = await getTranslations({ locale, namespace: 'Intake' });
  return (
    <p>
      <Link href={`/${locale}/staff/requests/new`} className="btn btn-outline-primary">
        {t('navLink')}
      </Link>
    </p>
  );
}
