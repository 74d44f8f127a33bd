import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { apiKeys, auditEvents, staffUsers } from '@/db/schema';
import { hit } from '@/lib/rate-limit/commands';
import { hashApiKey, insertApiKey } from '@/db/seed/api-keys';
import { recordAudit } from '@/lib/audit/commands';
import { assertCan, type Actor } from '@/lib/auth/authorize';
import { API_KEY_NAME_MAX } from '@/lib/auth/admin-schema';

export type ApiClient = { id: number; name: string };

const newRawKey = () => `brs_${randomBytes(24).toString('base64url')}`;

/**
 * Stores a key and its audit event together. The audit keeps the name only: never the key, its
 * hash or its prefix. `actorId` null: the system (operator CLI).
 */
async function createKey(actorId: number | null, name: string, raw: string) {
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    const id = await insertApiKey(tx, name, raw);
    if (id !== undefined) {
      await recordAudit(tx, {
        actorId,
        action: 'apiKey.create',
        entity: 'apiKey',
        entityId: id,
        after: { name },
      });
    }
    return id;
  });
  return { id, key: raw };
}

/** A new key, shown once: only its SHA-256 and an 8-character prefix are stored. */
export async function createApiKey(name: string, raw = newRawKey()) {
  return createKey(null, name, raw);
}

export async function verifyApiKey(raw: string | undefined): Promise<ApiClient | null> {
  if (!raw || raw.length > 200) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(raw)), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

/** Counts one event for `bucket`: within `limit` per `windowSeconds`? */
export async function withinRateLimit(bucket: string, limit: number, windowSeconds: number) {
  return (await hit(bucket, windowSeconds)) <= limit;
}

/** For administrators: every key by name and prefix (the key itself is never stored). */
export async function listApiKeys() {
  const db = await getDb();
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .orderBy(apiKeys.id);
}

async function revoke(actorId: number | null, id: number): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    if (!rows.length) return false;
    await recordAudit(tx, {
      actorId,
      action: 'apiKey.revoke',
      entity: 'apiKey',
      entityId: id,
      before: { revoked: false },
      after: { revoked: true },
    });
    return true;
  });
}

/** A revoked key is refused from the next request on. False if there was no active key. */
export async function revokeApiKey(id: number): Promise<boolean> {
  return revoke(null, id);
}

// Staff console (admins). Each checks the actor itself, whatever page or action calls it.

/** The raw key is returned once, for the admin to hand over; it is not stored. */
export async function adminCreateApiKey(
  actor: Actor,
  name: string,
): Promise<{ id: number; key: string }> {
  assertCan(actor, 'apiKeys.manage');
  const clean = name.trim();
  // The form's schema says so first; this guards every other caller.
  if (!clean || clean.length > API_KEY_NAME_MAX) throw new Error('invalid API key name');
  const { id, key } = await createKey(actor.id, clean, newRawKey());
  // 192 random bits: a collision with an existing key would mean a broken random source.
  if (id === undefined) throw new Error('API key collision');
  return { id, key };
}

export async function adminRevokeApiKey(actor: Actor, id: number): Promise<boolean> {
  assertCan(actor, 'apiKeys.manage');
  return revoke(actor.id, id);
}

export async function adminListApiKeys(actor: Actor) {
  assertCan(actor, 'apiKeys.manage');
  return listApiKeys();
}

/** The latest key events across all keys, newest first, with the key's name and prefix. */
export async function adminApiKeyHistory(actor: Actor, limit = 50) {
  assertCan(actor, 'apiKeys.manage');
  const db = await getDb();
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorName: staffUsers.name,
      keyName: apiKeys.name,
      keyPrefix: apiKeys.prefix,
      at: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorId))
    .leftJoin(apiKeys, sql`${auditEvents.entityId} = ${apiKeys.id}::text`)
    .where(eq(auditEvents.entity, 'apiKey'))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
