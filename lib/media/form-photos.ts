import 'server-only';
import { findPendingPhotos, storePendingPhoto, type PendingPhoto } from './commands';
import { MAX_PHOTOS } from './limits';

/**
 * The photos of a request form after a post: those it already had (still there) plus the ones
 * just chosen, at most MAX_PHOTOS. A batch that would go over the limit is refused as a whole
 * (the browser's own check does the same); otherwise each file is stored or refused on its
 * own. The first problem is reported, as a Validation message key.
 */
export async function formPhotos(
  keptIds: string[],
  uploads: FormDataEntryValue[],
): Promise<{ photos: PendingPhoto[]; error: string | null }> {
  const ids = [...new Set(keptIds)].slice(0, MAX_PHOTOS);
  const photos = await findPendingPhotos(ids);
  let error: string | null = photos.length < ids.length ? 'photo.expired' : null;
  const files = uploads.filter((u): u is File => u instanceof Blob && u.size > 0);
  if (photos.length + files.length > MAX_PHOTOS) return { photos, error: error ?? 'photo.tooMany' };
  for (const file of files) {
    const stored = await storePendingPhoto(file);
    if (typeof stored === 'string') error ??= stored;
    else photos.push(stored);
  }
  return { photos, error };
}
