// Generates dist/sw.js with Workbox after `astro build`: every built page and asset is precached,
// so the whole site works offline after the first visit. Run through npm (Node 24), not bare node.
// Another build folder: `node scripts/build-sw.mjs --dir dist-base` (or OUT_DIR=dist-base), built with the same
// BASE_PATH as the site in it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSW } from 'workbox-build';
import { base } from '../site.config.mjs';

/** The schools kit's pages (paths under the site prefix), runtime-cached instead of precached. */
export const SCHOOLS_KIT_PAGES = ['schools/', 'schools/poster/', 'schools/flyer/'];

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The shipped service worker's Workbox options (tests/e2e/update.spec.ts builds "version 2" with them too).
 * @param {string} outDir
 * @param {string} [sitePrefix]
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerConfig(outDir, sitePrefix = base.endsWith('/') ? base : `${base}/`) {
  const prefix = sitePrefix;
  return {
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,ico}'],
    // Link-preview image and crawler files are never needed offline.
    // The PNG icons are only read when installing (online); pages use the SVG icon.
    // The schools kit (/schools/, its poster, flyer and QR codes) is for staff preparing a newsletter, online: it is
    // kept once visited (runtimeCaching below) rather than precached on every family's phone, where the precache
    // budget is better spent on the pages a family and a young person need.
    globIgnores: ['sw.js', 'workbox-*.js', '_headers', 'og-image.png', 'icons/*.png', 'schools/**'],
    swDest: join(outDir, 'sw.js'),
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
    // Pages not in the precache (there should be none) fall back to the offline page when the network fails.
    runtimeCaching: [
      // The schools kit's QR codes (a set without a country and one per country) are kept once shown: a school uses
      // the one set for its country. Served from the cache at once, refreshed in the background.
      {
        // A RegExp, not a function: Workbox writes the function's source into sw.js, without the prefix it reads.
        urlPattern: new RegExp(`^[^?#]*${escapeRegExp(prefix)}schools/qr/[^?#]+\\.svg$`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'open-door-qr-codes' },
      },
      {
        // The schools kit's pages, whatever the query (?region=ie): the network first, the copy kept from the last
        // visit when offline, and the offline page when it was never visited.
        urlPattern: new RegExp(
          `^[^?#]*${escapeRegExp(prefix)}(?:${SCHOOLS_KIT_PAGES.map(escapeRegExp).join('|')})(?:index\\.html)?(?:[?#].*)?$`,
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
        options: { precacheFallback: { fallbackURL: `${prefix}offline/index.html` } },
      },
    ],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
  const { count, size, warnings } = await generateSW(serviceWorkerConfig(values.dir));
  for (const warning of warnings) console.warn(`workbox: ${warning}`);
  console.log(`Service worker: precached ${count} files, ${(size / 1024).toFixed(1)} KiB (before compression).`);
}
