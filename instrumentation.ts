/**
 * Start-up: validate configuration, open the database, apply migrations and seed the catalogue
 * before the first request (see lib/startup.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./lib/startup')).startup();
}
