import { beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '@/test/requests';
import type { Actor } from '@/lib/auth/authorize';
import { readQueueFilters } from './queue-filters';
import { listQueue } from './queries';

const dotAgent: Actor = { id: 1, role: 'agent', agencyCode: 'DOT' };
const swAgent: Actor = { id: 2, role: 'agent', agencyCode: 'DPW-SW' };
const admin: Actor = { id: 3, role: 'admin', agencyCode: null };

async function make(
  code: string,
  address: string,
  zip: string,
  extra: Record<string, unknown>,
  now?: Date,
) {
  return makeRequest(code, { address, zip, ...extra }, now);
}

let pothole = '';
let oldPothole = '';
beforeAll(async () => {
  pothole = await make('TRM-Potholes', '100 N Holliday St', '21202', {
    attr__POTHOLE_LOCATION: 'street',
    description: 'Deep hole',
  });
  oldPothole = await make(
    'TRM-Potholes',
    '2400 N Charles St',
    '21218',
    { attr__POTHOLE_LOCATION: 'street' },
    new Date(Date.now() - 10 * 86_400_000),
  );
  await make('SW-Dirty Alley', '300 E Lafayette Ave', '21202', {});
});

describe('the staff queue', () => {
  it('shows agents only their agency’s requests; admins see all', async () => {
    const dot = await listQueue(dotAgent, readQueueFilters({}));
    expect(dot.rows.map((r) => r.serviceCode).every((c) => c === 'TRM-Potholes')).toBe(true);
    expect(dot.total).toBe(2);
    const sw = await listQueue(swAgent, readQueueFilters({}));
    expect(sw.rows.map((r) => r.serviceCode)).toEqual(['SW-Dirty Alley']);
    expect((await listQueue(admin, readQueueFilters({}))).total).toBe(3);
  });
  it('filters by overdue, ZIP, text and status, and counts per status', async () => {
    const overdue = await listQueue(dotAgent, readQueueFilters({ overdue: '1' }));
    expect(overdue.rows.map((r) => r.trackingNumber)).toEqual([oldPothole]);
    expect(overdue.rows[0].overdue).toBe(true);
    expect(
      (await listQueue(dotAgent, readQueueFilters({ zip: '21218' }))).rows.map(
        (r) => r.trackingNumber,
      ),
    ).toEqual([oldPothole]);
    expect(
      (await listQueue(dotAgent, readQueueFilters({ q: 'deep' }))).rows.map(
        (r) => r.trackingNumber,
      ),
    ).toEqual([pothole]);
    expect((await listQueue(dotAgent, readQueueFilters({ q: pothole.toLowerCase() }))).total).toBe(
      1,
    );
    expect((await listQueue(dotAgent, readQueueFilters({ q: '%' }))).total).toBe(0);
    expect((await listQueue(dotAgent, readQueueFilters({ status: 'closed' }))).total).toBe(0);
    expect((await listQueue(dotAgent, readQueueFilters({}))).counts).toEqual({
      new: 2,
      acknowledged: 0,
      in_progress: 0,
      closed: 0,
    });
  });
  it('sorts oldest first or by due date', async () => {
    expect(
      (await listQueue(dotAgent, readQueueFilters({ sort: 'oldest' }))).rows[0].trackingNumber,
    ).toBe(oldPothole);
    expect(
      (await listQueue(dotAgent, readQueueFilters({ sort: 'due' }))).rows[0].trackingNumber,
    ).toBe(oldPothole);
    expect((await listQueue(dotAgent, readQueueFilters({}))).rows[0].trackingNumber).toBe(pothole);
  });
});
