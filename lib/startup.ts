import { readEnv } from './env';
import { database } from './db';
import { isDatabaseUnavailable } from '@/db/unavailable';

/**
 * Validates configuration, opens (migrates, seeds) the database and creates the bootstrap
 * admin. A bad configuration stops the server with a message naming the variable.
 */
export async function startup(): Promise<void> {
  try {
    const env = readEnv();
    if (Boolean(env.STAFF_BOOTSTRAP_EMAIL) !== Boolean(env.STAFF_BOOTSTRAP_PASSWORD)) {
      throw new Error(
        'Invalid configuration:\n  STAFF_BOOTSTRAP_EMAIL and STAFF_BOOTSTRAP_PASSWORD go together',
      );
    }
    if (env.SMS_API_URL && !env.SMS_FROM) {
      throw new Error('Invalid configuration:\n  SMS_FROM is required with SMS_API_URL');
    }
    try {
      await databaseReady(env);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // Down at start-up: serve anyway ("temporarily unavailable", /api/health 503) and open,
      // migrate and seed it as soon as it answers (requests retry too: lib/db).
      console.error('Database unavailable at start-up; retrying every 5 s.');
      retryUntilReady(env);
    }
    // Messages to residents leave from every instance (SKIP LOCKED keeps them apart): over
    // SMTP_URL and the SMS provider when configured, otherwise as files under DATA_DIR/outbox.
    // The catalogue and the same-for-everyone pages are kept in memory from here on, each
    // check against the database's content version (lib/site/content-version.ts).
    const { publishContentVersion } = await import('./site/content-version');
    publishContentVersion();
    const { startHousekeeping } = await import('./security/housekeeping');
    startHousekeeping();
    const { startOutboxWorker } = await import('./outbox/worker');
    startOutboxWorker(env.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`);
    console.log(
      `Outbox: e-mail ${env.SMTP_URL ? 'over SMTP_URL' : 'to files in DATA_DIR/outbox'}, ` +
        `text messages ${env.SMS_API_URL ? 'through SMS_API_URL' : 'to files in DATA_DIR/outbox'}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

type Env = ReturnType<typeof readEnv>;

/** Opens the database and creates the bootstrap admin. */
async function databaseReady(env: Env): Promise<void> {
  const { driver } = await database();
  if (env.STAFF_BOOTSTRAP_EMAIL && env.STAFF_BOOTSTRAP_PASSWORD) {
    const { ensureBootstrapAdmin } = await import('./auth/users');
    const created = await ensureBootstrapAdmin(
      env.STAFF_BOOTSTRAP_EMAIL,
      env.STAFF_BOOTSTRAP_PASSWORD,
    );
    if (created && !created.ok) {
      const { validationText } = await import('./i18n/english');
      throw new Error(
        `Invalid configuration:\n  STAFF_BOOTSTRAP_PASSWORD: ${validationText(created.error)}`,
      );
    }
    if (created?.ok) console.log(`Bootstrap admin ${env.STAFF_BOOTSTRAP_EMAIL} created`);
  }
  console.log(`Database ready (${driver})`);
}

function retryUntilReady(env: Env) {
  setTimeout(() => {
    databaseReady(env).catch((error) => {
      if (isDatabaseUnavailable(error)) return retryUntilReady(env);
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }, 5_000).unref();
}
