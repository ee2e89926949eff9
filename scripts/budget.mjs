// Budget report: JS, CSS and HTML per route (raw and gzip) and the whole precache, against the budgets in the README.
// Exits non-zero when a budget is exceeded. Run after a build: npm run build && npm run budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const KB = 1024;
const BUDGETS = { contentJs: 3 * KB, interactiveJs: 30 * KB, precache: 500 * KB };

if (!existsSync(join(DIST, 'sw.js'))) {
  console.error('No build in dist/. Run "npm run build" first.');
  process.exit(1);
}

const gzipSize = (/** @type {Buffer} */ buffer) => gzipSync(buffer, { level: 9 }).length;
const read = (/** @type {string} */ path) => readFileSync(path);

/** @param {string} directory @returns {string[]} */
function htmlPages(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
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
    status: over ? 'OVER' : 'ok',
  });
}

const serviceWorker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...serviceWorker.matchAll(/url:"([^"]+)"/g)].map((match) => toFile(match[1]));
const precacheGzip =
  precached.reduce((sum, file) => sum + gzipSize(read(join(DIST, file))), 0) + gzipSize(Buffer.from(serviceWorker));
const precacheRaw = precached.reduce((sum, file) => sum + read(join(DIST, file)).length, 0) + serviceWorker.length;
const precacheOver = precacheGzip > BUDGETS.precache;
if (precacheOver) failures += 1;

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
console.log(
  `Whole precache: ${precached.length + 1} files, ${kb(precacheGzip)} gzip, ${kb(precacheRaw)} raw (budget ${kb(BUDGETS.precache)} gzip)${precacheOver ? ' OVER' : ''}`,
);
if (failures > 0) {
  console.error(`${failures} budget(s) exceeded.`);
  process.exit(1);
}
console.log('All budgets met.');
