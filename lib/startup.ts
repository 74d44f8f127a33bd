import { readEnv } from './env';
import { database } from './db';

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
    if (env.SMTP_URL) {
      // No public origin is configured yet (lib/env.ts has none), so survey links point at this
      // server's own port: right for a single machine, wrong behind a proxy or a load balancer.
      const { startOutboxWorker } = await import('./outbox/worker');
      startOutboxWorker(env.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? `http://localhost:${env.PORT}`);
      console.log('Outbox: e-mail delivery over SMTP_URL every 15 s');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
