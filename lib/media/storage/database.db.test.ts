import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { getDb } from '@/lib/db';
import { media, mediaObjects } from '@/db/schema';
import { PHOTO_MAX_BYTES } from '../limits';
import { removeStalePendingPhotos, storePendingPhoto } from '../commands';
import { databaseStorage, SLICE_BYTES } from './database';
import { mediaStorage, type StoredObject } from '.';

const store = databaseStorage(getDb);

/** Reads a stream back, counting its pieces (the slices it was read in). */
async function readAll(obj: StoredObject) {
  const parts: Uint8Array[] = [];
  const reader = obj.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
  return { bytes: Buffer.concat(parts), pieces: parts.length };
}

describe('photos in the database', () => {
  it('are stored, read back (streamed in slices) and removed; a missing key is null', async () => {
    const small = randomBytes(1000);
    await store.put('small.jpg', small);
    const got = await store.get('small.jpg');
    expect(got?.size).toBe(1000);
    expect((await readAll(got!)).bytes.equals(small)).toBe(true);

    // Larger than a slice: read back slice by slice (a few slices keep the test quick on PGlite).
    const large = randomBytes(2 * SLICE_BYTES + 12_345);
    await store.put('large.jpg', large);
    const back = await readAll((await store.get('large.jpg'))!);
    expect(back.bytes.equals(large)).toBe(true);
    expect(back.pieces).toBe(3);

    expect(await store.get('nothing-here.jpg')).toBeNull();
    await store.remove(['small.jpg', 'large.jpg', 'nothing-here.jpg']);
    expect(await store.get('small.jpg')).toBeNull();
    expect(await store.get('large.jpg')).toBeNull();
  });

  it('refuse more than the photo limit and odd keys, at the store and in the table', async () => {
    await expect(store.put('big.jpg', Buffer.alloc(PHOTO_MAX_BYTES + 1))).rejects.toThrow(
      /over 10485760 bytes/,
    );
    await expect(store.put('../escape.jpg', Buffer.from('x'))).rejects.toThrow(/invalid media key/);
    const db = await getDb();
    // Whoever writes the table directly is held to the same limit by its check constraint
    // (the bytes are made by the database: quicker than sending 10 MB to PGlite).
    const insert = (n: number) =>
      db.execute(
        sql`insert into media_objects (key, size, bytes) values ('direct.jpg', ${n}, decode(repeat('00', ${n}), 'hex'))`,
      );
    await expect(insert(PHOTO_MAX_BYTES + 1)).rejects.toThrow();
    await insert(PHOTO_MAX_BYTES);
    await db.delete(mediaObjects);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(mediaObjects);
    expect(n).toBe(0);
  });

  it('commit with the caller’s transaction, or not at all', async () => {
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await store.put('rolled-back.jpg', Buffer.from('x'), tx);
        throw new Error('the row that names it failed');
      }),
    ).rejects.toThrow(/names it failed/);
    expect(await store.get('rolled-back.jpg')).toBeNull();
  });
});

describe('pending photos with the active store', () => {
  it('are stored there and removed from there when nobody finished the form', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#48c' } })
      .jpeg()
      .toBuffer();
    const photo = await storePendingPhoto(new Blob([new Uint8Array(jpeg)]));
    if (typeof photo === 'string') throw new Error(photo);
    const db = await getDb();
    const [row] = await db.select().from(media).where(eq(media.id, photo.id));
    const stored = await mediaStorage().get(row.storageKey);
    expect(stored).not.toBeNull();
    await stored!.body.cancel();

    // Dates given explicitly: the test passes whatever the clock says.
    await db
      .update(media)
      .set({ createdAt: new Date('2001-01-01T00:00:00Z') })
      .where(eq(media.id, photo.id));
    expect(await removeStalePendingPhotos(new Date('2001-01-02T00:00:00Z'))).toBe(1);
    expect(await mediaStorage().get(row.storageKey)).toBeNull();
  });
});
