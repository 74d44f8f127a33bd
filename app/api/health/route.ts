import { databaseAnswers } from '@/lib/health/queries';

export const dynamic = 'force-dynamic';

/** 200 when the database answers, 503 otherwise (load balancers and uptime checks). */
export async function GET() {
  const ok = await databaseAnswers();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
