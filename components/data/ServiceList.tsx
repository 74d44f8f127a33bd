import Link from 'next/link';
import { servicePath } from '@/lib/services/paths';
import type { ServiceSummary } from '@/lib/services/types';

export function ServiceList({
  services,
  locale,
  showDescription = true,
}: {
  services: ServiceSummary[];
  locale: string;
  showDescription?: boolean;
}) {
  return (
    <ul className="service-list">
      {services.map((s) => (
        <li key={s.code}>
          <Link href={servicePath(locale, s.code)} lang={s.nameLang === locale ? undefined : s.nameLang}>
            {s.name}
          </Link>
          {showDescription ? <p className="muted">{s.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
