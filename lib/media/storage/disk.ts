import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { checkKey, checkSize, type MediaStorage } from './store';

/** Photos as files in one folder: the embedded default (one process, one machine). */
export function diskStorage(root: string): MediaStorage {
  const file = (key: string) => path.join(root, checkKey(key));
  return {
    inDatabase: false,
    async put(key, bytes) {
      checkSize(bytes);
      await fs.mkdir(root, { recursive: true });
      // Written aside then renamed: a reader never sees half a photo.
      const tmp = `${file(key)}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file(key));
    },
    async get(key) {
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(file(key), 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
      try {
        const { size } = await handle.stat();
        // The stream closes the file when it ends or is cancelled (autoClose).
        const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
        return { size, body };
      } catch (e) {
        await handle.close();
        throw e;
      }
    },
    async remove(keys) {
      await Promise.all(keys.map((key) => fs.rm(file(key), { force: true })));
    },
  };
}
