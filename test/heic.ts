import fs from 'node:fs';
import path from 'node:path';

/** The small iPhone-style sample photo (96 × 64). */
export const sampleHeic = () => fs.readFileSync(path.resolve('test/fixtures/sample.heic'));

/**
 * The sample with every `ispe` box declaring `width` × `height`: what the crafted file of the
 * security review did (a few KB declaring an image of billions of pixels).
 */
export function heicDeclaring(width: number, height: number): Buffer {
  const b = Buffer.from(sampleHeic());
  for (let at = b.indexOf('ispe'); at !== -1; at = b.indexOf('ispe', at + 4)) {
    b.writeUInt32BE(width, at + 8);
    b.writeUInt32BE(height, at + 12);
  }
  return b;
}
