import { readEnv } from './env';
import { database } from './db';

/** A bad configuration stops the server with a message naming the variable. */
export async function startup(): Promise<void> {
  try {
    readEnv();
    const { driver } = await database();
    console.log(`Database ready (${driver})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
