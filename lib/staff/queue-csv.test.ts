import { describe, expect, it } from 'vitest';
import { queueCsv } from './queue-csv';

const row = {
  trackingNumber: 'BAL-26-000001',
  serviceCode: 'TRM-Potholes',
  serviceName: { en: 'Pothole', es: 'Bache' },
  status: 'new',
  closeReason: null,
  address: '=HYPERLINK("http://x")',
  zip: '21202',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  dueAt: null,
  closedAt: null,
  overdue: false,
  assignee: '@sam, "the boss"',
};

describe('the queue as CSV', () => {
  it('has a BOM, a header, localized names and neutralised formula cells', () => {
    const csv = queueCsv([row], 'es');
    expect(csv.startsWith('\uFEFFtracking_number,service_code,service_name,status')).toBe(true);
    const line = csv.split('\r\n')[1];
    expect(line).toContain(',Bache,new,,');
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(line).toContain(`"'@sam, ""the boss"""`);
    expect(line).toContain('2026-12-01T10:00:00.000Z,,,no,');
    expect(csv).not.toMatch(/email|phone/);
  });
});
