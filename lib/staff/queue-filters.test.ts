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
  });
});
