import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Where photo bytes live. The default keeps them under DATA_DIR/media; an S3-compatible store
 * implements the same three calls for multi-instance deployments.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

function folderStorage(root: string): MediaStorage {
  const file = (key: string) => {
    if (!/^[a-zA-Z0-9._-]+$/.test(key)) throw new Error('invalid media key');
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      await fs.mkdir(root, { recursive: true });
      await fs.writeFile(file(key), bytes);
    },
    async get(key) {
      try {
        return await fs.readFile(file(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async remove(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}

let storage: MediaStorage | undefined;
export function mediaStorage(): MediaStorage {
  const dir = env().DATA_DIR;
  storage ??= folderStorage(
    dir === 'memory://'
      ? path.join(process.cwd(), '.next', 'test-media')
      : path.resolve(dir, 'media'),
  );
  return storage;
}
