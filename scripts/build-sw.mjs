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

/** The schools kit's pages (paths under a language's prefix), runtime-cached instead of precached. */
export const SCHOOLS_KIT_PAGES = ['schools/', 'schools/poster/', 'schools/flyer/'];

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const pages = locale === 'en' ? ['**/*.html'] : [`${own}**/*.html`];
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
    // The schools kit (/schools/, its poster, flyer and QR codes) is for staff preparing a newsletter, online: it is
    // kept once visited (runtimeCaching below) rather than precached on every family's phone, where the precache
    // budget is better spent on the pages a family and a young person need.
    globIgnores: [
      '**/sw.js',
      'workbox-*.js',
      '_headers',
      'og-image.png',
      'icons/*.png',
      `${own}schools/**`,
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
      // The schools kit's QR codes (a set without a country and one per country) are kept once shown: a school uses
      // the one set for its country. Served from the cache at once, refreshed in the background.
      {
        // A RegExp, not a function: Workbox writes the function's source into sw.js, without the prefix it reads.
        urlPattern: new RegExp(`^[^?#]*${escapeRegExp(prefix)}schools/qr/[^?#]+\\.svg$`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'open-door-qr-codes' },
      },
      ...(locale === 'en'
        ? [
            // Another language's page, while English's worker controls it (that language is not kept yet):
            // from the network, kept once visited, so it opens offline next time.
            {
              urlPattern: new RegExp(
                `^https?://[^/]+${escapeRegExp(prefix)}(?:${PREFIXED_LOCALES.join('|')})/`,
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
        // The schools kit's pages, whatever the query (?region=ie): the network first, the copy kept from the last
        // visit when offline, and the offline page when it was never visited.
        urlPattern: new RegExp(
          `^[^?#]*${escapeRegExp(prefix)}(?:(?:${PREFIXED_LOCALES.join('|')})/)?(?:${SCHOOLS_KIT_PAGES.map(escapeRegExp).join('|')})(?:index\\.html)?(?:[?#].*)?$`,
        ),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'open-door-schools-kit',
          precacheFallback: { fallbackURL: `${prefix}offline/index.html` },
        },
      },
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
