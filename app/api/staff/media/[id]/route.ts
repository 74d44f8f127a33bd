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
  const bytes = photo ? await mediaStorage().get(photo.storageKey) : null;
  if (!photo || !bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': photo.contentType,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
