import type { DbOrTx } from '@/db/client';
import { PHOTO_MAX_BYTES } from '../limits';

/** A stored photo as read back: its size when known (Content-Length) and its bytes as a stream. */
export type StoredObject = { size?: number; body: ReadableStream<Uint8Array> };

/**
 * Where photo bytes live: a folder (embedded default), PostgreSQL (default with DATABASE_URL)
 * or an S3-compatible bucket (lib/media/storage/index.ts chooses). Reads are streams, so
 * serving a large photo never holds several copies of it in memory.
 */
export interface MediaStorage {
  /**
   * True when the bytes live in the application database: put and remove then take the
   * caller's transaction, so the bytes and the media row naming them commit together.
   */
  readonly inDatabase: boolean;
  /** Refuses (throws) a key that is not a plain file name and bytes over PHOTO_MAX_BYTES. */
  put(key: string, bytes: Buffer, tx?: DbOrTx): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removing what is not there is not an error. */
  remove(keys: string[], tx?: DbOrTx): Promise<void>;
}

/** Keys are file names ("<32 hex>.jpg"): nothing that could climb out of a folder or a prefix. */
export function checkKey(key: string): string {
  if (!/^[a-zA-Z0-9_-][a-zA-Z0-9._-]*$/.test(key)) throw new Error('invalid media key');
  return key;
}

/** The cap, at the store, whatever the caller checked before. */
export function checkSize(bytes: Buffer): void {
  if (bytes.length > PHOTO_MAX_BYTES) {
    throw new Error(`media over ${PHOTO_MAX_BYTES} bytes refused (${bytes.length})`);
  }
}

/** A stream of one buffer already in memory. */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (bytes.length) controller.enqueue(bytes);
      controller.close();
    },
  });
}
