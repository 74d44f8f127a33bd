import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, inArray, isNull, lt } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { media } from '@/db/schema';
import { processPhoto, PHOTO_MAX_BYTES, type PhotoError } from './process';
import { mediaStorage } from './storage';

export type PendingPhoto = { id: string; bytes: number; width: number; height: number };

/**
 * Stores a photo from an unfinished form, not yet attached to a request, so a resident who
 * must correct another answer does not upload it again. Unclaimed photos are removed after a day.
 */
export async function storePendingPhoto(
  file: Blob,
  now = new Date(),
): Promise<PendingPhoto | PhotoError> {
  // Too large is known without reading it.
  if (file.size > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  // Housekeeping on the way: uploads nobody finished are kept a day at most.
  await removeStalePendingPhotos(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const processed = await processPhoto(Buffer.from(await file.arrayBuffer()));
  if (typeof processed === 'string') return processed;
  const id = randomBytes(16).toString('hex');
  const storageKey = `${id}.jpg`;
  const store = mediaStorage();
  // Bytes kept outside the database are written first, so no row names bytes that are not
  // there; bytes in the database commit with their row.
  if (!store.inDatabase) await store.put(storageKey, processed.bytes);
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (store.inDatabase) await store.put(storageKey, processed.bytes, tx);
    await tx.insert(media).values({
      id,
      storageKey,
      contentType: processed.contentType,
      bytes: processed.bytes.length,
      width: processed.width,
      height: processed.height,
      // The application's clock, the one the clean-up compares with (not the database's).
      createdAt: now,
    });
  });
  return { id, bytes: processed.bytes.length, width: processed.width, height: processed.height };
}

/** The photos of an unfinished form that are still there, in the order given. */
export async function findPendingPhotos(ids: string[]): Promise<PendingPhoto[]> {
  const valid = ids.filter((id) => /^[a-f0-9]{32}$/.test(id));
  if (!valid.length) return [];
  const db = await getDb();
  const rows = await db
    .select()
    .from(media)
    .where(and(inArray(media.id, valid), isNull(media.requestId)));
  return valid.flatMap((id) => {
    const row = rows.find((r) => r.id === id);
    return row ? [{ id: row.id, bytes: row.bytes, width: row.width, height: row.height }] : [];
  });
}

/**
 * Removes photos of forms nobody finished, rows and bytes, from whichever store is active:
 * in the same transaction when the bytes are in the database, after the rows otherwise (a
 * failure then leaves unnamed bytes, never a row naming missing ones).
 */
export async function removeStalePendingPhotos(olderThan: Date): Promise<number> {
  const store = mediaStorage();
  const db = await getDb();
  const keys = await db.transaction(async (tx) => {
    const rows = await tx
      .delete(media)
      .where(and(isNull(media.requestId), lt(media.createdAt, olderThan)))
      .returning({ storageKey: media.storageKey });
    const removed = rows.map((r) => r.storageKey);
    if (store.inDatabase) await store.remove(removed, tx);
    return removed;
  });
  if (!store.inDatabase) await store.remove(keys);
  return keys.length;
}
