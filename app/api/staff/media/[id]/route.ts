import { currentStaff } from '@/lib/auth/current';
import { getStaffPhoto } from '@/lib/staff/request';
import { mediaStorage } from '@/lib/media/storage';

/**
 * Residents' photos, for staff only: the session and the agency rule are checked here, on every
 * request (not in the proxy). Unknown, foreign and anonymous all get the same 404.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentStaff();
  const photo = user ? await getStaffPhoto(user, (await params).id) : null;
  // Streamed from the store (a folder, PostgreSQL in slices, or S3): never held whole here.
  const stored = photo ? await mediaStorage().get(photo.storageKey) : null;
  if (!photo || !stored) return new Response('Not found', { status: 404 });
  return new Response(stored.body, {
    headers: {
      'Content-Type': photo.contentType,
      ...(stored.size === undefined ? {} : { 'Content-Length': String(stored.size) }),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
