import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { pageTitle } from '@/lib/i18n/server';
import { isNewFormRender, recordFormStart } from '@/lib/metrics/form-sessions';
import { serviceForRoute } from '@/lib/services/route';
import { requestJourney } from './actions';
import { journeyCopy } from './copy';
import { RequestJourney } from './_components/RequestJourney';
import type { JourneyState } from './_components/journey-types';

type Props = { params: Promise<{ locale: string; code: string }> };

// No generateMetadata: the journey renders its own <title>, which changes with each step.

export default async function RequestPage({ params }: Props) {
  const { locale, service } = await serviceForRoute(params);
  const copy = await journeyCopy(locale, service);
  const name = copy.ui.pageTitle;
  const titles = {
    form: await pageTitle(locale, name),
    error: await pageTitle(locale, name, true),
    nearby: await pageTitle(locale, copy.ui.nearbyTitle),
    check: await pageTitle(locale, copy.ui.checkTitle),
    checkError: await pageTitle(locale, copy.ui.checkTitle, true),
  };
  // A new key each time the form is opened; every retry of this form reuses it.
  const idempotencyKey = randomUUID();
  // Digital completion rate: count the form as started once, when it is first shown (not when a
  // post without JavaScript renders this page again with the posted key).
  if (isNewFormRender(await headers())) await recordFormStart(idempotencyKey, service.code);
  const initial: JourneyState = {
    step: 'form',
    values: { idempotencyKey, contactLanguage: locale },
    errors: {},
    photos: [],
    seq: 0,
  };
  return (
    <RequestJourney
      action={requestJourney.bind(null, locale, service.code)}
      initial={initial}
      service={{ code: service.code, name: service.name, attributes: service.attributes }}
      copy={copy}
      titles={titles}
    />
  );
}
