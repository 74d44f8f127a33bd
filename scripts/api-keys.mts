// Open311 API keys for operators (admins also manage them in the staff console):
//   npm run api-keys -- create "FixMyStreet Baltimore"   prints the new key once
//   npm run api-keys -- list                              names and prefixes only
//   npm run api-keys -- revoke 3
const { createApiKey, listApiKeys, revokeApiKey } = await import('../lib/open311/api-keys');
const { closeDatabase } = await import('../lib/db');

const [command, arg] = process.argv.slice(2);
try {
  if (command === 'create' && arg) {
    const { key } = await createApiKey(arg);
    console.log(
      `Created. Give this key to the client now; it is not stored and cannot be shown again:\n${key}`,
    );
  } else if (command === 'list') {
    for (const k of await listApiKeys()) {
      console.log(`${k.id}\t${k.prefix}…\t${k.revokedAt ? 'revoked' : 'active'}\t${k.name}`);
    }
  } else if (command === 'revoke' && /^\d+$/.test(arg ?? '')) {
    console.log((await revokeApiKey(Number(arg))) ? 'Revoked.' : 'No active key with that id.');
  } else {
    console.error('Usage: npm run api-keys -- create NAME | list | revoke ID');
    process.exitCode = 2;
  }
} finally {
  await closeDatabase();
}
