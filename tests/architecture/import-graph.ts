// Reads the imports of every source file under src/ with the TypeScript parser (so comments and strings never
// count), the way Starlight's own import tests do: the architecture rules in rules.ts then run over this graph.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import: a repository file ("src/domain/plan-ops.ts") or a package ("idb", "astro:content", "node:fs"). */
export interface Edge {
  to: string;
  kind: 'file' | 'package';
  /** `import type` / `export type`: erased from the bundle, but still a dependency between folders. */
  typeOnly: boolean;
  line: number;
}

export interface SourceNode {
  imports: Edge[];
  /** Browser-only globals the file names (window, document, indexedDB, HTMLElement…), with their line. */
  browserGlobals: { name: string; line: number }[];
}

/** Keyed by repository-relative path with forward slashes. */
export type ImportGraph = Map<string, SourceNode>;

export const ROOT = resolve(import.meta.dirname, '../..');

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs', '.js'];
const RESOLVE_SUFFIXES = ['', ...SOURCE_EXTENSIONS, '/index.ts', '/index.tsx'];

const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'customElements',
  'matchMedia',
  'requestAnimationFrame',
  'Document',
  'Window',
  'Element',
  'HTMLElement',
]);
const isBrowserGlobal = (name: string) =>
  BROWSER_GLOBALS.has(name) || /^HTML\w*Element$/.test(name) || /^IDB[A-Z]\w*$/.test(name);

/** "solid-js/web" -> "solid-js", "@astrojs/solid-js/x" -> "@astrojs/solid-js", "zod/v4" -> "zod". */
export function packageName(specifier: string): string {
  if (specifier.includes(':')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The TypeScript of a file, as the parts that run in different places: for .astro files the frontmatter (build
 * time) and the <script> blocks (bundled for the browser; is:inline ones are hashed, not bundled), which the graph
 * keeps as two nodes, "X.astro" and "X.astro <script>".
 */
export function scriptsOf(path: string, text: string): { path: string; source: string }[] {
  if (!path.endsWith('.astro')) return [{ path, source: text }];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1]!,
  );
  return [
    { path, source: frontmatter },
    ...(scripts.length > 0 ? [{ path: `${path} <script>`, source: scripts.join('\n') }] : []),
  ];
}

/** Imports and browser globals of one file's TypeScript source, with specifiers still unresolved. */
export function parseSource(
  fileName: string,
  source: string,
): {
  specifiers: { specifier: string; typeOnly: boolean; line: number }[];
  browserGlobals: SourceNode['browserGlobals'];
} {
  const file = ts.createSourceFile(
    fileName.replace(/\.astro( <script>)?$/, '.ts'),
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const specifiers: { specifier: string; typeOnly: boolean; line: number }[] = [];
  const browserGlobals: SourceNode['browserGlobals'] = [];

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.importClause?.isTypeOnly ?? false,
        line: lineOf(node),
      });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, line: lineOf(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push({ specifier: node.arguments[0].text, typeOnly: false, line: lineOf(node) });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) specifiers.push({ specifier: literal.text, typeOnly: true, line: lineOf(node) });
    } else if (ts.isIdentifier(node) && isBrowserGlobal(node.text) && isGlobalReference(node)) {
      browserGlobals.push({ name: node.text, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { specifiers, browserGlobals };
}

/** An identifier that names a global rather than a property, a parameter or a local declaration. */
function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && node !== parent.getChildAt(0))
    return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isParameter(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isBindingElement(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isExportSpecifier(parent) ||
      ts.isJsxAttribute(parent)) &&
    parent.name === node
  )
    return false;
  return true;
}

/** A relative specifier as a repository file, trying the extensions the bundler would. */
function resolveFile(fromFile: string, specifier: string): string {
  const bare = specifier.split('?')[0]!;
  const base = resolve(ROOT, dirname(fromFile), bare);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = `${base}${suffix}`;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).replaceAll('\\', '/');
  }
  throw new Error(`${fromFile}: cannot resolve import "${specifier}"`);
}

function listSources(directory: string): string[] {
  return readdirSync(join(ROOT, directory)).flatMap((name) => {
    const path = `${directory}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return path === 'src/content' ? [] : listSources(path);
    return SOURCE_EXTENSIONS.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

/** Every file below a repository folder, as repository-relative paths. */
export function allFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory)).flatMap((name) => {
    const path = `${directory}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? allFiles(path) : [path];
  });
}

/** Every source file under src/ and, through relative imports, whatever outside src/ they reach. */
export function readImportGraph(): ImportGraph {
  const graph: ImportGraph = new Map();
  const queue = listSources('src');
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (graph.has(path)) continue;
    for (const part of scriptsOf(path, readFileSync(join(ROOT, path), 'utf8'))) {
      const { specifiers, browserGlobals } = parseSource(part.path, part.source);
      const imports = specifiers.map(({ specifier, typeOnly, line }): Edge => {
        if (!specifier.startsWith('.')) return { to: packageName(specifier), kind: 'package', typeOnly, line };
        const to = resolveFile(path, specifier);
        if (SOURCE_EXTENSIONS.some((extension) => to.endsWith(extension))) queue.push(to);
        return { to, kind: 'file', typeOnly, line };
      });
      graph.set(part.path, { imports, browserGlobals });
    }
  }
  return graph;
}
