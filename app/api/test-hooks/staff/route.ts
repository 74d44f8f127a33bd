import { testHooksEnabled } from '@/lib/env';
import { createStaffUser } from '@/lib/auth/users';
import { STAFF_ROLES } from '@/db/schema/staff';

export const dynamic = 'force-dynamic';

/**
 * End-to-end tests need staff of several agencies; the embedded database belongs to the server
 * process, so they ask it. Off (404) unless the build and the
 * server both ask for test hooks (lib/env.ts testHooksEnabled), which only `npm test` does.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new Response('Not found', { status: 404 });
  const body = (await request.json()) as Record<string, unknown>;
  const role = STAFF_ROLES.find((r) => r === body.role);
  if (!role || typeof body.email !== 'string' || typeof body.password !== 'string') {
    return Response.json({ error: 'email, password and role are required' }, { status: 400 });
  }
  const result = await createStaffUser({
    email: body.email,
    name: typeof body.name === 'string' ? body.name : body.email,
    password: body.password,
    role,
    agencyCode: typeof body.agencyCode === 'string' ? body.agencyCode : null,
  });
  return Response.json(result, { status: result.ok ? 201 : 400 });
}
