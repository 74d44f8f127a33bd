import { describe, expect, it } from 'vitest';
import { GET as start } from '@/app/api/staff/oidc/start/route';
import { GET as callback } from '@/app/api/staff/oidc/callback/route';

// No OIDC_* in this file's configuration (lib/env.ts reads it once, on first use).
for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'])
  delete process.env[name];

describe('single sign-on when it is not configured', () => {
  it('has no routes: start and callback answer 404', async () => {
    const base = 'http://localhost/api/staff/oidc';
    expect((await start(new Request(`${base}/start?locale=en`))).status).toBe(404);
    expect((await callback(new Request(`${base}/callback?code=x&state=y`))).status).toBe(404);
  });
});
