// Generates the service workers with Workbox after `astro build`: one per language, each scoped to its own pages
// and precaching the shared shell (the _astro/ build files, the icon, the manifest, the QR codes) and that ONE
// language's pages, never every language: dist/sw.js (scope /, English), dist/es/sw.js (scope /es/),
// dist/ar/sw.js (scope /ar/). Which one a page registers is decided in src/domain/sw-choice.ts. English's also
// caches the other languages' pages as they are visited (it controls them until their own is kept).
// Run through npm (Node 24), not bare node. Another build folder: `node scripts/build-sw.mjs --dir dist-base`
// (or OUT_DIR=dist-base), built with the same BASE_PATH as the site in it.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';
import { base } from '../site.config.mjs';
import { OFFLINE_COPY_FILE } from './offline-copy.mjs';
import { planPrecache } from './precache-plan.mjs';

/** The schools kit's pages (paths under a language's prefix), runtime-cached instead of precached. */
export const SCHOOLS_KIT_PAGES = ['schools/', 'schools/poster/', 'schools/flyer/'];

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The languages with their own prefix (English is at the root); the same list as src/domain/locales.ts. */
export const PREFIXED_LOCALES = ['es', 'ar'];
/** The precache budget per language (README, DESIGN.md), in gzip bytes, and the part of it pages may fill: the rest is
 * left for the service worker file itself, which lists them. */
export const PRECACHE_BUDGET_BYTES = 500 * 1024;
const PRECACHE_CEILING_BYTES = PRECACHE_BUDGET_BYTES - 10 * 1024;
/** The list of a language's pages that are kept once read instead of precached, beside its service worker. */
export const KEEP_LIST_FILE = 'keep-offline.json';
/** @param {string} locale */
export const keptPagesCache = (locale) => `open-door-kept-${locale}`;

const MAXIMUM_FILE_BYTES = 2 * 1024 * 1024;
/** Files every language's pages need. */
const SHELL = ['_astro/**/*.{js,css,svg,png}', 'icons/*.svg', 'manifest.webmanifest'];

/**
 * The shipped service worker's Workbox options for one language (tests/e2e/update.spec.ts builds "version 2"
 * with them too).
 * @param {string} outDir
 * @param {string} [sitePrefix]
 * @param {string} [locale] 'en' (the default) or one of PREFIXED_LOCALES
 * @param {string[]} [keptOnceRead] pages (paths under the language's prefix) left out of the precache by
 *   precachePlan: kept once read, or all at once with "Keep every page for offline use"
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerConfig(
  outDir,
  sitePrefix = base.endsWith('/') ? base : `${base}/`,
  locale = 'en',
  keptOnceRead = [],
) {
  const prefix = sitePrefix;
  const own = locale === 'en' ? '' : `${locale}/`;
  // Each page's offline copy (scripts/offline-copy.mjs), served for the page's address (directoryIndex below).
  const pages = locale === 'en' ? [`**/${OFFLINE_COPY_FILE}`, '404.html'] : [`${own}**/${OFFLINE_COPY_FILE}`];
  // Another language's pages, and the words its islands fetch (_astro/es-practise.*.js…), stay out.
  const otherLanguages = [
    ...(locale === 'en' ? PREFIXED_LOCALES.map((other) => `${other}/**`) : []),
    ...PREFIXED_LOCALES.filter((other) => other !== locale).map((other) => `_astro/${other}-*.js`),
  ];
  return {
    globDirectory: outDir,
    globPatterns: [...SHELL, ...pages, `${own}${KEEP_LIST_FILE}`],
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
      ...keptOnceRead.map((path) => `${own}${path}${OFFLINE_COPY_FILE}`),
    ],
    swDest: join(outDir, own, 'sw.js'),
    modifyURLPrefix: { '': prefix },
    directoryIndex: OFFLINE_COPY_FILE,
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
              urlPattern: new RegExp(`^https?://[^/]+${escapeRegExp(prefix)}(?:${PREFIXED_LOCALES.join('|')})/`),
              handler: /** @type {const} */ ('NetworkFirst'),
              options: {
                cacheName: 'open-door-visited-pages',
                precacheFallback: { fallbackURL: `${prefix}offline/${OFFLINE_COPY_FILE}` },
              },
            },
          ]
        : []),
      ...(keptOnceRead.length > 0
        ? [
            // This language's pages left out of the precache: from the network, kept once read (or all at once by
            // "Keep every page for offline use", which fills the same cache), so they open offline afterwards.
            {
              urlPattern: new RegExp(
                `^https?://[^/?#]+${escapeRegExp(`${prefix}${own}`)}(?:${keptOnceRead.map(escapeRegExp).join('|')})(?:index\\.html)?(?:[?#].*)?$`,
              ),
              handler: /** @type {const} */ ('NetworkFirst'),
              options: {
                cacheName: keptPagesCache(locale),
                matchOptions: { ignoreSearch: true },
                precacheFallback: { fallbackURL: `${prefix}${own}offline/${OFFLINE_COPY_FILE}` },
              },
            },
          ]
        : []),
      {
        // The schools kit's pages, whatever the query (?region=ie): the network first, the copy kept from the last
        // visit when offline, and the offline page when it was never visited.
        urlPattern: new RegExp(
          `^[^?#]*${escapeRegExp(prefix)}(?:(?:${PREFIXED_LOCALES.join('|')})/)?(?:${SCHOOLS_KIT_PAGES.map(escapeRegExp).join('|')})(?:index\\.html)?(?:[?#].*)?$`,
        ),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'open-door-schools-kit',
          matchOptions: { ignoreSearch: true },
          // This worker's own offline page: another language's worker does not hold the English one.
          precacheFallback: { fallbackURL: `${prefix}${own}offline/${OFFLINE_COPY_FILE}` },
        },
      },
      // A link written as /help/index.html is the same page as /help/: offline, its copy (from whichever precache
      // holds it), or the offline page when no copy is kept. Workbox writes this function's source into sw.js, so
      // it names the file itself (tests/e2e/offline.spec.ts opens such an address offline).
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.endsWith('/index.html'),
        handler: async ({ request, url }) => {
          try {
            return await fetch(request);
          } catch (error) {
            const copy = `${url.pathname.slice(0, -'index.html'.length)}offline-copy.html`;
            // The worker's own address (…/sw.js): its own language's offline page.
            const offlinePage = new URL('offline/offline-copy.html', globalThis.location.href).pathname;
            const kept =
              (await globalThis.caches.match(copy, { ignoreSearch: true })) ??
              (await globalThis.caches.match(offlinePage, { ignoreSearch: true }));
            if (kept) return kept;
            throw error;
          }
        },
      },
      // Any other page (one never built) falls back to the offline page when the network fails.
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${prefix}${own}offline/${OFFLINE_COPY_FILE}` } },
      },
    ],
    maximumFileSizeToCacheInBytes: MAXIMUM_FILE_BYTES,
  };
}

/**
 * Pages kept once read were saved with the previous version's file names (hashed scripts and styles the new
 * precache no longer holds): on each update, fetch them again. Appended to each generated sw.js.
 * @param {string[]} cacheNames
 */
const refreshKeptPagesOnUpdate = (cacheNames) => `
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of ${JSON.stringify(cacheNames)}) {
      if (!(await caches.has(name))) continue;
      const cache = await caches.open(name);
      await Promise.all((await cache.keys()).map(async (request) => {
        try {
          const response = await fetch(request.url, { cache: 'no-store' });
          if (response.ok) await cache.put(request, response);
          else if (response.status === 404) await cache.delete(request);
        } catch {}
      }));
    }
  })());
});
`;

/**
 * Builds one language's service worker: measures its pages (gzip), leaves the least needed out of the precache when
 * they would not fit (scripts/precache-plan.mjs), writes their list beside the worker, then generates it.
 * @param {string} dir
 * @param {string} locale
 */
export async function buildServiceWorker(dir, locale) {
  const own = locale === 'en' ? '' : `${locale}/`;
  const keepList = join(dir, own, KEEP_LIST_FILE);
  writeFileSync(keepList, '[]\n');
  const everything = serviceWorkerConfig(dir, '/', locale);
  const { manifestEntries = [] } = await getManifest({
    globDirectory: dir,
    globPatterns: everything.globPatterns ?? [],
    globIgnores: everything.globIgnores ?? [],
    maximumFileSizeToCacheInBytes: everything.maximumFileSizeToCacheInBytes ?? MAXIMUM_FILE_BYTES,
  });
  /** @type {{ path: string, bytes: number }[]} */
  const pages = [];
  let shellBytes = 0;
  for (const { url } of manifestEntries) {
    const bytes = gzipSync(readFileSync(join(dir, url)), { level: 9 }).length;
    if (url.endsWith('.html') && url.startsWith(own))
      pages.push({ path: url.slice(own.length).replace(new RegExp(`${OFFLINE_COPY_FILE}$`), ''), bytes });
    else shellBytes += bytes;
  }
  const plan = planPrecache({ shellBytes, pages, ceilingBytes: PRECACHE_CEILING_BYTES });
  const prefix = base.endsWith('/') ? base : `${base}/`;
  writeFileSync(keepList, `${JSON.stringify(plan.keptOnceRead.map((path) => `${prefix}${own}${path}`))}\n`);
  const config = serviceWorkerConfig(dir, undefined, locale, plan.keptOnceRead);
  const result = await generateSW(config);
  const caches = [
    keptPagesCache(locale),
    'open-door-schools-kit',
    ...(locale === 'en' ? ['open-door-visited-pages'] : []),
  ];
  appendFileSync(config.swDest, refreshKeptPagesOnUpdate(caches));
  return { ...result, keptOnceRead: plan.keptOnceRead };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } } });
  for (const locale of ['en', ...PREFIXED_LOCALES]) {
    if (locale !== 'en' && !existsSync(join(values.dir, locale))) continue;
    const { count, size, warnings, keptOnceRead } = await buildServiceWorker(values.dir, locale);
    for (const warning of warnings) console.warn(`workbox (${locale}): ${warning}`);
    console.log(
      `Service worker (${locale}): precached ${count} files, ${(size / 1024).toFixed(1)} KiB (before compression); ${keptOnceRead.length} page(s) kept once read instead${keptOnceRead.length ? `: ${keptOnceRead.join(', ')}` : ''}.`,
    );
  }
}
