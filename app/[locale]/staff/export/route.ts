import { currentStaff } from '@/lib/auth/current';
import { isLocale } from '@/lib/i18n/config';
import { exportQueue } from '@/lib/staff/queries';
import { readQueueFilters } from '@/lib/staff/queue-filters';
import { queueCsv } from '@/lib/staff/queue-csv';

export const dynamic = 'force-dynamic';

/**
 * "Download these requests (CSV)": the queue view in the URL, every page of it (up to
 * EXPORT_LIMIT rows), scoped to the staff member's agency by the data layer like the queue.
 * A fully signed-in session only (not one waiting for its second factor); never cached.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await currentStaff();
  if (!user || !isLocale(locale)) return new Response('Not found', { status: 404 });
  const filters = readQueueFilters(new URL(request.url).searchParams);
  const { rows, truncated } = await exportQueue(user, filters);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(queueCsv(rows, locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="service-requests-${day}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Says a wider view was cut at the limit (the file itself stays plain rows).
      ...(truncated ? { 'X-Rows-Truncated': 'true' } : {}),
    },
  });
}
