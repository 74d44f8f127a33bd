import { testHooksEnabled } from '@/lib/env';
import { presetSecondFactor } from '@/lib/auth/second-factor';

export const dynamic = 'force-dynamic';

/**
 * End-to-end tests sign in as admins and supervisors, who must give a second factor: this sets
 * a secret the test knows, as enrolment would. The enrolment page itself has its own test
 * (e2e/staff/second-factor.spec.ts). Off (404) unless test hooks are on (lib/env.ts).
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new Response('Not found', { status: 404 });
  const body = (await request.json()) as Record<string, unknown>;
  if (
    typeof body.email !== 'string' ||
    typeof body.totpSecret !== 'string' ||
    !/^[A-Z2-7]{16,64}$/.test(body.totpSecret)
  ) {
    return Response.json({ error: 'email and a base32 totpSecret are required' }, { status: 400 });
  }
  const found = await presetSecondFactor(body.email, body.totpSecret);
  return Response.json({ ok: found }, { status: found ? 200 : 404 });
}
