import 'server-only';
import sharp from 'sharp';
import { sniffImage } from './sniff';

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Long edge after re-encoding: enough for staff to see the problem, small on phone data. */
const MAX_EDGE = 2048;

export type ProcessedPhoto = { bytes: Buffer; width: number; height: number; contentType: 'image/jpeg' };
export type PhotoError = 'photo.tooLarge' | 'photo.type' | 'photo.invalid';

/**
 * Sniffs the content, then decodes and re-encodes as JPEG. Re-encoding drops every metadata
 * block (EXIF with GPS position, camera serial, XMP, comments) and any payload hidden after the
 * image data; the EXIF orientation is applied to the pixels first so the photo stays upright.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto | PhotoError> {
  if (input.length > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  const kind = sniffImage(input.subarray(0, 16));
  if (!kind) return 'photo.type';
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 60_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    // Includes HEIC files whose codec this build of libvips cannot decode.
    return 'photo.invalid';
  }
}
