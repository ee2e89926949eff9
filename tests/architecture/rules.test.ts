// The architecture rules, run over the real src/ and, to show that each one can fail, over small made-up graphs.
import { describe, expect, test } from 'vitest';
import { allFiles, type Edge, type ImportGraph, parseSource, readImportGraph, scriptsOf } from './import-graph';
import {
  browserCodeStaysSmall,
  domainIsPure,
  filesInTheirFolder,
  idbOnlyInStorage,
  importDirection,
  workboxOnlyInPwa,
} from './rules';

const graph = readImportGraph();

/** A made-up graph: each file with the imports given ("pkg:idb" for a package, "type:" for `import type`). */
function fakeGraph(files: Record<string, string[]>, globals: Record<string, string[]> = {}): ImportGraph {
  return new Map(
    Object.entries(files).map(([file, imports]) => [
      file,
      {
        imports: imports.map((target): Edge => {
          const typeOnly = target.startsWith('type:');
          const to = target.replace(/^type:/, '');
          return to.startsWith('pkg:')
            ? { to: to.slice(4), kind: 'package', typeOnly, line: 1 }
            : { to, kind: 'file', typeOnly, line: 1 };
        }),
        browserGlobals: (globals[file] ?? []).map((name) => ({ name, line: 2 })),
      },
    ]),
  );
}

const messages = (violations: { message: string }[]) => violations.map((violation) => violation.message);

describe('the real code follows every rule', () => {
  test('the graph reaches every kind of file (so the rules below have something to check)', () => {
    const files = [...graph.keys()];
    for (const folder of ['pages', 'components', 'layouts', 'islands', 'client', 'storage', 'pwa', 'domain', 'build'])
      expect(files.some((file) => file.startsWith(`src/${folder}/`))).toBe(true);
    expect(files).toContain('src/layouts/Base.astro <script>');
    expect(graph.get('src/storage/db.ts')?.imports.some((edge) => edge.to === 'idb')).toBe(true);
  });
  test('idb only in src/storage', () => expect(messages(idbOnlyInStorage(graph))).toEqual([]));
  test('workbox-window only in src/pwa', () => expect(messages(workboxOnlyInPwa(graph))).toEqual([]));
  test('src/domain is pure', () => expect(messages(domainIsPure(graph))).toEqual([]));
  test('imports point pages -> components/islands -> storage/pwa -> domain', () =>
    expect(messages(importDirection(graph))).toEqual([]));
  test('no island or browser script pulls in zod or build-time code', () =>
    expect(messages(browserCodeStaysSmall(graph))).toEqual([]));
  test('every file is in the folder that says where it runs', () =>
    expect(messages(filesInTheirFolder(allFiles('src')))).toEqual([]));
});

describe('each rule fails when broken, saying what to do instead', () => {
  test('idb outside src/storage', () => {
    const found = idbOnlyInStorage(
      fakeGraph({ 'src/islands/Notes.tsx': ['pkg:idb'], 'src/storage/db.ts': ['pkg:idb'], 'src/domain/x.ts': [] }),
    );
    expect(messages(found)).toEqual([
      'src/islands/Notes.tsx:1 imports idb, which only src/storage may use: add or extend a store in src/storage (see src/storage/db.ts) and call that.',
    ]);
  });

  test('workbox-window outside src/pwa', () => {
    const found = workboxOnlyInPwa(fakeGraph({ 'src/client/share.ts': ['pkg:workbox-window'] }));
    expect(messages(found)).toEqual([
      'src/client/share.ts:1 imports workbox-window, which only src/pwa may use: talk to the service worker through src/pwa/register.ts (add a function there) instead.',
    ]);
  });

  test('src/domain with idb, astro:content, a Node built-in or a browser global', () => {
    const found = domainIsPure(
      fakeGraph(
        { 'src/domain/a.ts': ['pkg:idb', 'pkg:astro:content', 'pkg:node:fs', 'pkg:valibot'], 'src/storage/b.ts': [] },
        { 'src/domain/a.ts': ['localStorage'], 'src/storage/b.ts': ['indexedDB'] },
      ),
    );
    expect(found.map((violation) => violation.file)).toEqual(Array(4).fill('src/domain/a.ts'));
    expect(found[0]?.message).toMatch(/imports idb, but src\/domain must run anywhere.*in src\/storage, src\/pwa/);
    expect(found[1]?.message).toMatch(/imports astro:content.*do the astro:content part in src\/build or the page/);
    expect(found[2]?.message).toMatch(/imports node:fs/);
    expect(found[3]?.message).toBe(
      'src/domain/a.ts:2 uses the browser global localStorage, but src/domain must run in unit tests and at build time: pass the value in as a parameter and read localStorage in the island or src/client script that calls it.',
    );
  });

  test('imports against the direction', () => {
    const found = importDirection(
      fakeGraph({
        'src/domain/plan.ts': ['src/storage/db.ts'],
        'src/islands/Plan.tsx': ['src/components/Card.astro', 'src/build/content.ts', 'src/domain/plan.ts'],
        'src/components/Card.astro': ['src/storage/db.ts', 'src/pages/index.astro'],
        'src/pages/index.astro': ['src/components/Card.astro', 'src/islands/Plan.tsx', 'site.config.mjs'],
        'src/client/share.ts': ['site.config.mjs'],
      }),
    );
    expect(messages(found)).toEqual([
      'src/domain/plan.ts:1 imports src/storage/db.ts, but src/domain may import only from src/domain. src/domain is the bottom layer: move the shared piece into src/domain instead.',
      'src/islands/Plan.tsx:1 imports src/components/Card.astro, but src/islands may import only from src/islands, src/storage, src/pwa, src/domain, src/i18n, src/styles. Components sit above islands and domain: pass what is needed down as props.',
      'src/islands/Plan.tsx:1 imports src/build/content.ts, but src/islands may import only from src/islands, src/storage, src/pwa, src/domain, src/i18n, src/styles. src/build runs only at build time: compute the value in the page or component and pass it down as a prop.',
      'src/components/Card.astro:1 imports src/storage/db.ts, but src/components may import only from src/components, src/islands, src/client, src/pwa, src/build, src/domain, src/i18n, src/styles. Pages and components render at build time; reach stored data from an island or a src/client script.',
      'src/components/Card.astro:1 imports src/pages/index.astro, but src/components may import only from src/components, src/islands, src/client, src/pwa, src/build, src/domain, src/i18n, src/styles. Nothing imports a page: move the shared code to src/domain (logic) or src/build.',
      'src/client/share.ts:1 imports site.config.mjs, outside src/: build settings reach src/ only through src/build (see src/build/site-url.ts), and scripts/ and tests/ are never imported by the site.',
    ]);
  });

  test('zod or src/build reached, however indirectly, from an island or an .astro <script>', () => {
    const found = browserCodeStaysSmall(
      fakeGraph({
        'src/islands/Quiz.tsx': ['src/domain/quiz.ts', 'type:src/domain/scenario-schema.ts'],
        'src/domain/quiz.ts': ['src/domain/scenario-schema.ts'],
        'src/domain/scenario-schema.ts': ['pkg:zod'],
        'src/components/Share.astro <script>': ['src/client/share.ts'],
        'src/client/share.ts': ['src/build/site-url.ts'],
        'src/build/site-url.ts': [],
        'src/islands/Plan.tsx': ['type:src/domain/scenario-schema.ts', 'pkg:valibot', 'src/styles/plan.css'],
        'src/pages/index.astro': ['src/build/site-url.ts', 'pkg:zod'],
      }),
    );
    expect(messages(found)).toEqual([
      'src/islands/Quiz.tsx pulls build-time code into the browser: src/islands/Quiz.tsx -> src/domain/quiz.ts -> src/domain/scenario-schema.ts -> zod (line 1 of src/domain/scenario-schema.ts). Use content schemas only as types here (`import type`), pass the data from the page as props, or move the pure part into a src/domain module without zod (Valibot is the browser-side validator).',
      'src/components/Share.astro <script> pulls build-time code into the browser: src/components/Share.astro <script> -> src/client/share.ts -> src/build/site-url.ts (line 1 of src/client/share.ts). src/build runs only at build time: compute the value in the page or component and pass it in (as an island prop or a data- attribute).',
      'src/client/share.ts pulls build-time code into the browser: src/client/share.ts -> src/build/site-url.ts (line 1 of src/client/share.ts). src/build runs only at build time: compute the value in the page or component and pass it in (as an island prop or a data- attribute).',
    ]);
  });

  test('files outside the folder that says where they run', () => {
    const found = filesInTheirFolder([
      'src/components/Card.astro',
      'src/islands/Card.astro',
      'src/components/qr.ts',
      'src/components/share.client.ts',
      'src/domain/Widget.tsx',
      'src/helpers/misc.ts',
      'src/content.config.ts',
      'src/env.ts',
    ]);
    expect(messages(found)).toEqual([
      'src/islands/Card.astro does not belong in src/islands, which holds Solid islands (.tsx) and their browser-side helpers. Put .astro components in src/components (layouts in src/layouts, routes in src/pages).',
      'src/components/qr.ts does not belong in src/components, which holds .astro components, rendered at build time. Build-time helpers go in src/build, browser scripts in src/client, pure logic in src/domain.',
      'src/components/share.client.ts does not belong in src/components, which holds .astro components, rendered at build time. Put browser scripts in src/client.',
      'src/domain/Widget.tsx does not belong in src/domain, which holds pure logic with unit tests. Put Solid islands in src/islands.',
      'src/helpers/misc.ts is in src/helpers, which is not one of the known folders (pages, layouts, components, islands, client, build, storage, pwa, domain, i18n, styles, content, src): put it where it runs, or add the folder to FOLDER_FILES, ALLOWED_IMPORTS and the README\'s "Developing" section.',
      'src/env.ts does not belong in src/src, which holds the content collection config. Build-time helpers go in src/build, browser scripts in src/client, pure logic in src/domain.',
    ]);
  });
});

describe('the import reader', () => {
  test('finds static, re-exported, dynamic and type-only imports, but not ones in comments or strings', () => {
    const { specifiers } = parseSource(
      'src/islands/X.tsx',
      [
        "import { a } from './a';",
        "import type { B } from './b';",
        "export { c } from './c';",
        "const d = await import('./d');",
        "// import { e } from 'idb';",
        'const text = "import { f } from \'zod\'";',
        "type G = import('./g').G;",
      ].join('\n'),
    );
    expect(specifiers).toEqual([
      { specifier: './a', typeOnly: false, line: 1 },
      { specifier: './b', typeOnly: true, line: 2 },
      { specifier: './c', typeOnly: false, line: 3 },
      { specifier: './d', typeOnly: false, line: 4 },
      { specifier: './g', typeOnly: true, line: 7 },
    ]);
  });

  test('finds browser globals but not properties or local names that share their name', () => {
    const { browserGlobals } = parseSource(
      'src/domain/x.ts',
      [
        'const size = window.innerWidth;',
        'const place = { document: 1, location: 2 };',
        'function f(history: string[]) { return history; }',
        'const el: HTMLElement | null = null;',
        'const stored = settings.localStorage;',
      ].join('\n'),
    );
    expect(browserGlobals.map((global) => global.name)).toEqual(['window', 'history', 'HTMLElement']);
  });

  test('splits an .astro file into its build-time frontmatter and its browser <script> blocks', () => {
    const parts = scriptsOf(
      'src/components/X.astro',
      "---\nimport A from './A.astro';\n---\n<p>import nothing from 'here'</p>\n<script>\nimport '../client/x';\n</script>\n<script is:inline>var y = 1;</script>",
    );
    expect(parts).toEqual([
      { path: 'src/components/X.astro', source: "import A from './A.astro';" },
      { path: 'src/components/X.astro <script>', source: "\nimport '../client/x';\n" },
    ]);
  });
});
