import 'server-only';
import { hit } from '@/lib/rate-limit/commands';

/**
 * Photos anyone may send without an account: each is decoded and re-encoded, which costs the
 * server far more than the post, so they are counted per client address (lib/http/
 * client-address.ts, from TRUSTED_PROXY_HOPS). 30 photos in 10 minutes is ten full requests
 * from one address, more than a resident correcting a form needs.
 *
 * Without a trusted proxy the address cannot be known (X-Forwarded-For is the client's word,
 * and a new value per post would be a new bucket), so every client shares one bucket with a
 * higher limit: a flood then costs others their photos for a few minutes — never their request,
 * which goes on without them, with a message saying so — instead of costing the server.
 */
export const UPLOAD_WINDOW_SECONDS = 600;
export const UPLOADS_PER_ADDRESS = 30;
export const UPLOADS_SHARED = 300;

/** Counts one photo about to be processed; false when its address is over the limit. */
export async function photoUploadAllowed(address: string | null): Promise<boolean> {
  const bucket = address ? `upload:addr:${address}` : 'upload:shared';
  const limit = address ? UPLOADS_PER_ADDRESS : UPLOADS_SHARED;
  return (await hit(bucket, UPLOAD_WINDOW_SECONDS)) <= limit;
}
