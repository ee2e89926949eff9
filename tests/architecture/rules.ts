// The architecture of src/ as checks over an import graph (import-graph.ts). Each check returns the
// violations it finds, each with a message that says what to do instead; rules.test.ts runs them over the real
// code and over small made-up graphs, to show each one can fail.
import type { Edge, ImportGraph } from './import-graph';

export interface Violation {
  rule: string;
  file: string;
  message: string;
}

/** The folder of src/ a file belongs to ("domain", "islands"…), "src" for files directly in src/, or undefined. */
export function folderOf(path: string): string | undefined {
  if (!path.startsWith('src/')) return undefined;
  const parts = path.split('/');
  return parts.length > 2 ? parts[1] : 'src';
}

/**
 * Which folders each folder may import from (itself included). Imports point
 * pages -> components/layouts/islands/client -> storage/pwa -> domain; src/build (build-time helpers) is used only
 * by pages, layouts and components; i18n is the dictionary everyone may read.
 */
export const ALLOWED_IMPORTS: Record<string, readonly string[]> = {
  pages: ['components', 'layouts', 'islands', 'client', 'pwa', 'build', 'domain', 'i18n', 'styles'],
  layouts: ['layouts', 'components', 'islands', 'client', 'pwa', 'build', 'domain', 'i18n', 'styles'],
  components: ['components', 'islands', 'client', 'pwa', 'build', 'domain', 'i18n', 'styles'],
  islands: ['islands', 'storage', 'pwa', 'domain', 'i18n', 'styles'],
  client: ['client', 'storage', 'pwa', 'domain', 'i18n'],
  storage: ['storage', 'domain'],
  pwa: ['pwa', 'domain', 'i18n'],
  build: ['build', 'domain', 'i18n'],
  i18n: ['i18n', 'domain'],
  domain: ['domain'],
  src: ['domain', 'build'],
};

/** What lives in each folder of src/, by file name ending. */
export const FOLDER_FILES: Record<string, { endings: readonly string[]; holds: string }> = {
  pages: { endings: ['.astro', '.ts'], holds: 'routes (.astro pages and .ts endpoints)' },
  layouts: { endings: ['.astro'], holds: 'page layouts (.astro)' },
  components: { endings: ['.astro'], holds: '.astro components, rendered at build time' },
  islands: { endings: ['.tsx', '.ts'], holds: 'Solid islands (.tsx) and their browser-side helpers' },
  client: { endings: ['.ts'], holds: 'browser scripts loaded by <script> tags' },
  build: { endings: ['.ts'], holds: 'build-time helpers for pages and components' },
  storage: { endings: ['.ts'], holds: 'IndexedDB stores' },
  pwa: { endings: ['.ts'], holds: 'service worker registration' },
  domain: { endings: ['.ts'], holds: 'pure logic with unit tests' },
  i18n: { endings: ['.ts'], holds: 'interface text' },
  styles: { endings: ['.css'], holds: 'stylesheets' },
  content: { endings: ['.yaml', '.md'], holds: 'content collections' },
  src: { endings: ['content.config.ts'], holds: 'the content collection config' },
};

const BUILD_ONLY_PACKAGES = ['zod', 'yaml', 'qrcode', 'astro', 'astro:content', 'flesch-kincaid', 'syllable'];
const isBuildOnlyPackage = (name: string) => BUILD_ONLY_PACKAGES.includes(name) || name.startsWith('node:');
/** Build-time files: helpers, the content config, pages, .astro components, scripts/ and config files. */
const isBuildOnlyFile = (path: string) =>
  path.startsWith('src/build/') ||
  path === 'src/content.config.ts' ||
  path.startsWith('src/pages/') ||
  (path.endsWith('.astro') && !path.endsWith('.astro <script>')) ||
  !path.startsWith('src/');

/** Code that runs in the browser: islands, client scripts, and the <script> blocks of .astro files. */
export const isBrowserEntry = (path: string) =>
  path.startsWith('src/islands/') || path.startsWith('src/client/') || path.endsWith(' <script>');

const where = (file: string, edge: Edge) => `${file}:${edge.line}`;

/** idb only in src/storage. */
export function idbOnlyInStorage(graph: ImportGraph): Violation[] {
  return onlyIn(graph, 'idb', 'storage', 'idb-only-in-storage', (file) =>
    file.startsWith('src/domain/')
      ? 'keep src/domain pure: pass data in and out, and let a store in src/storage do the reading and writing'
      : 'add or extend a store in src/storage (see src/storage/db.ts) and call that',
  );
}

/** workbox-window only in src/pwa. */
export function workboxOnlyInPwa(graph: ImportGraph): Violation[] {
  return onlyIn(
    graph,
    'workbox-window',
    'pwa',
    'workbox-window-only-in-pwa',
    () => 'talk to the service worker through src/pwa/register.ts (add a function there) instead',
  );
}

function onlyIn(
  graph: ImportGraph,
  packageName: string,
  folder: string,
  rule: string,
  instead: (file: string) => string,
): Violation[] {
  const violations: Violation[] = [];
  for (const [file, node] of graph) {
    if (folderOf(file) === folder) continue;
    for (const edge of node.imports) {
      if (edge.kind === 'package' && edge.to === packageName && !edge.typeOnly)
        violations.push({
          rule,
          file,
          message: `${where(file, edge)} imports ${packageName}, which only src/${folder} may use: ${instead(file)}.`,
        });
    }
  }
  return violations;
}

const DOMAIN_FORBIDDEN_PACKAGES = ['idb', 'workbox-window', 'solid-js', 'astro'];

/** src/domain is pure: no browser globals, no idb/workbox/Solid, no astro:* modules, no Node built-ins. */
export function domainIsPure(graph: ImportGraph): Violation[] {
  const violations: Violation[] = [];
  for (const [file, node] of graph) {
    if (folderOf(file) !== 'domain') continue;
    for (const edge of node.imports) {
      if (edge.kind !== 'package') continue;
      if (DOMAIN_FORBIDDEN_PACKAGES.includes(edge.to) || edge.to.startsWith('astro:') || edge.to.startsWith('node:'))
        violations.push({
          rule: 'domain-is-pure',
          file,
          message: `${where(file, edge)} imports ${edge.to}, but src/domain must run anywhere (unit tests, build, browser): take what you need as a parameter, and do the ${edge.to} part in ${edge.to.startsWith('astro') ? 'src/build or the page' : 'src/storage, src/pwa or the island'}.`,
        });
    }
    for (const global of node.browserGlobals)
      violations.push({
        rule: 'domain-is-pure',
        file,
        message: `${file}:${global.line} uses the browser global ${global.name}, but src/domain must run in unit tests and at build time: pass the value in as a parameter and read ${global.name} in the island or src/client script that calls it.`,
      });
  }
  return violations;
}

/** Imports follow ALLOWED_IMPORTS: pages -> components/islands -> storage/pwa -> domain. */
export function importDirection(graph: ImportGraph): Violation[] {
  const violations: Violation[] = [];
  for (const [file, node] of graph) {
    const from = folderOf(file.replace(/ <script>$/, ''));
    if (!from || from === 'styles') continue;
    const allowed = ALLOWED_IMPORTS[from] ?? [];
    for (const edge of node.imports) {
      if (edge.kind !== 'file') continue;
      const to = folderOf(edge.to);
      if (to === undefined) {
        if (edge.to === 'site.config.mjs' && ['pages', 'layouts', 'components', 'build'].includes(from)) continue;
        violations.push({
          rule: 'import-direction',
          file,
          message: `${where(file, edge)} imports ${edge.to}, outside src/: build settings reach src/ only through src/build (see src/build/site-url.ts), and scripts/ and tests/ are never imported by the site.`,
        });
        continue;
      }
      if (allowed.includes(to)) continue;
      violations.push({
        rule: 'import-direction',
        file,
        message: `${where(file, edge)} imports ${edge.to}, but src/${from} may import only from ${allowed.map((folder) => `src/${folder}`).join(', ')}. ${directionAdvice(from, to)}`,
      });
    }
  }
  return violations;
}

function directionAdvice(from: string, to: string): string {
  if (from === 'domain') return 'src/domain is the bottom layer: move the shared piece into src/domain instead.';
  if (to === 'pages') return 'Nothing imports a page: move the shared code to src/domain (logic) or src/build.';
  if (to === 'build')
    return 'src/build runs only at build time: compute the value in the page or component and pass it down as a prop.';
  if (to === 'storage')
    return 'Pages and components render at build time; reach stored data from an island or a src/client script.';
  if (to === 'components' || to === 'layouts')
    return 'Components sit above islands and domain: pass what is needed down as props.';
  return `Move the shared piece down into src/domain, or call it from a layer above src/${from}.`;
}

/** Nothing an island or a browser script imports (however indirectly) pulls in zod or other build-time code. */
export function browserCodeStaysSmall(graph: ImportGraph): Violation[] {
  const violations: Violation[] = [];
  for (const entry of graph.keys()) {
    if (!isBrowserEntry(entry)) continue;
    const cameFrom = new Map<string, string>([[entry, '']]);
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const edge of graph.get(file)?.imports ?? []) {
        if (edge.typeOnly) continue;
        const chain = () => {
          const steps = [edge.to, file];
          for (let step = cameFrom.get(file); step; step = cameFrom.get(step)) steps.push(step);
          return steps.reverse().join(' -> ');
        };
        const buildOnly =
          edge.kind === 'package' ? isBuildOnlyPackage(edge.to) : isBuildOnlyFile(edge.to) && !edge.to.endsWith('.css');
        if (buildOnly) {
          violations.push({
            rule: 'browser-code-stays-small',
            file: entry,
            message: `${entry} pulls build-time code into the browser: ${chain()} (line ${edge.line} of ${file}). ${browserAdvice(edge.to)}`,
          });
          continue;
        }
        if (edge.kind === 'file' && !cameFrom.has(edge.to)) {
          cameFrom.set(edge.to, file);
          queue.push(edge.to);
        }
      }
    }
  }
  return violations;
}

function browserAdvice(target: string): string {
  if (target === 'zod')
    return 'Use content schemas only as types here (`import type`), pass the data from the page as props, or move the pure part into a src/domain module without zod (Valibot is the browser-side validator).';
  if (target.startsWith('src/build/'))
    return 'src/build runs only at build time: compute the value in the page or component and pass it in (as an island prop or a data- attribute).';
  return `Keep ${target} out of browser code: compute what you need at build time and pass the result in, or move the pure part into src/domain.`;
}

/** Every file sits in the folder that says where it runs (FOLDER_FILES). */
export function filesInTheirFolder(paths: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  for (const path of paths) {
    const folder = folderOf(path);
    if (!folder) continue;
    const name = path.split('/').at(-1)!;
    const place = FOLDER_FILES[folder];
    if (!place) {
      violations.push({
        rule: 'files-in-their-folder',
        file: path,
        message: `${path} is in src/${folder}, which is not one of the known folders (${Object.keys(FOLDER_FILES).join(', ')}): put it where it runs, or add the folder to FOLDER_FILES, ALLOWED_IMPORTS and the README's "Developing" section.`,
      });
      continue;
    }
    if (place.endings.some((ending) => name.endsWith(ending))) continue;
    violations.push({
      rule: 'files-in-their-folder',
      file: path,
      message: `${path} does not belong in src/${folder}, which holds ${place.holds}. ${placeAdvice(name)}`,
    });
  }
  return violations;
}

function placeAdvice(name: string): string {
  if (name.endsWith('.astro'))
    return 'Put .astro components in src/components (layouts in src/layouts, routes in src/pages).';
  if (name.endsWith('.tsx')) return 'Put Solid islands in src/islands.';
  if (name.endsWith('.css')) return 'Put stylesheets in src/styles.';
  if (name.includes('.client.')) return 'Put browser scripts in src/client.';
  return 'Build-time helpers go in src/build, browser scripts in src/client, pure logic in src/domain.';
}

export const ALL_GRAPH_RULES = [
  idbOnlyInStorage,
  workboxOnlyInPwa,
  domainIsPure,
  importDirection,
  browserCodeStaysSmall,
];
