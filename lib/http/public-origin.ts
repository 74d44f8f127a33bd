import { env } from '@/lib/env';

/**
 * The portal's public origin for absolute links in responses (Open311 discovery): PUBLIC_BASE_URL
 * when set, otherwise the origin of the request as the server itself was addressed. Never from
 * X-Forwarded-Host or similar headers a client can write.
 */
export function publicOrigin(requestUrl: string): string {
  const base = env().PUBLIC_BASE_URL;
  return new URL(base ?? requestUrl).origin;
}
