import { expect, test, type APIRequestContext } from '@playwright/test';
import { makeStaff, runId, STAFF_PASSWORD } from '../staff-support';
import { actionId, signInOverHttp } from '../fuzz/support';

/**
 * An agent posting an administrator's server action (the pages never offer it: a forged post)
 * is refused and nothing changes (issue 13, finding 7: it was a 500). With JavaScript's kind
 * of post (the Next-Action header) the answer is 403; a plain form post gets the not-found
 * page, as Next.js renders every access refusal of a form posted without JavaScript.
 */
const OPEN311_KEY = 'e2e-open311-key-0123456789'; // OPEN311_BOOTSTRAP_API_KEY in playwright.config

function id(file: string, name: string) {
  const found = actionId(file, name);
  expect(found, `${name} in the build's server-reference manifest`).toBeTruthy();
  return found!;
}

/** The post React makes with JavaScript: arguments encoded as a reply, the form as `1_…`. */
async function fetchAction(
  ctx: APIRequestContext,
  url: string,
  action: string,
  args: unknown[],
  form: Record<string, string>,
  origin: string,
) {
  const body = new FormData();
  for (const [k, v] of Object.entries(form)) body.append(`1_${k}`, v);
  body.append('0', JSON.stringify([...args, '$K1']));
  return ctx.post(url, {
    multipart: body,
    headers: { 'Next-Action': action, Accept: 'text/x-component', Origin: origin },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

/** The post a browser without JavaScript makes for an action with bound arguments. */
async function formAction(
  ctx: APIRequestContext,
  url: string,
  action: string,
  bound: unknown[],
  form: Record<string, string>,
  origin: string,
) {
  const body = new FormData();
  body.append('$ACTION_REF_1', '');
  body.append('$ACTION_1:0', JSON.stringify({ id: action, bound: '$@1' }));
  body.append('$ACTION_1:1', JSON.stringify(bound));
  for (const [k, v] of Object.entries(form)) body.append(k, v);
  return ctx.post(url, {
    multipart: body,
    headers: { Origin: origin },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

test('an agent’s forged admin actions get 403 (or not found without JavaScript) and change nothing', async ({
  playwright,
  request,
}, info) => {
  const origin = String(info.project.use.baseURL);
  const agent = await makeStaff(request, 'forger', 'agent', 'DOT');
  const ctx = await playwright.request.newContext({ baseURL: origin });
  await signInOverHttp(ctx, agent.email, STAFF_PASSWORD, origin);

  // Create a staff account: refused both ways, and the address is still free afterwards.
  const createUser = id('staff/admin/users/actions.ts', 'createUserAction');
  const email = `forged.${runId()}@baltimore.example`;
  const user = {
    name: 'Forged Admin',
    email,
    role: 'admin',
    agencyCode: '',
    password: STAFF_PASSWORD,
  };
  const initial = { values: {}, errors: {}, seq: 0 };
  const viaFetch = await fetchAction(
    ctx,
    '/en/staff/admin/users',
    createUser,
    ['en', initial],
    user,
    origin,
  );
  expect(viaFetch.status()).toBe(403);
  const viaForm = await formAction(
    ctx,
    '/en/staff/admin/users',
    createUser,
    ['en', initial],
    user,
    origin,
  );
  expect(viaForm.status()).toBe(404);
  const free = await request.post('/api/test-hooks/staff', {
    data: { email, name: 'check', password: STAFF_PASSWORD, role: 'agent', agencyCode: 'DOT' },
  });
  expect(free.status(), 'the forged account was not created').toBe(201);

  // Revoke the Open311 key the tests use (id 1): refused, and the key still works.
  const revoke = id('staff/admin/api-keys/actions.ts', 'revokeKeyAction');
  expect(
    (await fetchAction(ctx, '/en/staff/admin/api-keys', revoke, ['en', 1], {}, origin)).status(),
  ).toBe(403);
  expect(
    (await formAction(ctx, '/en/staff/admin/api-keys', revoke, ['en', 1], {}, origin)).status(),
  ).toBe(404);
  const keyStillWorks = await request.post('/api/open311/v2/requests.json', {
    form: { api_key: OPEN311_KEY },
  });
  expect(
    keyStillWorks.status(),
    'a valid key without service_code is a 400, a revoked one 403',
  ).toBe(400);

  // Create an API key: 403 too.
  const createKey = id('staff/admin/api-keys/actions.ts', 'createKeyAction');
  const keyState = { values: { name: '' }, errors: {}, seq: 0, created: null };
  const key = await fetchAction(
    ctx,
    '/en/staff/admin/api-keys',
    createKey,
    ['en', keyState],
    { name: 'forged' },
    origin,
  );
  expect(key.status()).toBe(403);
  await ctx.dispose();
});

test('an agent’s well-formed post on another agency’s request is "not found" and changes nothing', async ({
  playwright,
  request,
}, info) => {
  const origin = String(info.project.use.baseURL);
  const made = await request.post('/api/open311/v2/requests.json', {
    form: {
      api_key: OPEN311_KEY,
      service_code: 'HCD-Illegal Dumping',
      'attribute[DUMPED_ITEMS][]': 'tires',
      address_string: '1500 W North Ave, Baltimore, MD 21217',
      description: `not DOT's ${runId()}`,
    },
  });
  expect(made.status()).toBe(200);
  const tn = (await made.json())[0].service_request_id as string;
  const agent = await makeStaff(request, 'other-agency', 'agent', 'DOT');
  const ctx = await playwright.request.newContext({ baseURL: origin });
  await signInOverHttp(ctx, agent.email, STAFF_PASSWORD, origin);

  const action = id('staff/requests/[trackingNumber]/actions.ts', 'requestAction');
  const initial = { seq: 0, intent: null, errors: {}, values: {}, conflict: null };
  const close = { intent: 'close', trackingNumber: tn, version: '1', reason: 'resolved' };
  const res = await formAction(
    ctx,
    `/en/staff/requests/${tn}`,
    action,
    ['en', initial],
    close,
    origin,
  );
  expect(res.status()).toBe(404);
  const after = await (await request.get(`/api/open311/v2/requests/${tn}.json`)).json();
  expect(after[0].status, 'the request is still open').toBe('open');
  await ctx.dispose();
});
