// `npm run db:migrate` applies pending migrations; `npm run db:seed` also seeds the catalogue.
// Uses the same configuration as the app (DATABASE_URL, or PGlite in DATA_DIR).
import { openDatabase } from '../db/client';
import { seedCatalogue } from '../db/seed/run';
import { readEnv } from '../lib/env';

const env = readEnv();
const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
console.log(`Migrations applied (${handle.driver}).`);
if (process.argv.includes('--seed')) {
  await seedCatalogue(handle.db);
  console.log('Catalogue seeded.');
}
await handle.close();
