// Generates the service workers with Workbox after `astro build`: one per language, each scoped to its own pages
// and precaching the shared shell (the _astro/ build files, the icon, the manifest, the QR codes) and that ONE
// language's pages, never every language: dist/sw.js (scope /, English), dist/es/sw.js (scope /es/),
// dist/ar/sw.js (scope /ar/). Which one a page registers is decided in src/domain/sw-choice.ts. English's also
// caches the other languages' pages as they are visited (it controls them until their own is kept).
// Run through npm (Node 24), not bare node. Another build folder: `node scripts/build-sw.mjs --dir dist-base`
// (or OUT_DIR=dist-base), built with the same BASE_PATH as the site in it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSW } from 'workbox-build';
import { base } from '../site.config.mjs';

/** The languages with their own prefix (English is at the root); the same list as src/domain/locales.ts. */
export const PREFIXED_LOCALES = ['es', 'ar'];
/** Files every language's pages need. */
const SHELL = ['_astro/**/*.{js,css,svg,png}', 'icons/*.svg', 'manifest.webmanifest'];

/**
 * The shipped service worker's Workbox options for one language (tests/e2e/update.spec.ts builds "version 2"
 * with them too).
 * @param {string} outDir
 * @param {string} [sitePrefix]
 * @param {string} [locale] 'en' (the default) or one of PREFIXED_LOCALES
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerConfig(outDir, sitePrefix = base.endsWith('/') ? base : `${base}/`, locale = 'en') {
  const prefix = sitePrefix;
  const own = locale === 'en' ? '' : `${locale}/`;
  const pages = locale === 'en' ? ['**/*.html', 'schools/qr/*.svg'] : [`${own}**/*.html`, `${own}schools/qr/*.svg`];
  // Another language's pages, and the words its islands fetch (_astro/es-practise.*.js…), stay out.
  const otherLanguages = [
    ...(locale === 'en' ? PREFIXED_LOCALES.map((other) => `${other}/**`) : []),
    ...PREFIXED_LOCALES.filter((other) => other !== locale).map((other) => `_astro/${other}-*.js`),
  ];
  return {
    globDirectory: outDir,
    globPatterns: [...SHELL, ...pages],
    // Link-preview image and crawler files are never needed offline.
    // The PNG icons are only read when installing (online); pages use the SVG icon.
    // The QR codes for each country (/schools/qr/<region>/*.svg) are kept once shown (runtimeCaching below); the
    // codes without a country (/schools/qr/*.svg, what the poster prints before a choice) are precached.
    globIgnores: [
      '**/sw.js',
      'workbox-*.js',
      '_headers',
      'og-image.png',
      'icons/*.png',
      'schools/qr/*/*.svg',
      ...otherLanguages,
    ],
    swDest: join(outDir, own, 'sw.js'),
    modifyURLPrefix: { '': prefix },
    directoryIndex: 'index.html',
    // Hashed build files change name when their content changes; no cache-busting query needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    ignoreURLParametersMatching: [/.*/],
    // An update waits until the page asks for it ("A new version is ready — Reload").
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      // A country's QR codes (seven sets, about 25 KB gzip together) are kept once shown, not precached: a school
      // uses the one set for its country. Served from the cache at once, refreshed in the background. (The codes
      // without a country are precached and answered before this route.)
      {
        // A RegExp, not a function: Workbox writes the function's source into sw.js, without the prefix it reads.
        urlPattern: new RegExp(`^[^?#]*${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}schools/qr/[^?#]+\\.svg$`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'open-door-qr-codes' },
      },
      ...(locale === 'en'
        ? [
            // Another language's page, while English's worker controls it (that language is not kept yet):
            // from the network, kept once visited, so it opens offline next time.
            {
              urlPattern: new RegExp(
                `^https?://[^/]+${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:${PREFIXED_LOCALES.join('|')})/`,
              ),
              handler: /** @type {const} */ ('NetworkFirst'),
              options: {
                cacheName: 'open-door-visited-pages',
                precacheFallback: { fallbackURL: `${prefix}offline/index.html` },
              },
            },
          ]
        : []),
      // Pages not in the precache (there should be none) fall back to the offline page when the network fails.
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${prefix}${own}offline/index.html` } },
      },
    ],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
  for (const locale of ['en', ...PREFIXED_LOCALES]) {
    if (locale !== 'en' && !existsSync(join(values.dir, locale))) continue;
    const { count, size, warnings } = await generateSW(serviceWorkerConfig(values.dir, undefined, locale));
    for (const warning of warnings) console.warn(`workbox (${locale}): ${warning}`);
    console.log(
      `Service worker (${locale}): precached ${count} files, ${(size / 1024).toFixed(1)} KiB (before compression).`,
    );
  }
}
