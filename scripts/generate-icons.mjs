// Writes the portal's icons from one drawing, in the accent colour of styles/globals.css:
//   app/icon.svg          the favicon modern browsers use (sharp at any size)
//   app/favicon.ico       16, 32 and 48 px, for browsers and tools that ask for /favicon.ico
//   app/apple-icon.png    180 px, full square (iOS rounds the corners itself, and would fill
//                         transparent corners with black)
//   public/icons/*.png    192 and 512 px for the web app manifest, and a 512 px "maskable" one
//                         whose pin stays inside the safe circle Android crops to
// Run after changing the drawing or the accent: `npm run icons`; the results are committed, so
// neither the build nor `npm install` runs this.
import fs from 'node:fs';
import sharp from 'sharp';

const css = fs.readFileSync('styles/globals.css', 'utf8');
const accent = css.match(/--brs-accent:\s*(#[0-9a-f]{6})/i)?.[1];
if (!accent) throw new Error('styles/globals.css defines no --brs-accent: #rrggbb');

// A map pin (where the problem is) in white on the accent: two shapes and a hole, so it still
// reads at 16 px. Drawn on a 32-unit grid.
const pin = (color) =>
  `<path fill="#fff" d="M16 3.5c-5 0-9 3.9-9 8.9C7 18.9 16 28.5 16 28.5s9-9.6 9-16.1c0-5-4-8.9-9-8.9z"/>` +
  `<circle cx="16" cy="12.5" r="3.6" fill="${color}"/>`;

/** Rounded tile with the pin nearly filling it: favicons and "any" purpose icons. */
const tile = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${accent}"/>${pin(accent)}</svg>\n`;

/** Square edge to edge, pin scaled to stay inside the middle 80% (the maskable safe zone): Apple touch icon and maskable icon. */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${accent}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16)">${pin(accent)}</g></svg>\n`;

const png = (svg, size) =>
  sharp(Buffer.from(svg), { density: 72 * (size / 32) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

/** An ICO file holding PNG images (understood by every browser since IE 11 / Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 means 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

fs.mkdirSync('public/icons', { recursive: true });
const write = (file, data) => {
  fs.writeFileSync(file, data);
  console.log(`${file} (${data.length} bytes)`);
};
write('app/icon.svg', tile);
write(
  'app/favicon.ico',
  ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(tile, size) })))),
);
write('app/apple-icon.png', await png(fullBleed, 180));
write('public/icons/icon-192.png', await png(tile, 192));
write('public/icons/icon-512.png', await png(tile, 512));
write('public/icons/icon-maskable-512.png', await png(fullBleed, 512));
