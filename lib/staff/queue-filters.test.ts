import { describe, expect, it } from 'vitest';
import { readQueueFilters } from './queue-filters';

describe('queue filters from the URL', () => {
  it('reads valid filters', () => {
    expect(
      readQueueFilters({
        status: 'new',
        overdue: '1',
        zip: '21202',
        from: '2026-11-01',
        sort: 'due',
        page: '3',
        q: 'BAL-26',
      }),
    ).toMatchObject({
      status: 'new',
      overdue: true,
      zip: '21202',
      from: '2026-11-01',
      sort: 'due',
      page: 3,
      q: 'BAL-26',
    });
  });
  it('ignores what it cannot read instead of failing', () => {
    expect(
      readQueueFilters({
        status: 'bogus',
        zip: 'abc',
        from: 'yesterday',
        sort: 'x',
        page: '-2',
        overdue: 'maybe',
      }),
    ).toMatchObject({
      status: undefined,
      zip: undefined,
      from: undefined,
      sort: 'newest',
      page: 1,
      overdue: false,
    });
    expect(readQueueFilters({})).toMatchObject({ sort: 'newest', page: 1, overdue: false });
    // Valid ISO dates PostgreSQL cannot hold (year 0000 was a 500).
    expect(readQueueFilters({ from: '0000-01-01', to: '0000-12-31' })).toMatchObject({
      from: undefined,
      to: undefined,
    });
    expect(readQueueFilters({ from: '1900-01-01' }).from).toBe('1900-01-01');
  });
});
