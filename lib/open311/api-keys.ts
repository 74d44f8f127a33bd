import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { apiKeys } from '@/db/schema';
import { hit } from '@/lib/rate-limit/commands';
import { hashApiKey, insertApiKey } from '@/db/seed/api-keys';

export type ApiClient = { id: number; name: string };

/** A new key, shown once: only its SHA-256 and an 8-character prefix are stored. */
export async function createApiKey(
  name: string,
  raw = `brs_${randomBytes(24).toString('base64url')}`,
) {
  return { id: await insertApiKey(await getDb(), name, raw), key: raw };
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

/** A revoked key is refused from the next request on. */
export async function revokeApiKey(id: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
