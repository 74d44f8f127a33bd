import 'server-only';
import { notFound } from 'next/navigation';
import { localeFrom } from '@/lib/i18n/server';
import { codeFromParam } from './paths';
import { getService } from './queries';

/** The locale and the (active) service a `/[locale]/services/[code]/…` route names, or 404. */
export async function serviceForRoute(params: Promise<{ locale: string; code: string }>) {
  const locale = await localeFrom(params);
  const service = await getService(codeFromParam((await params).code), locale);
  if (!service) notFound();
  return { locale, service };
}
