import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { performanceSnapshots } from '@/db/schema';
import { makeRequest } from '@/test/requests';
import { currentPeriodKey, periodFor, yearEarlier } from './periods';
import { performanceFor, yearEarlierFor } from './queries';

// The clock is an input: the running fiscal year as of now, whatever today is.
const NOW = new Date();
const current = periodFor(currentPeriodKey(NOW), NOW)!;
const span = yearEarlier(current); // the same days a year earlier
const HOUR = 3_600_000;

describe('the same days a year earlier (year-over-year)', () => {
  it('is "no data" (null) while no request predates it', async () => {
    expect(await yearEarlierFor(current, NOW)).toBeNull();
  });

  it('counts only the same days, under a snapshot key of its own', async () => {
    // Hand-computed: one request an hour into the span, one an hour after its end (still in
    // that fiscal year, or the next one's first hour when today is 30 June): the span
    // received 1; the whole earlier year received 2, or 1 when the second fell past it.
    await makeRequest('SW-Dirty Street', {}, new Date(+span.start + HOUR));
    await makeRequest('SW-Dirty Street', {}, new Date(+span.end + HOUR));
    const earlier = await yearEarlierFor(current, NOW);
    expect(earlier!.period.key).toBe(span.key);
    expect(earlier!.city.received).toBe(1);

    const whole = periodFor(String(current.fiscalYear - 1), NOW)!;
    const inWhole = +span.end + HOUR < +whole.end ? 2 : 1;
    expect((await performanceFor(whole, NOW)).city.received).toBe(inWhole);

    // Two snapshots, neither overwriting the other.
    const db = await getDb();
    const [own] = await db
      .select()
      .from(performanceSnapshots)
      .where(eq(performanceSnapshots.key, span.key));
    expect((own.data as { city: { received: number } }).city.received).toBe(1);
    expect((await yearEarlierFor(current, NOW))!.city.received).toBe(1);
  });
});
