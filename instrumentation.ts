/**
 * Start-up: validate configuration, open the database, apply migrations and seed the catalogue
 * before the first request (see lib/startup.ts). Not while `next build` prerenders: a build must
 * neither need nor touch a database (it would otherwise migrate and seed one at build time).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  await (await import('./lib/startup')).startup();
}
