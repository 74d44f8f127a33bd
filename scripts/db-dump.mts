// Backups of the embedded database (see "Backing up and restoring" in the README):
//   npm run db:dump -- backup.tar.gz       the DATA_DIR database, with the server stopped
//   npm run db:restore -- backup.tar.gz    into a DATA_DIR with no database yet
// With DATABASE_URL set, use pg_dump / pg_restore instead.
import { dumpEmbedded, restoreEmbedded } from '../db/backup';
import { readEnv } from '../lib/env';

const env = readEnv();
const restore = process.argv.includes('--restore');
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error(`Usage: npm run db:${restore ? 'restore' : 'dump'} -- FILE`);
  process.exit(2);
}
if (env.DATABASE_URL) {
  console.error(
    'DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc and restore with pg_restore ' +
      '(README, "Backing up and restoring").',
  );
  process.exit(2);
}
try {
  if (restore) {
    await restoreEmbedded(env.DATA_DIR, file);
    console.log(`Restored ${file} into ${env.DATA_DIR}.`);
  } else {
    const bytes = await dumpEmbedded(env.DATA_DIR, file);
    console.log(`Dumped ${env.DATA_DIR} to ${file} (${bytes} bytes).`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
