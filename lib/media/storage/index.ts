import 'server-only';
import path from 'node:path';
import { env, type Env } from '@/lib/env';
import { getDb } from '@/lib/db';
import { databaseStorage } from './database';
import { diskStorage } from './disk';
import { s3Storage } from './s3';
import type { MediaStorage } from './store';

export type { MediaStorage, StoredObject } from './store';

/**
 * The process's photo store, from the configuration (lib/env.ts `mediaStore`): PostgreSQL by
 * default with DATABASE_URL (every instance reads every photo), a folder under DATA_DIR with
 * the embedded database, or an S3-compatible bucket with MEDIA_STORE=s3.
 */
export function mediaStorage(): MediaStorage {
  storage ??= open(env());
  return storage;
}
let storage: MediaStorage | undefined;

function open(e: Env): MediaStorage {
  switch (e.mediaStore) {
    case 'db':
      return databaseStorage(getDb);
    case 's3':
      return s3Storage({
        bucket: e.S3_BUCKET!,
        region: e.S3_REGION,
        endpoint: e.S3_ENDPOINT,
        forcePathStyle: e.S3_FORCE_PATH_STYLE ?? false,
        prefix: e.S3_PREFIX,
        credentials: e.AWS_ACCESS_KEY_ID
          ? {
              accessKeyId: e.AWS_ACCESS_KEY_ID,
              secretAccessKey: e.AWS_SECRET_ACCESS_KEY!,
              sessionToken: e.AWS_SESSION_TOKEN,
            }
          : undefined,
      });
    case 'disk':
      return diskStorage(
        e.DATA_DIR === 'memory://'
          ? path.join(process.cwd(), '.next', 'test-media')
          : path.resolve(e.DATA_DIR, 'media'),
      );
  }
}
