import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { staffUsers } from '@/db/schema';
import { getDb } from '@/lib/db';
import { POST as createStaff } from '@/app/api/test-hooks/staff/route';
import { GET as countRequests } from '@/app/api/test-hooks/requests/route';

// The run-time flag is on, as a careless operator might set it; the build flag is not (only
// `npm test` builds with BRS_TEST_HOOKS_BUILD=1, and Next inlines it at build time).
process.env.E2E_TEST_HOOKS = '1';
delete process.env.BRS_TEST_HOOKS_BUILD;

describe('test hooks in a build not made for tests', () => {
  it('answer 404 and create nothing, even with E2E_TEST_HOOKS set', async () => {
    const email = 'hooks.off@baltimore.example';
    const res = await createStaff(
      new Request('http://localhost/api/test-hooks/staff', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'a long enough passphrase', role: 'admin' }),
      }),
    );
    expect(res.status).toBe(404);
    const count = await countRequests(
      new Request('http://localhost/api/test-hooks/requests?idempotencyKey=x'),
    );
    expect(count.status).toBe(404);
    const db = await getDb();
    expect(await db.select().from(staffUsers).where(eq(staffUsers.email, email))).toEqual([]);
  });
});
