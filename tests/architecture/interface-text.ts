// Finds interface text written straight into islands (.tsx) and .astro pages, layouts and components, where it
// should come from the dictionary in src/i18n. Parsed as ESLint sees the files (astro-eslint-parser for .astro,
// typescript-eslint's parser for .tsx), so markup, expressions and frontmatter are told apart.
import { parse } from '@typescript-eslint/parser';
import { visitorKeys as typescriptKeys } from '@typescript-eslint/visitor-keys';
import { parseForESLint } from 'astro-eslint-parser';

export interface FoundText {
  line: number;
  text: string;
  /** Why it counts: text between tags, a visible attribute, prose in code, or a locale. */
  kind: 'markup' | 'attribute' | 'prose' | 'locale';
}

/** Attributes and component props whose value a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'title',
  'placeholder',
  'label',
  'heading',
  'caption',
  'summary',
  'description',
]);

/** Text that reads as words: a letter, and either two words or a capital. Class lists and keys do not. */
const looksLikeWords = (text: string) => /\p{L}/u.test(text) && (/\p{L}\s+\p{L}/u.test(text) || /^\p{Lu}/u.test(text));
/** Prose in code: starts with a capital, has at least two words, and is not a CSS class list or an identifier. */
const looksLikeProse = (text: string) =>
  /^\p{Lu}[\p{Ll}'’]*[\s,]+\S/u.test(text) && !/^[\w-]+(\s[\w-]+)*$/.test(text)
    ? true
    : /^\p{Lu}\p{Ll}+(\s\p{Ll}+)+$/u.test(text);
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;

interface Node {
  type: string;
  loc: { start: { line: number } };
  parent?: Node | undefined;
  [key: string]: unknown;
}

/** Every interface string written into one file's markup or code. */
export function findInterfaceText(path: string, code: string): FoundText[] {
  const found: FoundText[] = [];
  let root: unknown;
  let keys: Record<string, readonly string[] | undefined> = typescriptKeys;
  if (path.endsWith('.astro')) {
    const result = parseForESLint(code, { filePath: path, parser: '@typescript-eslint/parser', sourceType: 'module' });
    root = result.ast;
    keys = result.visitorKeys;
  } else {
    root = parse(code, { jsx: path.endsWith('.tsx'), loc: true, range: true });
  }

  const childKeys = (node: Node) => keys[node.type] ?? [];

  const walk = (node: Node, parent: Node | undefined) => {
    node.parent = parent;
    inspect(node);
    for (const key of childKeys(node)) {
      const child = node[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as Node).type === 'string') walk(item as Node, node);
      }
    }
  };

  const inspect = (node: Node) => {
    const line = node.loc.start.line;
    if (node.type === 'JSXText' || node.type === 'AstroRawText') {
      const text = String(node.value).replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text) && !insideRawElement(node)) found.push({ line, text, kind: 'markup' });
      return;
    }
    if (node.type === 'JSXAttribute') {
      const name = attributeName(node);
      const value = node.value as Node | null;
      if (name && VISIBLE_ATTRIBUTES.has(name) && value?.type === 'Literal' && typeof value.value === 'string') {
        if (looksLikeWords(value.value)) found.push({ line, text: value.value, kind: 'attribute' });
      }
      return;
    }
    const text = stringValue(node);
    if (text === undefined || isDeveloperText(node)) return;
    if (isVisibleDefault(node)) {
      if (looksLikeWords(text)) found.push({ line, text, kind: 'attribute' });
      return;
    }
    if (LOCALE.test(text)) found.push({ line, text, kind: 'locale' });
    else if (looksLikeProse(text) && !isAttributeValue(node)) found.push({ line, text, kind: 'prose' });
  };

  walk(root as Node, undefined);
  return found;
}

function attributeName(node: Node): string | undefined {
  const name = node.name as Node;
  return name.type === 'JSXIdentifier' ? String(name.name) : undefined;
}

function stringValue(node: Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as { value: { cooked: string } }[];
    return quasis.map((quasi) => quasi.value.cooked).join('{…}');
  }
  return undefined;
}

/** A default for a visible prop: `const { heading = 'Sources' } = Astro.props`. */
function isVisibleDefault(node: Node): boolean {
  const pattern = node.parent;
  const property = pattern?.parent;
  if (pattern?.type !== 'AssignmentPattern' || pattern.right !== node || property?.type !== 'Property') return false;
  const key = property.key as Node & { name?: string };
  return key.type === 'Identifier' && VISIBLE_ATTRIBUTES.has(key.name ?? '');
}

/** Literal attribute values were handled as attributes; here they are class names, hrefs and the like. */
const isAttributeValue = (node: Node) => node.parent?.type === 'JSXAttribute';

/** Strings people using the site never see: imports, errors, console output, type names, object keys. */
function isDeveloperText(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (
    [
      'ImportDeclaration',
      'ExportNamedDeclaration',
      'ExportAllDeclaration',
      'TSLiteralType',
      'ImportExpression',
    ].includes(parent.type)
  )
    return true;
  if (parent.type === 'Property' && parent.key === node) return true;
  for (let ancestor: Node | undefined = parent; ancestor; ancestor = ancestor.parent) {
    if (ancestor.type === 'NewExpression' && (ancestor.callee as Node & { name?: string }).name?.endsWith('Error'))
      return true;
    if (ancestor.type === 'ThrowStatement') return true;
    if (
      ancestor.type === 'CallExpression' &&
      (ancestor.callee as Node).type === 'MemberExpression' &&
      ((ancestor.callee as Node).object as Node & { name?: string }).name === 'console'
    )
      return true;
  }
  return false;
}

/** Text inside <script> and <style> is code, not interface text. */
function insideRawElement(node: Node): boolean {
  for (let ancestor = node.parent; ancestor; ancestor = ancestor.parent) {
    if (ancestor.type === 'JSXElement') {
      const opening = ancestor.openingElement as Node;
      const name = (opening.name as Node & { name?: string }).name;
      if (name === 'script' || name === 'style') return true;
    }
  }
  return false;
}
