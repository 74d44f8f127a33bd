import { createHash } from 'node:crypto';
import type { DbOrTx } from '../client';
import { apiKeys } from '../schema';

export const hashApiKey = (raw: string) => createHash('sha256').update(raw).digest('hex');

/** Stores a key's hash (and a prefix to recognise it by); an existing key is left as it is. */
export async function insertApiKey(
  db: DbOrTx,
  name: string,
  raw: string,
): Promise<number | undefined> {
  const [row] = await db
    .insert(apiKeys)
    .values({ name, prefix: raw.slice(0, 8), keyHash: hashApiKey(raw) })
    .onConflictDoNothing({ target: apiKeys.keyHash })
    .returning({ id: apiKeys.id });
  return row?.id;
}
