import { getTranslations } from 'next-intl/server';
import { can, type Actor, type Permission } from '@/lib/auth/authorize';
import { IntakeLink } from './IntakeLink';

type Section = 'users' | 'apiKeys' | 'catalogue' | 'targets' | 'outbox' | 'responses';

/**
 * Links to the admin pages the signed-in staff member may use; nothing at all for the others,
 * so agents and supervisors are not shown doors that would only answer "page not found".
 */
export async function AdminNav({
  locale,
  actor,
  current,
}: {
  locale: string;
  actor: Actor;
  current?: Section;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const tr = await getTranslations({ locale, namespace: 'Responses' });
  const links: { section: Section; permission: Permission; href: string; label: string }[] = [
    {
      section: 'users',
      permission: 'users.manage',
      href: `/${locale}/staff/admin/users`,
      label: t('navUsers'),
    },
    {
      section: 'apiKeys',
      permission: 'apiKeys.manage',
      href: `/${locale}/staff/admin/api-keys`,
      label: t('navApiKeys'),
    },
    {
      // The words residents read, per language: corrections that outlive the next release.
      section: 'catalogue',
      permission: 'catalogue.manage',
      href: `/${locale}/staff/admin/catalogue`,
      label: t('navCatalogue'),
    },
    {
      section: 'targets',
      permission: 'targets.edit',
      href: `/${locale}/staff/targets`,
      label: t('navTargets'),
    },
    {
      // Supervisors and admins read the messages queued for residents (see lib/outbox/queries).
      section: 'outbox',
      permission: 'outbox.read',
      href: `/${locale}/staff/outbox`,
      label: t('navOutbox'),
    },
    {
      // An agency's saved public messages: supervisors (their agency's) and admins (any).
      section: 'responses',
      permission: 'responses.manage',
      href: `/${locale}/staff/responses`,
      label: tr('navLabel'),
    },
  ];
  const allowed = links.filter((l) => can(actor, l.permission));
  // Taking a call is everyday work, not administration: its own link, outside this nav.
  const intake = <IntakeLink locale={locale} actor={actor} />;
  if (!allowed.length) return intake;
  return (
    <>
      {intake}
      <nav aria-label={t('navLabel')}>
        <ul className="button-group">
          {allowed.map((l) => (
            <li key={l.section}>
              <a href={l.href} aria-current={l.section === current ? 'page' : undefined}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
