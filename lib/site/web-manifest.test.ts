import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { MANIFEST_ICONS, webManifest } from './web-manifest';

/** Width and height from a PNG's header (IHDR), without an image library. */
function pngSize(file: string): string {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

describe('web app manifest', () => {
  it('names the portal in the language it was installed in, and opens there', async () => {
    for (const locale of locales) {
      const common = (await import(`../../locales/${locale}/Common.json`)).default;
      const m = webManifest(locale, {
        name: common.serviceName,
        shortName: common.appShortName,
        description: 'd',
      });
      expect(m).toMatchObject({ name: common.serviceName, lang: locale, start_url: `/${locale}` });
      expect(m.id).toBe(`/${locale}`);
      // Launchers cut names longer than about 12 to 15 characters.
      expect(m.short_name!.length).toBeLessThanOrEqual(15);
    }
  });

  it('lists icons that exist, at the sizes it says, including 192, 512 and a maskable one', () => {
    for (const icon of MANIFEST_ICONS) expect(pngSize(`public${icon.src}`)).toBe(icon.sizes);
    const sizes = MANIFEST_ICONS.map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(pngSize('app/apple-icon.png')).toBe('180x180');
    expect(fs.existsSync('app/icon.svg') && fs.existsSync('app/favicon.ico')).toBe(true);
  });
});
