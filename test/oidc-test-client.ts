/** The portal as a client of the test identity provider (test/oidc-provider.ts): test-only. */
export const TEST_CLIENT = { id: 'brs-portal', secret: 'test-only-client-secret-0123456789' };
