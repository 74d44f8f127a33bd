import 'server-only';
import { getDb } from '@/lib/db';
import { CSV_BOM, csvLine } from './open-data';
import { defined, definitionsOf, type OpenDataT } from './open-data-definitions';
import type { Period } from './periods';
import {
  REQUEST_ROWS_RULE,
  requestBatches,
  requestColumns,
  requestCsvColumns,
  requestDemoColumn,
  type RequestRow,
} from './request-level';

type Names = { agencies: Map<string, { text: string }>; services: Map<string, { text: string }> };

/**
 * The request-level dataset of a period as a streamed download: CSV (BOM, neutralised cells,
 * provenance columns, like the other CSVs) or one JSON document whose `rows` array is written
 * batch by batch (ordinary JSON, so any client parses it; not NDJSON). The database is read in
 * keyset batches as the client reads, so memory stays at one batch whatever the period's size.
 */
export function requestDownload({
  period,
  format,
  names,
  agency,
  locale,
  t,
}: {
  period: Period;
  format: 'csv' | 'json';
  names: Names;
  agency?: string;
  locale: string;
  /** The OpenData messages in the reader's language (?lang): the JSON's words. */
  t: OpenDataT;
}): Response {
  // The moment the file is made: a running period's "open at its end" is open now.
  const computedAt = new Date();
  const named = (r: Omit<RequestRow, 'serviceName' | 'agencyName'>): RequestRow => ({
    ...r,
    serviceName: names.services.get(r.serviceCode)?.text ?? r.serviceCode,
    agencyName: names.agencies.get(r.agencyCode)?.text ?? r.agencyCode,
  });
  const csvCols = requestCsvColumns(period.key, computedAt);
  const jsonCols = [...requestColumns, requestDemoColumn];
  const asOf = period.toDate ? computedAt : period.end;

  async function* chunks(): AsyncGenerator<string> {
    if (format === 'csv') {
      yield CSV_BOM + csvLine(csvCols.map((c) => c.key));
    } else {
      const head = {
        dataset: 'requests',
        period: {
          key: period.key,
          start: period.start.toISOString(),
          end: period.end.toISOString(),
          asOf: asOf.toISOString(),
          toDate: period.toDate,
        },
        agency: agency ?? null,
        computedAt: computedAt.toISOString(),
        selection: defined(t, REQUEST_ROWS_RULE),
        methodology: `/${locale}/performance/methodology`,
        definitions: definitionsOf(t, jsonCols),
      };
      yield JSON.stringify(head).slice(0, -1) + ',"rows":[';
    }
    let first = true;
    for await (const batch of requestBatches(await getDb(), period, { asOf: computedAt, agency })) {
      const rows = batch.map(named);
      if (format === 'csv') {
        yield rows.map((r) => csvLine(csvCols.map((c) => c.value(r)))).join('');
      } else {
        const objects = rows.map((r) =>
          JSON.stringify(Object.fromEntries(jsonCols.map((c) => [c.key, c.value(r) ?? null]))),
        );
        yield (first ? '\n' : ',\n') + objects.join(',\n');
        first = false;
      }
    }
    if (format === 'json') yield '\n]}\n';
  }

  const it = chunks();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // Pull: the next batch is read only when the client has taken the last one (backpressure).
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await it.return(undefined);
    },
  });
  const name = `baltimore-311-requests-${period.key}${agency ? `-${agency}` : ''}`;
  return new Response(body, {
    headers: {
      'Cache-Control': 'public, max-age=60',
      'Access-Control-Allow-Origin': '*',
      ...(format === 'csv'
        ? {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}.csv"`,
          }
        : { 'Content-Type': 'application/json; charset=utf-8' }),
    },
  });
}
