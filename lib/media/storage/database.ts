import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { mediaObjects } from '@/db/schema';
import { checkKey, checkSize, streamOf, type MediaStorage } from './store';

/**
 * How much of a photo one query reads. A 10 MB photo is 20 queries of 512 KB, and at most one
 * slice (plus its hex form on the wire) is in memory at a time, however many staff look at it.
 */
export const SLICE_BYTES = 512 * 1024;

/**
 * Photos in PostgreSQL (table media_objects), so every instance serves every photo: the
 * default when DATABASE_URL is set. Writes take the caller's transaction; reads are streamed
 * in slices with substring(), which reads only the TOAST chunks of the slice (the column is
 * stored EXTERNAL, uncompressed: see the migration), so a large photo is never loaded whole.
 */
export function databaseStorage(getDb: () => Promise<DbOrTx>): MediaStorage {
  const slice = async (key: string, from: number) => {
    const [row] = await (
      await getDb()
    )
      .select({
        size: mediaObjects.size,
        part: sql`substring(${mediaObjects.bytes} from ${from + 1} for ${SLICE_BYTES})`.mapWith(
          mediaObjects.bytes,
        ),
      })
      .from(mediaObjects)
      .where(eq(mediaObjects.key, key));
    return row as { size: number; part: Buffer } | undefined;
  };
  return {
    inDatabase: true,
    async put(key, bytes, tx) {
      checkKey(key);
      checkSize(bytes);
      await (tx ?? (await getDb())).insert(mediaObjects).values({ key, size: bytes.length, bytes });
    },
    async get(key) {
      checkKey(key);
      // The first slice comes with the size: one query for any photo up to SLICE_BYTES.
      const first = await slice(key, 0);
      if (!first) return null;
      const { size } = first;
      if (first.part.length >= size) return { size, body: streamOf(first.part) };
      let head: Buffer | null = first.part;
      let offset = 0;
      const body = new ReadableStream<Uint8Array>({
        // Pulled as the response is sent: the next slice is read only when the client took this one.
        async pull(controller) {
          const part = head ?? (await slice(key, offset))?.part;
          head = null;
          if (!part?.length) {
            controller.error(new Error(`media ${key} was removed while it was read`));
            return;
          }
          controller.enqueue(part);
          offset += part.length;
          if (offset >= size) controller.close();
        },
      });
      return { size, body };
    },
    async remove(keys, tx) {
      if (!keys.length) return;
      keys.forEach(checkKey);
      await (tx ?? (await getDb())).delete(mediaObjects).where(inArray(mediaObjects.key, keys));
    },
  };
}
