import fs from 'node:fs';
import path from 'node:path';
import { reachCheckAnswers, submitEmpty } from './journey';
import { enc, errorSummary, inLocale, resident, type Target } from './target-kit';

/** A word residents of that language would search for: the service's name in its catalogue. */
function searchWord(l: string, service: string): string {
  try {
    const file = path.resolve('locales', l, 'catalogue.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).services[service].name;
  } catch {
    return service;
  }
}

/** Every resident page and state, before the staff phase (the staff sign-in is public). */
export const RESIDENT_TARGETS: Target[] = [
  resident({ id: 'home', page: 'Home', state: 'default', path: (l) => `/${l}` }),
  resident({
    id: 'services',
    page: 'All services',
    state: 'default',
    path: (l) => `/${l}/services`,
  }),
  resident({
    id: 'search',
    page: 'Search',
    state: 'results',
    path: (l, s) => `/${l}/services?q=${enc(searchWord(l, s.opts.service))}`,
  }),
  resident({
    id: 'search-none',
    page: 'Search',
    state: 'no results',
    path: (l) => `/${l}/services?q=zzqxv`,
  }),
  resident({
    id: 'service',
    page: 'Service',
    state: 'default',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}`,
  }),
  resident({
    id: 'form',
    page: 'Request form',
    state: 'empty',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
  }),
  resident({
    id: 'form-errors',
    page: 'Request form',
    state: 'errors (submitted empty)',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
    act: (page) => submitEmpty(page),
  }),
  resident({
    id: 'check-answers',
    page: 'Check your answers',
    state: 'default',
    path: (l, s) => `/${l}/services/${enc(s.opts.service)}/request`,
    act: (page, s) => reachCheckAnswers(page, { ...s.opts, email: null }),
  }),
  resident({
    id: 'confirmation',
    page: 'Confirmation',
    state: 'default',
    needs: ['request'],
    path: (l, s) => inLocale(s.request!.confirmation, l),
  }),
  resident({
    id: 'confirmation-errors',
    page: 'Confirmation',
    state: 'rating sent empty (errors)',
    needs: ['request'],
    path: (l, s) => inLocale(s.request!.confirmation, l),
    act: (page) => errorSummary(page, '#ease button[type="submit"]'),
  }),
  resident({
    id: 'lookup',
    page: 'Tracking lookup',
    state: 'default',
    path: (l) => `/${l}/requests`,
  }),
  resident({
    id: 'lookup-error',
    page: 'Tracking lookup',
    state: 'not a tracking number (error)',
    path: (l) => `/${l}/requests?number=nope`,
  }),
  resident({
    id: 'lookup-not-found',
    page: 'Tracking lookup',
    state: 'no such request',
    path: (l) => `/${l}/requests?number=BAL-00-000000`,
  }),
  resident({
    id: 'tracking',
    page: 'Tracking',
    state: 'open request',
    needs: ['request'],
    path: (l, s) => `/${l}/requests/${s.request!.tracking}`,
  }),
  resident({
    id: 'performance',
    page: 'Transparency',
    state: 'default',
    path: (l) => `/${l}/performance`,
  }),
  resident({
    id: 'agency',
    page: 'Agency report',
    state: 'default',
    path: (l, s) => `/${l}/performance/agencies/${enc(s.opts.agency)}`,
  }),
  resident({
    id: 'methodology',
    page: 'Methodology',
    state: 'default',
    path: (l) => `/${l}/performance/methodology`,
  }),
  resident({
    id: 'accessibility',
    page: 'Accessibility statement',
    state: 'default',
    path: (l) => `/${l}/accessibility`,
  }),
  resident({
    id: 'not-found',
    page: 'Page not found',
    state: 'default',
    status: 404,
    path: (l) => `/${l}/no-such-page`,
  }),
];

/** After the request is closed in the staff console. */
export const AFTER_CLOSE_TARGETS: Target[] = [
  resident({
    id: 'tracking-closed',
    page: 'Tracking',
    state: 'closed request',
    phase: 3,
    needs: ['request', 'closed'],
    path: (l, s) => `/${l}/requests/${s.request!.tracking}`,
  }),
  resident({
    id: 'survey',
    page: 'Satisfaction survey',
    state: 'default',
    phase: 3,
    needs: ['survey'],
    path: (l, s) =>
      inLocale(new URL(s.opts.surveyUrl!).pathname, l) + new URL(s.opts.surveyUrl!).search,
  }),
  resident({
    id: 'survey-errors',
    page: 'Satisfaction survey',
    state: 'sent empty (errors)',
    phase: 3,
    needs: ['survey'],
    path: (l, s) =>
      inLocale(new URL(s.opts.surveyUrl!).pathname, l) + new URL(s.opts.surveyUrl!).search,
    act: (page) => errorSummary(page, 'main form button[type="submit"]'),
  }),
];
