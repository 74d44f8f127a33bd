/**
 * Assigns council districts to located requests that have none (rows created before the
 * council_district column, migration 0010), or to every located request with --all (after the
 * district boundaries in lib/geo/data are replaced). Uses DATABASE_URL, or the embedded database.
 *
 *   npm run districts:assign [-- --all]
 *
 * Figures already computed keep their districts until the next refresh of the transparency page.
 */
const { assignCouncilDistricts } = await import('../lib/geo/commands');
const { closeDatabase } = await import('../lib/db');

const all = process.argv.includes('--all');
const { seen, changed } = await assignCouncilDistricts({ all });
console.log(`Council districts: ${seen} located requests looked at, ${changed} updated.`);
await closeDatabase();
