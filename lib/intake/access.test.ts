import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/authorize';
import { canTakeCalls } from './access';

describe('who may enter a request for a caller', () => {
  it('anyone who works requests: agents and supervisors of an agency, admins', () => {
    expect(canTakeCalls({ id: 1, role: 'agent', agencyCode: 'DOT' })).toBe(true);
    expect(canTakeCalls({ id: 1, role: 'supervisor', agencyCode: 'HCD' })).toBe(true);
    expect(canTakeCalls({ id: 1, role: 'admin', agencyCode: null })).toBe(true);
  });

  it('nobody else: signed out, an unknown role, an agent of no agency', () => {
    expect(canTakeCalls(null)).toBe(false);
    expect(canTakeCalls({ id: 1, role: 'viewer' as Actor['role'], agencyCode: 'DOT' })).toBe(false);
    expect(canTakeCalls({ id: 1, role: 'agent', agencyCode: null })).toBe(false);
  });
});
