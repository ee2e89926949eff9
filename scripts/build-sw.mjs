// Generates dist/sw.js with Workbox after `astro build`: every built page and asset is precached,
// so the whole site works offline after the first visit. Run through npm (Node 24), not bare node.
// Another build folder: `node scripts/build-sw.mjs --dir dist-base` (or OUT_DIR=dist-base), built with the same
// BASE_PATH as the site in it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSW } from 'workbox-build';
import { base } from '../site.config.mjs';

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
    // The QR codes for each country (/schools/qr/<region>/*.svg) are kept once shown (runtimeCaching below); the
    // codes without a country (/schools/qr/*.svg, what the poster prints before a choice) are precached.
    globIgnores: ['sw.js', 'workbox-*.js', '_headers', 'og-image.png', 'icons/*.png', 'schools/qr/*/*.svg'],
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
      // A country's QR codes (seven sets, about 25 KB gzip together) are kept once shown, not precached: a school
      // uses the one set for its country. Served from the cache at once, refreshed in the background. (The codes
      // without a country are precached and answered before this route.)
      {
        // A RegExp, not a function: Workbox writes the function's source into sw.js, without the prefix it reads.
        urlPattern: new RegExp(`^[^?#]*${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}schools/qr/[^?#]+\\.svg$`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'open-door-qr-codes' },
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
