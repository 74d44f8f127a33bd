import { describe, expect, it } from 'vitest';
import { can, assertCan, type Actor } from './authorize';

const agent: Actor = { id: 1, role: 'agent', agencyCode: 'DOT' };
const supervisor: Actor = { id: 2, role: 'supervisor', agencyCode: 'DOT' };
const admin: Actor = { id: 3, role: 'admin', agencyCode: null };

describe('role and agency rules', () => {
  it('agents work their own agency’s requests only', () => {
    expect(can(agent, 'request.view', 'DOT')).toBe(true);
    expect(can(agent, 'request.work', 'DOT')).toBe(true);
    expect(can(agent, 'request.view', 'DPW-SW')).toBe(false);
    expect(can(agent, 'request.work', 'DPW-SW')).toBe(false);
    expect(can(agent, 'request.assign', 'DOT')).toBe(false);
    expect(can(agent, 'request.reopen', 'DOT')).toBe(false);
    expect(can(agent, 'targets.edit', 'DOT')).toBe(false);
    expect(can(agent, 'responses.manage', 'DOT')).toBe(false);
    expect(can(agent, 'outbox.read')).toBe(false); // residents' messages: supervisors and admins
  });
  it('supervisors also assign, reopen and edit targets, in their agency', () => {
    expect(can(supervisor, 'request.assign', 'DOT')).toBe(true);
    expect(can(supervisor, 'request.reopen', 'DOT')).toBe(true);
    expect(can(supervisor, 'targets.edit', 'DOT')).toBe(true);
    expect(can(supervisor, 'targets.edit', 'HCD')).toBe(false);
    expect(can(supervisor, 'responses.manage', 'DOT')).toBe(true);
    expect(can(supervisor, 'responses.manage', 'HCD')).toBe(false);
    expect(can(supervisor, 'outbox.read', 'DOT')).toBe(true);
    expect(can(supervisor, 'outbox.read', 'HCD')).toBe(false);
    expect(can(supervisor, 'users.manage')).toBe(false);
    expect(can(supervisor, 'apiKeys.manage')).toBe(false);
  });
  it('admins may do everything, everywhere', () => {
    for (const p of [
      'request.view',
      'request.reopen',
      'users.manage',
      'catalogue.manage',
      'apiKeys.manage',
      'responses.manage',
    ] as const) {
      expect(can(admin, p, 'HCD')).toBe(true);
    }
  });
  it('assertCan throws when not allowed', () => {
    expect(() => assertCan(agent, 'request.view', 'HCD')).toThrow(/forbidden/);
    expect(() => assertCan(agent, 'request.view', 'DOT')).not.toThrow();
  });
});
