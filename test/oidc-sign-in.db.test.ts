import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffSessions, staffUsers } from '@/db/schema';
import { getDb } from '@/lib/db';
import { sessionUser } from '@/lib/auth/sessions';
import { sessionCookieName } from '@/lib/auth/current';
import { disableStaffUser } from '@/lib/auth/users';
import { encodeFlow, flowCookieName } from '@/lib/auth/oidc/flow-cookie';
import { forgetOidcConfiguration } from '@/lib/auth/oidc/client';
import { makeStaffActor } from './staff';
import { startTestProvider, TEST_CLIENT, type TestProvider } from './oidc-provider';

/**
 * Single sign-on end to end, in process: a real OpenID Connect provider on a local port, the
 * portal's two route handlers called as Next would call them, and a cookie jar standing in for
 * the browser's (next/headers is what the handlers read and write cookies through).
 */
type Cookie = { value: string; options: Record<string, unknown> };
const browser = new Map<string, Cookie>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) =>
      browser.has(name) ? { name, value: browser.get(name)!.value } : undefined,
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      if (value === '' || options.maxAge === 0) browser.delete(name);
      else browser.set(name, { value, options });
    },
    delete: (name: string) => browser.delete(name),
  }),
}));

const PORTAL = 'https://311.baltimore.example';
const CALLBACK = `${PORTAL}/api/staff/oidc/callback`;
const FLOW = flowCookieName(false);
let provider: TestProvider;
let start: (r: Request) => Promise<Response>;
let callback: (r: Request) => Promise<Response>;

beforeAll(async () => {
  provider = await startTestProvider(CALLBACK);
  // Read once by lib/env.ts, on first use, which comes after this.
  Object.assign(process.env, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    PUBLIC_BASE_URL: PORTAL,
  });
  ({ GET: start } = await import('@/app/api/staff/oidc/start/route'));
  ({ GET: callback } = await import('@/app/api/staff/oidc/callback/route'));
  await makeStaffActor('sso.agent@baltimore.example', 'agent', 'DOT');
  const off = await makeStaffActor('sso.disabled@baltimore.example', 'agent', 'DOT');
  await disableStaffUser(off.id);
});
afterAll(async () => {
  await provider?.close();
});
beforeEach(() => browser.clear());

/** The provider's side of the browser: its own cookies, redirects followed by hand. */
async function atProvider(url: string, login: string | 'abort'): Promise<string> {
  const jar = new Map<string, string>();
  let next: { url: string; init?: RequestInit } = { url };
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(next.url, {
      ...next.init,
      redirect: 'manual',
      headers: {
        ...(next.init?.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const gone = !value || attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (gone) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    const location = res.headers.get('location');
    if (location) {
      const target = new URL(location, next.url).href;
      if (target.startsWith(PORTAL)) return target; // back to the portal: the callback
      next = { url: target };
      continue;
    }
    // The provider's login page: sign in as `login`, or cancel.
    const page = new URL(next.url);
    expect(res.status, await res.clone().text()).toBe(200);
    next =
      login === 'abort'
        ? { url: `${page.origin}${page.pathname}/abort` }
        : {
            url: page.href,
            init: {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({
                prompt: 'login',
                login,
                password: 'anything',
              }).toString(),
            },
          };
  }
  throw new Error('too many redirects at the provider');
}

/** Start in Spanish, sign in at the provider as `login`, come back: the callback's answer. */
async function signInAs(login: string, tamper?: (callbackUrl: URL) => void): Promise<Response> {
  const started = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
  expect(started.status).toBe(303);
  const back = new URL(await atProvider(started.headers.get('location')!, login));
  tamper?.(back);
  // The request arrives with whatever Host a proxy gave it: the portal must not care.
  return callback(new Request(`http://10.0.0.7:3000${back.pathname}${back.search}`));
}

const sessionCount = async () =>
  (await (await getDb()).select({ n: count() }).from(staffSessions))[0].n;
const userCount = async () => (await (await getDb()).select({ n: count() }).from(staffUsers))[0].n;

describe('single sign-on with the city identity provider', () => {
  it('sends the browser to the provider with PKCE, state and nonce, kept in a 10-minute cookie', async () => {
    const res = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('scope')).toBe('openid email');
    expect(to.searchParams.get('ui_locales')).toBe('es');
    expect(browser.get(FLOW)?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 600,
    });
    // The verifier never leaves the portal and the browser's cookie.
    expect(res.headers.get('location')).not.toContain('code_verifier');
  });

  it('signs a staff member in by verified email, in their language, and uses the flow once', async () => {
    const before = await userCount();
    const res = await signInAs('agent');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/es/staff');
    const token = browser.get(sessionCookieName())?.value;
    expect(token).toBeTruthy();
    expect(browser.get(sessionCookieName())?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
    });
    expect((await sessionUser(token))?.email).toBe('sso.agent@baltimore.example');
    expect(browser.has(FLOW)).toBe(false);
    expect(await userCount()).toBe(before);
  });

  it('refuses an email with no staff account, or a disabled one, and creates nothing', async () => {
    const [users, sessions] = [await userCount(), await sessionCount()];
    for (const login of ['stranger', 'disabled']) {
      browser.clear();
      const res = await signInAs(login);
      expect(res.headers.get('location')).toBe('/es/staff/sign-in?sso=noAccess');
      expect(browser.has(sessionCookieName())).toBe(false);
    }
    expect([await userCount(), await sessionCount()]).toEqual([users, sessions]);
  });

  it('refuses an email the provider has not verified, or none at all', async () => {
    const sessions = await sessionCount();
    expect((await signInAs('unverified')).headers.get('location')).toBe(
      '/es/staff/sign-in?sso=unverified',
    );
    browser.clear();
    expect((await signInAs('noemail')).headers.get('location')).toBe(
      '/es/staff/sign-in?sso=unverified',
    );
    expect(browser.has(sessionCookieName())).toBe(false);
    expect(await sessionCount()).toBe(sessions);
  });

  it('refuses a state that is not the one this browser started with', async () => {
    const res = await signInAs('agent', (url) => url.searchParams.set('state', 'x'.repeat(43)));
    expect(res.headers.get('location')).toBe('/es/staff/sign-in?sso=failed');
    expect(browser.has(sessionCookieName())).toBe(false);
  });

  it('refuses a code brought to another browser (no flow cookie) and a replayed callback', async () => {
    const started = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
    const back = await atProvider(started.headers.get('location')!, 'agent');
    const flow = browser.get(FLOW)!;
    browser.clear(); // another browser: a forged link to someone else's code (login CSRF)
    const other = await callback(new Request(back));
    // No flow cookie, no language from it: the language last read, or English.
    expect(other.headers.get('location')).toBe('/en/staff/sign-in?sso=expired');
    browser.set(FLOW, flow);
    expect((await callback(new Request(back))).headers.get('location')).toBe('/es/staff');
    browser.delete(sessionCookieName());
    expect((await callback(new Request(back))).headers.get('location')).toBe(
      '/en/staff/sign-in?sso=expired',
    );
    expect(browser.has(sessionCookieName())).toBe(false);
  });

  it('refuses a flow cookie older than 10 minutes', async () => {
    const started = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
    const back = await atProvider(started.headers.get('location')!, 'agent');
    const to = new URL(started.headers.get('location')!).searchParams;
    const stale = encodeFlow({
      state: to.get('state')!,
      nonce: to.get('nonce')!,
      verifier: 'v'.repeat(43),
      locale: 'es',
      at: Date.now() - 11 * 60_000,
    });
    browser.set(FLOW, { value: stale, options: {} });
    browser.set('NEXT_LOCALE', { value: 'es', options: {} });
    expect((await callback(new Request(back))).headers.get('location')).toBe(
      '/es/staff/sign-in?sso=expired',
    );
  });

  it('explains a sign-in cancelled at the provider, and any other provider error', async () => {
    expect((await signInAs('abort')).headers.get('location')).toBe(
      '/es/staff/sign-in?sso=cancelled',
    );
    const answer = (q: string) => callback(new Request(`${CALLBACK}?${q}`));
    expect((await answer('error=temporarily_unavailable')).headers.get('location')).toBe(
      '/en/staff/sign-in?sso=unavailable',
    );
    expect((await answer('error=invalid_request&state=x')).headers.get('location')).toBe(
      '/en/staff/sign-in?sso=failed',
    );
    // Nonsense in place of a provider's answer is refused the same way, never a 500.
    browser.clear();
    await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
    for (const q of ['', 'code=', 'code=%00&state=%00', `code=${'a'.repeat(5000)}`]) {
      const flow = browser.get(FLOW)!;
      const res = await answer(q);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/es/staff/sign-in?sso=failed');
      browser.set(FLOW, flow);
    }
  });

  it('says the provider is unavailable when it does not answer, and recovers when it does', async () => {
    const started = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=es`));
    const back = await atProvider(started.headers.get('location')!, 'agent');
    await provider.close();
    // The code exchange fails on the network.
    expect((await callback(new Request(back))).headers.get('location')).toBe(
      '/es/staff/sign-in?sso=unavailable',
    );
    // So does discovery, for a process that has not met the provider yet.
    forgetOidcConfiguration();
    const res = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=en`));
    expect(res.headers.get('location')).toBe('/en/staff/sign-in?sso=unavailable');
    expect(browser.has(sessionCookieName())).toBe(false);
    // A failed discovery is not remembered: once the provider is back, sign-in works again.
    provider = await startTestProvider(CALLBACK, Number(new URL(provider.issuer).port));
    const again = await start(new Request(`${PORTAL}/api/staff/oidc/start?locale=en`));
    expect(new URL(again.headers.get('location')!).origin).toBe(provider.issuer);
  });
});
