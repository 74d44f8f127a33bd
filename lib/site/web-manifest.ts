import type { MetadataRoute } from 'next';
import { localeDir, type Locale } from '@/lib/i18n/config';

/** The header's colour: the browser's title bar matches the page when the portal is installed. */
export const THEME_COLOR = '#1d2939';

/** PNG icons for the manifest, in public/icons (written by `npm run icons`). */
export const MANIFEST_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/**
 * The web app manifest of one language. One per locale, because the name under the icon on a
 * phone's home screen is the portal's name in the language the resident installed it in. Each
 * language is its own app (`id`), opening at its own home page, so a manifest never renames an
 * app someone installed in the other language; `scope` is the whole site, so switching
 * language inside the app stays in it.
 */
export function webManifest(
  locale: Locale,
  copy: { name: string; shortName: string; description: string },
): MetadataRoute.Manifest {
  return {
    id: `/${locale}`,
    name: copy.name,
    short_name: copy.shortName,
    description: copy.description,
    lang: locale,
    dir: localeDir(locale),
    start_url: `/${locale}`,
    scope: '/',
    // Keeps the browser's back and reload buttons: this is a website whose journeys rely on them.
    display: 'minimal-ui',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      ...MANIFEST_ICONS,
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
