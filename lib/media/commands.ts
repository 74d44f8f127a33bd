import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { media } from '@/db/schema';
import { processPhoto, type PhotoError } from './process';
import { mediaStorage } from './storage';

export type PendingPhoto = { id: string; bytes: number; width: number; height: number };

/**
 * Stores a photo from an unfinished form, not yet attached to a request, so a resident who
 * must correct another answer does not upload it again. Unclaimed photos are removed after a day.
 */
export async function storePendingPhoto(file: Blob): Promise<PendingPhoto | PhotoError> {
  // Housekeeping on the way: uploads nobody finished are kept a day at most.
  await removeStalePendingPhotos(new Date(Date.now() - 24 * 60 * 60 * 1000));
  const processed = await processPhoto(Buffer.from(await file.arrayBuffer()));
  if (typeof processed === 'string') return processed;
  const id = randomBytes(16).toString('hex');
  const storageKey = `${id}.jpg`;
  await mediaStorage().put(storageKey, processed.bytes);
  const db = await getDb();
  await db.insert(media).values({
    id,
    storageKey,
    contentType: processed.contentType,
    bytes: processed.bytes.length,
    width: processed.width,
    height: processed.height,
  });
  return { id, bytes: processed.bytes.length, width: processed.width, height: processed.height };
}

export async function findPendingPhoto(id: string): Promise<PendingPhoto | null> {
  if (!/^[a-f0-9]{32}$/.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(media)
    .where(and(eq(media.id, id), isNull(media.requestId)));
  return row ? { id: row.id, bytes: row.bytes, width: row.width, height: row.height } : null;
}

export async function removeStalePendingPhotos(olderThan: Date): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(media)
    .where(and(isNull(media.requestId), lt(media.createdAt, olderThan)))
    .returning({ storageKey: media.storageKey });
  await Promise.all(rows.map((r) => mediaStorage().remove(r.storageKey)));
  return rows.length;
}
