import { sql } from 'drizzle-orm';
import { check, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { PHOTO_MAX_BYTES } from '../../lib/media/limits';

/** node-postgres reads bytea as a Buffer, PGlite as a Uint8Array: both become a Buffer (no copy). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength)),
});

/**
 * Photo bytes when they are kept in PostgreSQL (lib/media/storage/database.ts), so every
 * instance serves every photo. `key` is media.storage_key; not a foreign key, since the same
 * key names bytes on disk or in S3 with the other stores. The size is checked here too, so
 * nothing over the photo limit is stored whoever writes.
 */
export const mediaObjects = pgTable(
  'media_objects',
  {
    key: text('key').primaryKey(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'media_objects_size_check',
      sql`${t.size} = octet_length(${t.bytes}) and ${t.size} <= ${sql.raw(String(PHOTO_MAX_BYTES))}`,
    ),
  ],
);
