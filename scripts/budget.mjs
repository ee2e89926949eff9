// Budget report: JS, CSS and HTML per route (raw and gzip) and the precache of each language, against the budgets in
// the README.
// Exits non-zero when a budget is exceeded. Run after a build: npm run build && npm run budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { OFFLINE_COPY_FILE } from './offline-copy.mjs';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = { contentJs: 3 * KB, interactiveJs: 30 * KB, precache: 500 * KB };

if (!existsSync(join(DIST, 'sw.js'))) {
  console.error('No build in dist/. Run "npm run build" first.');
  process.exit(1);
}

const gzipSize = (/** @type {Buffer} */ buffer) => gzipSync(buffer, { level: 9 }).length;
/** Brotli as `npm start` serves a page (the compression package's default, quality 4). */
const servedSize = (/** @type {Buffer} */ buffer) =>
  brotliCompressSync(buffer, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } }).length;
// The first round trip carries 10 TCP segments (14,600 B), headers included (651 B from scripts/serve.mjs). A page
// that needs more costs a phone one more round trip before its first paint: it shows in Lighthouse's LCP.
const FIRST_ROUND_TRIP = 14_600;
const RESPONSE_HEADERS = 651;
const read = (/** @type {string} */ path) => readFileSync(path);

/** @param {string} directory @returns {string[]} */
function htmlPages(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    // A page's offline copy (what its service worker precaches) is reported on the page's row.
    return name.endsWith('.html') && name !== OFFLINE_COPY_FILE ? [path] : [];
  });
}

/**
 * A built JS module and every module it imports statically, as dist-relative paths.
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(DIST, file))) return seen;
  seen.add(file);
  const source = readFileSync(join(DIST, file), 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(join(dirname(file), /** @type {string} */ (match[1])).replaceAll('\\', '/'), seen);
  }
  return seen;
}

/**
 * Modules loaded later with import(): not part of the page's initial JS, reported separately.
 * @param {Set<string>} initial
 */
function lazyModules(initial) {
  /** @type {Set<string>} */
  const lazy = new Set();
  for (const file of initial) {
    const source = readFileSync(join(DIST, file), 'utf8');
    for (const match of source.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) {
      for (const module of moduleGraph(join(dirname(file), /** @type {string} */ (match[1])).replaceAll('\\', '/'))) {
        if (!initial.has(module)) lazy.add(module);
      }
    }
  }
  return lazy;
}

const toFile = (/** @type {string | undefined} */ url) => (url ?? '').replace(/^\//, '').split('?')[0] ?? '';
/** @type {{ route: string, kind: 'content' | 'interactive', 'JS gzip': number, [column: string]: string | number }[]} */
const rows = [];
let failures = 0;

for (const page of htmlPages(DIST).sort()) {
  const html = readFileSync(page, 'utf8');
  const route = `/${relative(DIST, page)
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '/')}`;
  const externalScripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => toFile(match[1]));
  const islandModules = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((match) =>
    toFile(match[1]),
  );
  /** @type {Set<string>} */
  const modules = new Set();
  for (const file of [...externalScripts, ...islandModules]) moduleGraph(file, modules);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .join('\n');
  const jsRaw =
    [...modules].reduce((sum, file) => sum + read(join(DIST, file)).length, 0) + Buffer.byteLength(inlineScripts);
  const jsGzip =
    [...modules].reduce((sum, file) => sum + gzipSize(read(join(DIST, file))), 0) +
    (inlineScripts ? gzipSize(Buffer.from(inlineScripts)) : 0);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => toFile(match[1]));
  const cssGzip = styles.reduce((sum, file) => sum + gzipSize(read(join(DIST, file))), 0);
  const lazyGzip = [...lazyModules(modules)].reduce((sum, file) => sum + gzipSize(read(join(DIST, file))), 0);
  const interactive = islandModules.length > 0;
  const budget = interactive ? BUDGETS.interactiveJs : BUDGETS.contentJs;
  const over = jsGzip > budget;
  if (over) failures += 1;
  rows.push({
    route,
    kind: interactive ? 'interactive' : 'content',
    'JS gzip': jsGzip,
    'JS raw': jsRaw,
    'JS budget': budget,
    'lazy JS gzip': lazyGzip,
    'CSS gzip': cssGzip,
    'HTML gzip': gzipSize(Buffer.from(html)),
    'HTML raw': Buffer.byteLength(html),
    'first trip spare': FIRST_ROUND_TRIP - RESPONSE_HEADERS - servedSize(Buffer.from(html)),
    'offline copy gzip': existsSync(join(dirname(page), OFFLINE_COPY_FILE))
      ? gzipSize(read(join(dirname(page), OFFLINE_COPY_FILE)))
      : '-',
    status: over ? 'OVER' : 'ok',
  });
}

// One service worker per language (scripts/build-sw.mjs): each precaches the shell and ONE language.
const LANGUAGE_WORKERS = [
  { locale: 'en', file: 'sw.js' },
  { locale: 'es', file: 'es/sw.js' },
  { locale: 'ar', file: 'ar/sw.js' },
].filter(({ file }) => existsSync(join(DIST, file)));
const precaches = LANGUAGE_WORKERS.map(({ locale, file }) => {
  const serviceWorker = readFileSync(join(DIST, file), 'utf8');
  const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => toFile(match[1]));
  const gzip =
    precached.reduce((sum, url) => sum + gzipSize(read(join(DIST, url))), 0) + gzipSize(Buffer.from(serviceWorker));
  const raw = precached.reduce((sum, url) => sum + read(join(DIST, url)).length, 0) + serviceWorker.length;
  const over = gzip > BUDGETS.precache;
  if (over) failures += 1;
  // Pages that did not fit (scripts/precache-plan.mjs): kept once read, or all at once on request.
  const keepList = join(DIST, dirname(file), 'keep-offline.json');
  /** @type {string[]} */
  const keptOnceRead = existsSync(keepList) ? JSON.parse(readFileSync(keepList, 'utf8')) : [];
  return { locale, files: precached.length + 1, gzip, raw, over, keptOnceRead };
});
const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.table(
  rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? kb(value) : value])),
  ),
);
const worst = (/** @type {'content' | 'interactive'} */ kind) =>
  rows.filter((row) => row.kind === kind).reduce((max, row) => Math.max(max, row['JS gzip']), 0);
console.log(`Largest JS on a content page:      ${kb(worst('content'))} gzip (budget ${kb(BUDGETS.contentJs)})`);
console.log(
  `Largest JS on an interactive page: ${kb(worst('interactive'))} gzip (budget ${kb(BUDGETS.interactiveJs)})`,
);
const spare = (/** @type {typeof rows[number]} */ row) => Number(row['first trip spare']);
const languageOf = (/** @type {string} */ route) => /^\/(es|ar)\//.exec(route)?.[1] ?? 'en';
for (const locale of ['en', 'es', 'ar']) {
  const pages = rows.filter((row) => languageOf(row.route) === locale && !row.route.includes('offline'));
  if (pages.length === 0) continue;
  const overTrip = pages.filter((row) => spare(row) < 0).map((row) => row.route);
  const tightest = pages
    .filter((row) => row.kind === 'content' && spare(row) >= 0)
    .sort((a, b) => spare(a) - spare(b))
    .slice(0, 3)
    .map((row) => `${row.route} (${spare(row)} B spare)`);
  console.log(
    `First round trip (${FIRST_ROUND_TRIP} B with headers, brotli as served), ${locale} pages: ${pages.length - overTrip.length} of ${pages.length} fit; ` +
      `need a second: ${overTrip.join(', ') || 'none'}; tightest content pages: ${tightest.join(', ')}`,
  );
}
for (const precache of precaches) {
  console.log(
    `Precache (${precache.locale}): ${precache.files} files, ${kb(precache.gzip)} gzip, ${kb(precache.raw)} raw (budget ${kb(BUDGETS.precache)} gzip per language)${precache.over ? ' OVER' : ''}`,
  );
  console.log(
    `  kept once read instead (${precache.keptOnceRead.length}): ${precache.keptOnceRead.join(', ') || 'none'}`,
  );
}
if (failures > 0) {
  console.error(`${failures} budget(s) exceeded.`);
  process.exit(1);
}
console.log('All budgets met.');
