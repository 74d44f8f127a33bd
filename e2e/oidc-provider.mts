// The city's identity provider, played by a local OpenID Connect provider (test/oidc-provider.ts)
// for the single sign-on browser test (e2e/staff/sso.spec.ts). Started by playwright.config.ts,
// which gives the portal the matching OIDC_* variables.
import { startTestProvider } from '../test/oidc-provider';

const port = Number(process.env.OIDC_TEST_PORT);
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI;
if (!port || !redirectUri) throw new Error('OIDC_TEST_PORT and OIDC_TEST_REDIRECT_URI are needed');
const { issuer } = await startTestProvider(redirectUri, port);
console.log(`test identity provider at ${issuer}`);
