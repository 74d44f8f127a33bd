import 'server-only';
import { findPendingPhotos, storePendingPhoto, type PendingPhoto } from './commands';
import { MAX_PHOTOS } from './limits';
import { photoUploadAllowed } from './upload-limit';

/**
 * The photos of a request form after a post: those it already had (still there) plus the ones
 * just chosen, at most MAX_PHOTOS. A batch that would go over the limit is refused as a whole
 * (the browser's own check does the same); otherwise each file is stored or refused on its
 * own. The first problem is reported, as a Validation message key. Each new photo counts
 * towards the upload limit of `address` (the client's, or null when unknown: upload-limit.ts);
 * a post without photos counts nothing.
 */
export async function formPhotos(
  keptIds: string[],
  uploads: FormDataEntryValue[],
  address: string | null,
): Promise<{ photos: PendingPhoto[]; error: string | null }> {
  const ids = [...new Set(keptIds)].slice(0, MAX_PHOTOS);
  const photos = await findPendingPhotos(ids);
  let error: string | null = photos.length < ids.length ? 'photo.expired' : null;
  const files = uploads.filter((u): u is File => u instanceof Blob && u.size > 0);
  if (photos.length + files.length > MAX_PHOTOS) return { photos, error: error ?? 'photo.tooMany' };
  for (const file of files) {
    if (!(await photoUploadAllowed(address))) {
      error ??= 'photo.rateLimited';
      break;
    }
    const stored = await storePendingPhoto(file);
    if (typeof stored === 'string') error ??= stored;
    else photos.push(stored);
  }
  return { photos, error };
}
