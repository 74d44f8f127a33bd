import { randomUUID } from 'node:crypto';
import { pageTitle } from '@/lib/i18n/server';
import { serviceForRoute } from '@/lib/services/route';
import { requestJourney } from './actions';
import { journeyCopy } from './copy';
import { RequestJourney } from './_components/RequestJourney';
import { fill, type JourneyState } from './_components/journey-types';

type Props = { params: Promise<{ locale: string; code: string }> };

// No generateMetadata: the journey renders its own <title>, which changes with each step.

export default async function RequestPage({ params }: Props) {
  const { locale, service } = await serviceForRoute(params);
  const copy = await journeyCopy(locale, service);
  const name = fill(copy.ui.pageTitle, { service: service.name });
  const titles = {
    form: await pageTitle(locale, name),
    error: await pageTitle(locale, name, true),
    check: await pageTitle(locale, copy.ui.checkTitle),
  };
  const initial: JourneyState = {
    step: 'form',
    // A new key each time the form is opened; every retry of this form reuses it.
    values: { idempotencyKey: randomUUID(), contactLanguage: locale },
    errors: {},
    photo: null,
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
