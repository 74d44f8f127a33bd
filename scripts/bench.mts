// `npm run bench`: timings of the resident hot paths on the configured database (PGlite in a
// temporary folder by default, or DATABASE_URL). Reports percentiles; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';

if (!process.env.DATABASE_URL)
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-bench-'));
const { getService, findServices } = await import('../lib/services/queries');
const { createServiceRequest } = await import('../lib/requests/commands');
const { getPublicRequest } = await import('../lib/requests/queries');
const { requestSchema } = await import('../lib/requests/schema');
const { database, closeDatabase, getDb } = await import('../lib/db');
const { aggregate } = await import('../lib/metrics/aggregate');
const { currentPeriodKey, periodFor } = await import('../lib/metrics/periods');
const { performanceFor } = await import('../lib/metrics/queries');

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) =>
    ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))].toFixed(2);
  console.log(
    `${label.padEnd(34)} n=${String(n).padStart(4)}  p50 ${pct(50)} ms  p95 ${pct(95)} ms  max ${ms[ms.length - 1].toFixed(2)} ms`,
  );
}

const { driver } = await database();
console.log(`Driver: ${driver}`);
const service = (await getService('TRM-Potholes', 'en'))!;
const numbers: string[] = [];
await time('search "bache" (es)', 200, () => findServices('bache', 'es'));
await time('search with a typo "strete lihgt"', 200, () => findServices('strete lihgt', 'en'));
await time('load service definition', 200, () => getService('TRM-Potholes', 'es'));
await time('create request (one transaction)', 300, async () => {
  const input = requestSchema(service.attributes).parse({
    attr__POTHOLE_LOCATION: 'street',
    address: '100 N Holliday St',
    zip: '21202',
    contactEmail: 'bench@example.com',
    idempotencyKey: randomUUID(),
  });
  const r = await createServiceRequest({
    serviceCode: service.code,
    attributes: service.attributes,
    input,
    locale: 'en',
    channel: 'web',
  });
  numbers.push(r.trackingNumber);
});
await time('tracking page data', 300, (i) => getPublicRequest(numbers[i % numbers.length], 'en'));

// The transparency page: computing a period's figures from the requests (what a view pays after
// a change), and reading them from the snapshot (every other view).
const [{ n: requestCount }] = (
  await (await getDb()).execute(sql`select count(*)::int as n from service_requests`)
).rows as { n: number }[];
console.log(`Requests in the database: ${requestCount}`);
const fy = periodFor(currentPeriodKey())!;
const lastYear = periodFor(String(fy.fiscalYear - 1))!;
await time('transparency: compute FY to date', 5, async () => aggregate(await getDb(), fy));
await time('transparency: compute last FY', 5, async () => aggregate(await getDb(), lastYear));
await performanceFor(fy);
await time('transparency: read snapshot', 100, () => performanceFor(fy));
await closeDatabase();
