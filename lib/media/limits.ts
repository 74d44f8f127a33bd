/** Photo limits shared by the browser's early check and the server's real one (lib/media/process). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

/** The browser's quick check on a chosen file (the server still sniffs the content). */
export function photoProblem(file: { size: number; type: string; name: string }): string | null {
  if (file.size > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  const ok =
    /^image\/(jpeg|png|webp|heic|heif)$/.test(file.type) ||
    /\.(jpe?g|png|webp|heic|heif)$/i.test(file.name);
  return ok ? null : 'photo.type';
}
