import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { auditEvents, staffUsers } from '@/db/schema';
import { auditTrail } from '@/lib/audit/queries';
import {
  adminApiKeyHistory,
  adminCreateApiKey,
  adminRevokeApiKey,
  listApiKeys,
  verifyApiKey,
} from '@/lib/open311/api-keys';
import { ForbiddenError, type Actor } from './authorize';
import { createSession, sessionState, sessionUser } from './sessions';
import {
  adminCreateUser,
  adminDisableUser,
  adminGetUser,
  adminListUsers,
  adminSetRole,
  adminUserHistory,
  createStaffUser,
  type NewStaffUser,
} from './users';

const PASSWORD = 'a long passphrase for the 311 console';

async function staff(email: string, role: Actor['role'], agencyCode: string | null) {
  const r = await createStaffUser({ email, name: email, password: PASSWORD, role, agencyCode });
  if (!r.ok) throw new Error(r.error);
  return { id: r.id, role, agencyCode } satisfies Actor;
}

const agentInput = (email: string): NewStaffUser => ({
  email,
  name: 'New Agent',
  password: PASSWORD,
  role: 'agent',
  agencyCode: 'DOT',
});

describe('admin commands on staff users', () => {
  it('an admin creates a user; the audit names the admin and holds no password', async () => {
    const admin = await staff('admin1@city.example', 'admin', null);
    const r = await adminCreateUser(admin, agentInput('New.Agent@city.example'));
    if (!r.ok) throw new Error(r.error);
    expect(await adminGetUser(admin, r.id)).toMatchObject({
      email: 'new.agent@city.example',
      role: 'agent',
      agencyCode: 'DOT',
      disabledAt: null,
    });
    const db = await getDb();
    const rows = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, String(r.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, action: 'user.create', entity: 'user' });
    const stored = JSON.stringify(rows[0]);
    const [{ passwordHash }] = await db
      .select({ passwordHash: staffUsers.passwordHash })
      .from(staffUsers)
      .where(eq(staffUsers.id, r.id));
    expect(stored).not.toContain(PASSWORD);
    expect(stored).not.toContain(passwordHash);
    expect(stored).not.toMatch(/password/i);
    // The system's own changes (CLI, bootstrap) are audited without an actor.
    const [own] = await auditTrail('user', admin.id);
    expect(own).toMatchObject({ action: 'user.create', actorName: null });
  });

  it('refuses duplicate emails, missing and unknown agencies as values', async () => {
    const admin = await staff('admin2@city.example', 'admin', null);
    expect(await adminCreateUser(admin, agentInput('admin2@city.example'))).toEqual({
      ok: false,
      error: 'staffUser.emailTaken',
    });
    expect(
      await adminCreateUser(admin, { ...agentInput('x1@city.example'), agencyCode: 'NOPE' }),
    ).toEqual({ ok: false, error: 'staffUser.agencyUnknown' });
    expect(
      await adminCreateUser(admin, { ...agentInput('x2@city.example'), agencyCode: null }),
    ).toEqual({ ok: false, error: 'staffUser.agencyRequired' });
  });

  it('agents and supervisors are refused, and nothing changes', async () => {
    const admin = await staff('admin3@city.example', 'admin', null);
    const agent = await staff('agent3@city.example', 'agent', 'DOT');
    const supervisor = await staff('sup3@city.example', 'supervisor', 'DOT');
    const { key } = await adminCreateApiKey(admin, 'Client three');
    const keyId = (await verifyApiKey(key))!.id;
    const db = await getDb();
    const auditBefore = (await db.select().from(auditEvents)).length;
    const usersBefore = await adminListUsers(admin);

    for (const actor of [agent, supervisor]) {
      await expect(adminCreateUser(actor, agentInput('sneaky@city.example'))).rejects.toThrow(
        ForbiddenError,
      );
      await expect(adminRevokeApiKey(actor, keyId)).rejects.toThrow(ForbiddenError);
      await expect(adminCreateApiKey(actor, 'Sneaky')).rejects.toThrow(ForbiddenError);
      await expect(adminSetRole(actor, actor.id, 'admin', null)).rejects.toThrow(ForbiddenError);
      await expect(adminDisableUser(actor, admin.id)).rejects.toThrow(ForbiddenError);
      await expect(adminListUsers(actor)).rejects.toThrow(ForbiddenError);
      await expect(adminUserHistory(actor, admin.id)).rejects.toThrow(ForbiddenError);
      await expect(adminApiKeyHistory(actor)).rejects.toThrow(ForbiddenError);
    }

    expect(await adminListUsers(admin)).toEqual(usersBefore);
    expect(await verifyApiKey(key)).not.toBeNull();
    expect((await db.select().from(auditEvents)).length).toBe(auditBefore);
  });

  it('changing a role ends the user’s sessions and records only what changed', async () => {
    const admin = await staff('admin4@city.example', 'admin', null);
    const agent = await staff('agent4@city.example', 'agent', 'DOT');
    const token = await createSession(agent.id);
    expect(await adminSetRole(admin, agent.id, 'agent', 'DOT')).toEqual({
      ok: true,
      changed: false,
    });
    expect(await sessionUser(token)).not.toBeNull(); // nothing changed: still signed in
    expect(await adminSetRole(admin, agent.id, 'supervisor', 'DOT')).toEqual({
      ok: true,
      changed: true,
    });
    expect(await sessionUser(token)).toBeNull();
    expect((await adminGetUser(admin, agent.id))?.role).toBe('supervisor');
    const trail = await adminUserHistory(admin, agent.id);
    expect(trail.at(-1)).toMatchObject({
      action: 'user.role',
      actorName: 'admin4@city.example',
      before: { role: 'agent' },
      after: { role: 'supervisor' },
    });
    // Becoming an admin drops the agency.
    expect(await adminSetRole(admin, agent.id, 'admin', 'DOT')).toMatchObject({ ok: true });
    expect(await adminGetUser(admin, agent.id)).toMatchObject({ role: 'admin', agencyCode: null });
    expect(await adminSetRole(admin, agent.id, 'agent', null)).toEqual({
      ok: false,
      error: 'staffUser.agencyRequired',
    });
    expect(await adminSetRole(admin, admin.id, 'agent', 'DOT')).toEqual({
      ok: false,
      error: 'staffUser.ownRole',
    });
    expect(await adminSetRole(admin, 999_999, 'agent', 'DOT')).toEqual({
      ok: false,
      error: 'staffUser.notFound',
    });
  });

  it('disabling ends the user’s sessions; an admin cannot disable themself', async () => {
    const admin = await staff('admin5@city.example', 'admin', null);
    const agent = await staff('agent5@city.example', 'agent', 'DOT');
    const token = await createSession(agent.id);
    const adminToken = await createSession(admin.id);

    expect(await adminDisableUser(admin, admin.id)).toEqual({
      ok: false,
      error: 'staffUser.disableSelf',
    });
    expect(await sessionState(adminToken)).not.toBeNull();
    expect((await adminGetUser(admin, admin.id))?.disabledAt).toBeNull();

    expect(await adminDisableUser(admin, agent.id)).toEqual({ ok: true });
    expect(await sessionUser(token)).toBeNull();
    expect((await adminGetUser(admin, agent.id))?.disabledAt).toBeInstanceOf(Date);
    expect((await adminUserHistory(admin, agent.id)).at(-1)).toMatchObject({
      action: 'user.disable',
      before: { disabled: false },
      after: { disabled: true },
    });
    // Again: still fine, and not recorded twice.
    expect(await adminDisableUser(admin, agent.id)).toEqual({ ok: true });
    const disables = (await adminUserHistory(admin, agent.id)).filter(
      (e) => e.action === 'user.disable',
    );
    expect(disables).toHaveLength(1);
  });
});

describe('admin commands on API keys', () => {
  it('creating and revoking are audited without the key; a revoked key no longer verifies', async () => {
    const admin = await staff('admin6@city.example', 'admin', null);
    const { id, key } = await adminCreateApiKey(admin, '  FixMyStreet Baltimore ');
    expect(await verifyApiKey(key)).toEqual({ id, name: 'FixMyStreet Baltimore' });

    expect(await adminRevokeApiKey(admin, id)).toBe(true);
    expect(await verifyApiKey(key)).toBeNull();
    expect(await adminRevokeApiKey(admin, id)).toBe(false); // already revoked: not recorded again
    expect((await listApiKeys()).find((k) => k.id === id)?.revokedAt).toBeInstanceOf(Date);

    const trail = await auditTrail('apiKey', id);
    expect(trail.map((e) => [e.action, e.actorName])).toEqual([
      ['apiKey.create', 'admin6@city.example'],
      ['apiKey.revoke', 'admin6@city.example'],
    ]);
    const stored = JSON.stringify(trail);
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(key.slice(0, 8));

    const history = await adminApiKeyHistory(admin);
    expect(history.slice(0, 2)).toMatchObject([
      { action: 'apiKey.revoke', keyName: 'FixMyStreet Baltimore' },
      { action: 'apiKey.create', keyName: 'FixMyStreet Baltimore' },
    ]);
  });
});
