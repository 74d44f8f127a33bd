import { enc, errorSummary, staff, type Target } from './target-kit';

/** The staff sign-in (public, phase 1) and the console's pages (with staff credentials). */
export const STAFF_TARGETS: Target[] = [
  {
    id: 'staff-sign-in',
    page: 'Staff sign-in',
    state: 'default',
    area: 'staff',
    phase: 1,
    path: (l) => `/${l}/staff/sign-in`,
  },
  {
    id: 'staff-sign-in-errors',
    page: 'Staff sign-in',
    state: 'submitted empty (errors)',
    area: 'staff',
    phase: 1,
    path: (l) => `/${l}/staff/sign-in`,
    act: (page) => errorSummary(page, 'main form button[type="submit"]:not([tabindex="-1"])'),
  },
  staff({ id: 'staff-queue', page: 'Staff queue', state: 'default', path: (l) => `/${l}/staff` }),
  staff({
    id: 'staff-request',
    page: 'Staff request',
    state: 'open request',
    needs: ['request'],
    path: (l, s) => `/${l}/staff/requests/${s.request!.tracking}`,
  }),
  staff({
    id: 'staff-request-errors',
    page: 'Staff request',
    state: 'closed without a reason (errors)',
    needs: ['request'],
    path: (l, s) => `/${l}/staff/requests/${s.request!.tracking}`,
    act: (page) => errorSummary(page, 'form:has(input[name="reason"]) button[type="submit"]'),
  }),
  staff({
    id: 'staff-new',
    page: 'Staff phone intake',
    state: 'default',
    path: (l) => `/${l}/staff/requests/new`,
  }),
  staff({
    id: 'staff-outbox',
    page: 'Staff outbox',
    state: 'default',
    path: (l) => `/${l}/staff/outbox`,
  }),
  staff({
    id: 'staff-responses',
    page: 'Canned responses',
    state: 'default',
    path: (l) => `/${l}/staff/responses`,
  }),
  staff({
    id: 'staff-responses-new',
    page: 'Canned responses',
    state: 'new',
    path: (l) => `/${l}/staff/responses/new`,
  }),
  staff({
    id: 'staff-targets',
    page: 'Targets',
    state: 'default',
    path: (l) => `/${l}/staff/targets`,
  }),
  staff({
    id: 'staff-users',
    page: 'Admin: staff users',
    state: 'default',
    path: (l) => `/${l}/staff/admin/users`,
  }),
  staff({
    id: 'staff-catalogue',
    page: 'Admin: catalogue',
    state: 'default',
    path: (l) => `/${l}/staff/admin/catalogue`,
  }),
  staff({
    id: 'staff-catalogue-text',
    page: 'Admin: catalogue',
    state: 'service text',
    path: (l, s) => `/${l}/staff/admin/catalogue/${enc(s.opts.service)}/${l}`,
  }),
  staff({
    id: 'staff-api-keys',
    page: 'Admin: API keys',
    state: 'default',
    path: (l) => `/${l}/staff/admin/api-keys`,
  }),
  staff({
    id: 'staff-security',
    page: 'Staff security',
    state: 'default',
    path: (l) => `/${l}/staff/security`,
  }),
  staff({
    id: 'staff-shortcuts',
    page: 'Staff shortcuts',
    state: 'default',
    path: (l) => `/${l}/staff/shortcuts`,
  }),
];
