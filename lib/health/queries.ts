import 'server-only';
import { probeDatabase } from '@/lib/db';

/**
 * True when the database answers a trivial query within seconds (bounded: a stopped or
 * unreachable server answers false, it does not keep the load balancer waiting).
 */
export async function databaseAnswers(): Promise<boolean> {
  return probeDatabase();
}
