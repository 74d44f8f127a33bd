import { describe, expect, it } from 'vitest';
import { mergeDirection } from './merge-direction';

const at = (iso: string) => new Date(iso);
const here = { id: 10, createdAt: at('2026-03-10T12:00:00Z'), status: 'new' as const };

describe('which way a suggested duplicate merges', () => {
  it('merges the newer report into the older one', () => {
    const older = { id: 4, createdAt: at('2026-03-01T12:00:00Z'), status: 'in_progress' as const };
    const newer = { id: 12, createdAt: at('2026-03-11T12:00:00Z'), status: 'new' as const };
    expect(mergeDirection(here, older)).toBe('into');
    expect(mergeDirection(here, newer)).toBe('from');
  });

  it('breaks a tie by the number given first', () => {
    const same = here.createdAt;
    expect(mergeDirection(here, { id: 9, createdAt: same, status: 'new' })).toBe('into');
    expect(mergeDirection(here, { id: 11, createdAt: same, status: 'new' })).toBe('from');
  });

  it('never merges a closed request: this one goes into it, whatever its age', () => {
    const closedNewer = {
      id: 12,
      createdAt: at('2026-03-12T12:00:00Z'),
      status: 'closed' as const,
    };
    expect(mergeDirection(here, closedNewer)).toBe('into');
  });
});
