import { CSV_BOM, csvLine } from '@/lib/metrics/open-data';
import { pickText } from '@/lib/i18n/localized';
import type { LocalizedText } from '@/db/schema/types';

/** The queue's columns in a CSV: no contact details (lib/staff/queries.ts exportQueue). */
export const QUEUE_CSV_COLUMNS = [
  'tracking_number',
  'service_code',
  'service_name',
  'status',
  'close_reason',
  'address',
  'zip',
  'created_at',
  'due_at',
  'closed_at',
  'overdue',
  'assigned_to',
] as const;

export type QueueCsvRow = {
  trackingNumber: string;
  serviceCode: string;
  serviceName: LocalizedText;
  status: string;
  closeReason: string | null;
  address: string | null;
  zip: string | null;
  createdAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  overdue: boolean;
  assignee: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A queue view as CSV: UTF-8 with a byte-order mark (spreadsheets then read accents right),
 * stable snake_case headers and codes, and every text cell neutralised against formula
 * injection by csvLine (a leading = + - @ gets an apostrophe): addresses and names are typed
 * by residents and staff.
 */
export function queueCsv(rows: QueueCsvRow[], locale: string): string {
  return (
    CSV_BOM +
    csvLine([...QUEUE_CSV_COLUMNS]) +
    rows
      .map((r) =>
        csvLine([
          r.trackingNumber,
          r.serviceCode,
          pickText(r.serviceName, locale),
          r.status,
          r.closeReason,
          r.address,
          r.zip,
          iso(r.createdAt),
          iso(r.dueAt),
          iso(r.closedAt),
          r.overdue ? 'yes' : 'no',
          r.assignee,
        ]),
      )
      .join('')
  );
}
