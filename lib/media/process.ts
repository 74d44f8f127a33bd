import 'server-only';
import sharp, { type Sharp } from 'sharp';
import { sniffImage } from './sniff';
import { PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS } from './limits';
import { heifImageSize } from './heif-size';
import { decodeHeic } from './heic-worker';

export { PHOTO_MAX_BYTES };

/** Long edge after re-encoding: enough for staff to see the problem, small on phone data. */
const MAX_EDGE = 2048;

export type ProcessedPhoto = {
  bytes: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
};
export type PhotoError = 'photo.tooLarge' | 'photo.type' | 'photo.invalid' | 'photo.dimensions';

/**
 * Sniffs the content, then decodes and re-encodes as JPEG. Re-encoding drops every metadata
 * block (EXIF with GPS position, camera serial, XMP, comments) and any payload hidden after the
 * image data; the EXIF orientation is applied to the pixels first so the photo stays upright.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto | PhotoError> {
  if (input.length > PHOTO_MAX_BYTES) return 'photo.tooLarge';
  const kind = sniffImage(input.subarray(0, 16));
  if (!kind) return 'photo.type';
  let source: Sharp;
  if (kind === 'heic') {
    // The size the file declares, checked before any decoding (see heif-size.ts).
    const size = heifImageSize(input);
    if (!size) return 'photo.invalid';
    if (size.width * size.height > PHOTO_MAX_PIXELS) return 'photo.dimensions';
    const decoded = await decodeHeic(input);
    // The decoder's own answer is checked too: the header is the file's word, not a promise.
    if (!decoded || decoded.width * decoded.height > PHOTO_MAX_PIXELS) return 'photo.invalid';
    const { width, height, data } = decoded;
    const pixels = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    source = sharp(pixels, { raw: { width, height, channels: 4 } });
  } else {
    // sharp's prebuilt libvips reads JPEG, PNG and WebP (HEVC-coded HEIC is not in it: patents),
    // reads the size from the header first and refuses more than the limit before decoding.
    const meta = await sharp(input)
      .metadata()
      .catch(() => null);
    if (!meta?.width || !meta.height) return 'photo.invalid';
    if (meta.width * meta.height > PHOTO_MAX_PIXELS) return 'photo.dimensions';
    source = sharp(input, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' });
  }
  try {
    const { data, info } = await source
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    return 'photo.invalid';
  }
}
