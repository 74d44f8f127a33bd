import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '@/db/schema/types';
import { actionsFor, canMove } from './status';

describe('status machine', () => {
  it('moves forward, closes from any open state, reopens only from closed', () => {
    expect(canMove('new', 'acknowledged')).toBe(true);
    expect(canMove('acknowledged', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'closed')).toBe(true);
    expect(canMove('new', 'closed')).toBe(true);
    expect(canMove('closed', 'acknowledged')).toBe(true);
  });
  it('never goes back to new, never skips back, never leaves closed except by reopening', () => {
    for (const from of REQUEST_STATUSES) expect(canMove(from, 'new')).toBe(false);
    expect(canMove('in_progress', 'acknowledged')).toBe(false);
    expect(canMove('closed', 'in_progress')).toBe(false);
    expect(canMove('closed', 'closed')).toBe(false);
  });
  it('offers the actions each status allows', () => {
    expect(actionsFor('new')).toEqual(['acknowledge', 'start', 'close']);
    expect(actionsFor('acknowledged')).toEqual(['start', 'close']);
    expect(actionsFor('in_progress')).toEqual(['close']);
    expect(actionsFor('closed')).toEqual(['reopen']);
  });
});
