import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { TEST_CLIENT } from './oidc-test-client';

/**
 * A real OpenID Connect provider (panva's oidc-provider) for the single sign-on tests: the
 * database test starts one per file, the browser tests one beside the portal
 * (e2e/oidc-provider.ts). Its login page is the library's development page: any password, and
 * as login either a name of TEST_ACCOUNTS or an email address, which signs in as an account
 * with that address, verified (the browser tests make a staff member per test).
 */
export const TEST_ACCOUNTS: Record<string, { email?: string; email_verified?: boolean }> = {
  // The provider's spelling of an address may differ in case from the portal's.
  agent: { email: 'SSO.Agent@Baltimore.example', email_verified: true },
  stranger: { email: 'stranger@baltimore.example', email_verified: true },
  unverified: { email: 'sso.agent@baltimore.example', email_verified: false },
  disabled: { email: 'sso.disabled@baltimore.example', email_verified: true },
  noemail: {},
};
export { TEST_CLIENT };

export type TestProvider = { issuer: string; close: () => Promise<void> };

export async function startTestProvider(redirectUri: string, port = 0): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['test-only-cookie-signing-key'] },
    async findAccount(_ctx, id) {
      const claims = id.includes('@') ? { email: id, email_verified: true } : TEST_ACCOUNTS[id];
      if (!claims) return undefined;
      return { accountId: id, claims: () => ({ ...claims, sub: id }) };
    },
    // A first-party client: the portal is granted its scopes without a consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, provider: p } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return p.Grant.find(existing);
      const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
