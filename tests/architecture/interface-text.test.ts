// All interface text lives in src/i18n: islands and .astro pages, layouts and components take their words from
// the dictionary. New text written straight into one of them fails here, with where to put it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allFiles, ROOT } from './import-graph';
import { findInterfaceText } from './interface-text';
import { ALLOWED_HAND_FILLED, ALLOWED_TEXT } from './interface-text-allowlist';

const UI_FILES = ['src/islands', 'src/client', 'src/pwa', 'src/pages', 'src/components', 'src/layouts']
  .flatMap(allFiles)
  .filter((path) => /\.(tsx?|astro)$/.test(path));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Messages for text in a file that the allowlist does not name. */
function hardCodedText(path: string, code: string, allowed: readonly string[] = []): string[] {
  return findInterfaceText(path, code)
    .filter((found) => !allowed.includes(found.text))
    .map((found) =>
      found.kind === 'locale'
        ? `${path}:${found.line} writes the locale "${found.text}": use strings().locale from src/i18n.`
        : `${path}:${found.line} writes "${found.text}" into the ${found.kind === 'markup' ? 'markup' : 'code'}: add it to src/i18n/en.ts (or en-plan.ts) and read it from strings().`,
    );
}

/** Hand-written `.replace('{n}', …)` template fills. */
const handFilled = (code: string) => [...code.matchAll(/\.replace\(\s*['"`]\{\w+\}['"`]/g)].length;

describe('interface text comes from src/i18n', () => {
  test('the check reads every island, browser script, page, layout and component', () => {
    expect(UI_FILES).toContain('src/islands/Plan.tsx');
    expect(UI_FILES).toContain('src/pages/help/[...slug].astro');
    expect(UI_FILES).toContain('src/layouts/Base.astro');
    expect(UI_FILES.length).toBeGreaterThan(30);
  });

  for (const path of UI_FILES) {
    test(`${path} has no hard-coded interface text`, () => {
      expect(hardCodedText(path, read(path), ALLOWED_TEXT[path]?.texts)).toEqual([]);
    });
  }

  test('the allowlist names only text that is still there (remove entries as text moves to src/i18n)', () => {
    const stale = Object.entries(ALLOWED_TEXT).flatMap(([path, { texts }]) => {
      const found = new Set(
        UI_FILES.includes(path) ? findInterfaceText(path, read(path)).map((item) => item.text) : [],
      );
      return texts.filter((text) => !found.has(text)).map((text) => `${path}: "${text}"`);
    });
    expect(stale).toEqual([]);
  });

  test('islands have no allowlisted text at all', () => {
    expect(Object.keys(ALLOWED_TEXT).filter((path) => path.startsWith('src/islands/'))).toEqual([]);
  });

  test('{n}-style templates are filled with fillTemplate, not by hand', () => {
    const files = allFiles('src').filter((path) => /\.(ts|tsx|astro)$/.test(path));
    const offenders = files
      .filter((path) => !(path in ALLOWED_HAND_FILLED) && handFilled(read(path)) > 0)
      .map(
        (path) => `${path}: use fillTemplate(template, { n: … }) from src/domain/text.ts instead of .replace('{n}', …)`,
      );
    expect(offenders).toEqual([]);
    const fixed = Object.keys(ALLOWED_HAND_FILLED).filter((path) => handFilled(read(path)) === 0);
    expect(fixed, 'these now use fillTemplate: remove them from ALLOWED_HAND_FILLED').toEqual([]);
  });
});

describe('the interface text check can fail', () => {
  test('text between tags and in visible attributes of an island', () => {
    const island = `export default function X() {
  return (
    <section aria-label="Your plan" class="plan-section">
      <h2>{props.text.heading}</h2>
      <p>Nothing saved yet.</p>
      <input placeholder={props.text.name} type="text" />
    </section>
  );
}`;
    expect(hardCodedText('src/islands/X.tsx', island)).toEqual([
      'src/islands/X.tsx:3 writes "Your plan" into the code: add it to src/i18n/en.ts (or en-plan.ts) and read it from strings().',
      'src/islands/X.tsx:5 writes "Nothing saved yet." into the markup: add it to src/i18n/en.ts (or en-plan.ts) and read it from strings().',
    ]);
  });

  test('labels in frontmatter, prop defaults and locales in an .astro file, but not class names, keys or errors', () => {
    const component = `---
const { heading = 'Sources' } = Astro.props;
const labels = { '/help/': 'Get help now', kind: 'button button--quiet' };
const date = new Date().toLocaleDateString('en-GB');
if (!heading) throw new Error('No heading given to SourceList');
---
<nav aria-label={text.breadcrumb} class="breadcrumb no-print"><a href="/">{labels['/help/']}</a></nav>
<script>console.log('Loaded the page script');</script>`;
    expect(hardCodedText('src/components/X.astro', component)).toEqual([
      'src/components/X.astro:2 writes "Sources" into the code: add it to src/i18n/en.ts (or en-plan.ts) and read it from strings().',
      'src/components/X.astro:3 writes "Get help now" into the code: add it to src/i18n/en.ts (or en-plan.ts) and read it from strings().',
      'src/components/X.astro:4 writes the locale "en-GB": use strings().locale from src/i18n.',
    ]);
  });

  test('a hand-filled template', () => {
    expect(handFilled("text.progress.replace('{n}', String(n)).replace('{total}', String(total))")).toBe(2);
    expect(handFilled("fillTemplate(text.progress, { n, total }); name.replace('-', ' ')")).toBe(0);
  });
});
