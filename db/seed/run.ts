import type { DbOrTx } from '../client';
import { agencies, categories, serviceAttributes, services, targets } from '../schema';
import { fiscalYearOf } from '../../lib/metrics/fiscal-year';
import * as catalogue from './catalogue';

/**
 * Seeds the service catalogue. Idempotent and additive: rows that exist are left alone, so
 * staff edits survive restarts; a new service in the seed appears on the next start.
 * Targets are committed for the current and the previous fiscal year.
 */
export async function seedCatalogue(db: DbOrTx, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(agencies).values(catalogue.agencies).onConflictDoNothing();
    await tx.insert(categories).values(catalogue.categories).onConflictDoNothing();
    await tx
      .insert(services)
      .values(
        catalogue.services.map((s) => ({
          code: s.code,
          agencyCode: s.agency,
          categoryCode: s.category,
          name: s.name,
          description: s.description,
          expect: s.expect,
          keywords: s.keywords,
          popularity: s.popularity,
        })),
      )
      .onConflictDoNothing();
    const attrs = catalogue.services.flatMap((s) =>
      s.attributes.map((a, i) => ({
        serviceCode: s.code,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        order: i + 1,
        description: a.description,
        hint: a.hint ?? null,
        values: a.values ?? [],
      })),
    );
    if (attrs.length) await tx.insert(serviceAttributes).values(attrs).onConflictDoNothing();
    const fy = fiscalYearOf(now);
    const rows = [fy - 1, fy].flatMap((fiscalYear) =>
      catalogue.services.map((s) => ({
        serviceCode: s.code,
        fiscalYear,
        ...s.target,
        // Committed at the start of the fiscal year (1 July, city time).
        setAt: new Date(`${fiscalYear - 1}-07-01T00:00:00-04:00`),
      })),
    );
    await tx.insert(targets).values(rows).onConflictDoNothing();
  });
}
