/**
 * Start-up: validate configuration, open the database, apply migrations and seed the catalogue
 * before the first request. A bad configuration stops the server with a message naming the
 * variable, rather than failing on some later request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readEnv } = await import('./lib/env');
  try {
    readEnv();
    const { database } = await import('./lib/db');
    const { driver } = await database();
    console.log(`Database ready (${driver})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
