import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireLock } from './lock';

/**
 * Backups of the embedded database (PGlite in DATA_DIR/pglite). PGlite is PostgreSQL compiled to
 * WebAssembly in this process, so pg_dump cannot reach it; PGlite's own `dumpDataDir()` writes the
 * whole data folder as a (gzipped) tarball and `loadDataDir` starts a new folder from one. Both
 * take the folder's lock first, so neither runs while the server (or anything else) has it open:
 * a copy taken under a live writer could be torn.
 */
const folder = (dataDir: string) => path.resolve(dataDir, 'pglite');
const lockFile = (dataDir: string) => path.resolve(dataDir, 'pglite.lock');

export async function dumpEmbedded(dataDir: string, file: string): Promise<number> {
  if (!fs.existsSync(path.join(folder(dataDir), 'PG_VERSION'))) {
    throw new Error(`No embedded database in ${folder(dataDir)}`);
  }
  const release = acquireLock(lockFile(dataDir));
  try {
    const db = await PGlite.create(folder(dataDir));
    try {
      const tarball = await db.dumpDataDir('gzip');
      const bytes = Buffer.from(await tarball.arrayBuffer());
      // Written beside the target, then renamed: an interrupted dump never looks complete.
      fs.writeFileSync(`${file}.partial`, bytes);
      fs.renameSync(`${file}.partial`, file);
      return bytes.length;
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/** Restores into a DATA_DIR whose database folder is absent or empty; never over a live one. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const target = folder(dataDir);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new Error(
      `${target} already holds a database: move it aside (or choose another DATA_DIR) to restore`,
    );
  }
  const tarball = new Blob([fs.readFileSync(file)]);
  fs.mkdirSync(target, { recursive: true });
  const release = acquireLock(lockFile(dataDir));
  try {
    const db = await PGlite.create({ dataDir: target, loadDataDir: tarball });
    await db.query('select 1'); // proves the restored folder opens
    await db.close();
  } finally {
    release();
  }
}
