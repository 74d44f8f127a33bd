import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
