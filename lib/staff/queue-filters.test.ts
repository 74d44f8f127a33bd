import { describe, expect, it } from 'vitest';
import {
  queueHref,
  queueQuery,
  readQueueContext,
  readQueueFilters,
  requestHref,
} from './queue-filters';

describe('queue filters from the URL', () => {
  it('reads valid filters', () => {
    expect(
      readQueueFilters({
        status: 'new',
        overdue: '1',
        zip: '21202',
        from: '2026-11-01',
        sort: 'oldest',
        size: '50',
        page: '3',
        q: 'BAL-26',
      }),
    ).toMatchObject({
      status: 'new',
      overdue: true,
      zip: '21202',
      from: '2026-11-01',
      sort: 'oldest',
      size: 50,
      page: 3,
      q: 'BAL-26',
    });
    expect(readQueueFilters({ status: 'all' }).status).toBe('all');
    expect(readQueueFilters(new URLSearchParams('status=open&size=100')).size).toBe(100);
  });
  it('defaults to the open requests, least time left first, 25 a page', () => {
    expect(readQueueFilters({})).toEqual({
      status: 'open',
      sort: 'due',
      size: 25,
      page: 1,
      overdue: false,
    });
  });
  it('ignores what it cannot read instead of failing', () => {
    expect(
      readQueueFilters({
        status: 'bogus',
        zip: 'abc',
        from: 'yesterday',
        sort: 'x',
        size: '1000',
        page: '-2',
        overdue: 'maybe',
      }),
    ).toMatchObject({
      status: 'open',
      zip: undefined,
      from: undefined,
      sort: 'due',
      size: 25,
      page: 1,
      overdue: false,
    });
    // Valid ISO dates PostgreSQL cannot hold (year 0000 was a 500).
    expect(readQueueFilters({ from: '0000-01-01', to: '0000-12-31' })).toMatchObject({
      from: undefined,
      to: undefined,
    });
    expect(readQueueFilters({ from: '1900-01-01' }).from).toBe('1900-01-01');
  });
});

describe('queue links', () => {
  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(queueQuery(readQueueFilters({}))).toBe('');
    expect(
      queueQuery(
        readQueueFilters({ page: '2', q: 'a b', assigned: 'me', bogus: 'x', sort: 'due' }),
      ),
    ).toBe('assigned=me&q=a+b&page=2');
    expect(queueQuery(readQueueFilters({ page: '2', overdue: 'true' }), { page: false })).toBe(
      'overdue=1',
    );
    expect(queueHref('es', '')).toBe('/es/staff');
    expect(queueHref('en', 'status=all')).toBe('/en/staff?status=all');
  });
  it('carries the queue view to a request and back, re-read so nothing forged survives', () => {
    const href = requestHref('en', 'BAL-26-000001', 'assigned=none&q=x%26y');
    expect(href).toBe('/en/staff/requests/BAL-26-000001?queue=assigned%3Dnone%26q%3Dx%2526y');
    const back = new URL(href, 'http://x').searchParams.get('queue')!;
    expect(readQueueContext({ queue: back })).toMatchObject({
      query: 'assigned=none&q=x%26y',
      filters: { assigned: 'none', q: 'x&y' },
    });
    expect(requestHref('en', 'BAL-26-000001', '')).toBe('/en/staff/requests/BAL-26-000001');
    expect(readQueueContext({ queue: 'status=<script>&javascript:=1' }).query).toBe('');
    expect(readQueueContext({}).query).toBe('');
  });
});
