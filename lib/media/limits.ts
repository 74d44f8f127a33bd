/** Photo limits shared by the browser's early check and the server's real one (lib/media/process). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Pixels a photo may have (60 megapixels: well above any phone camera). Checked against the
 * size the file's header declares, before decoding, since a small file can declare a huge image.
 */
export const PHOTO_MAX_PIXELS = 60_000_000;
/** Photos one request may carry. */
export const MAX_PHOTOS = 3;
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

/**
 * The largest form post the portal reads (the proxy answers 413 above it, lib/media/too-large).
 * Three photos at the limit plus room for a photo somewhat over it, so a resident who picks a
 * 12 MB photo gets the form back with its own message and every answer kept. next.config.js
 * sets the framework's limits (proxyClientMaxBodySize, serverActions.bodySizeLimit) just above
 * this; a unit test keeps them in step.
 */
export const FORM_BODY_MAX_BYTES = 40 * 1024 * 1024;

/** The browser's quick check on a chosen file (the server still sniffs the content). */
export function photoProblem(file: { size: number; type: string; name: string }): string | null {
  if (file.size > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  const ok =
    /^image\/(jpeg|png|webp|heic|heif)$/.test(file.type) ||
    /\.(jpe?g|png|webp|heic|heif)$/i.test(file.name);
  return ok ? null : 'photo.type';
}

/** The problem with adding `files` to `attached` photos, if any: too many, then the first bad one. */
export function photosProblem(
  files: { size: number; type: string; name: string }[],
  attached: number,
): string | null {
  if (attached + files.length > MAX_PHOTOS) return 'photo.tooMany';
  for (const f of files) {
    const p = photoProblem(f);
    if (p) return p;
  }
  return null;
}
