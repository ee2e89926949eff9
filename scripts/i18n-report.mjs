// Completeness report per language: `npm run i18n:report` (add `-- --strict` to exit non-zero when anything is
// missing or behind). For each translated language it lists
// - content files with no translation yet ("missing": the page shows the English words, marked as English),
// - translations whose English file has changed since ("behind": `translation.from` is no longer the first 12 hex
//   digits of the English file's sha256),
// - help routes with no words yet, and interface strings missing or with other {placeholders} than the English.
// Reading level is measured for English only (src/domain/readability.ts); no well-kept library scores Spanish or
// Arabic text, so for those it is reported as not measured.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const CONTENT = join(ROOT, 'src/content');
const COLLECTIONS = ['scripts', 'scenarios', 'guides', 'schools', 'simulations'];

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.(ya?ml|md)$/.test(name) ? [path] : [];
      })
    : [];

/** @param {string} path */
export const sha12 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);

/** @param {string} path @returns {any} */
function data(path) {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) return parse(text);
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') ?? {};
}

/**
 * @param {string} locale
 * @returns {{ missing: string[], behind: string[], unrecorded: string[], routes: string[] }}
 */
export function contentReport(locale) {
  /** @type {{ missing: string[], behind: string[], unrecorded: string[], routes: string[] }} */
  const report = { missing: [], behind: [], unrecorded: [], routes: [] };
  for (const collection of [...COLLECTIONS, 'help-routes']) {
    for (const english of walk(join(CONTENT, collection, 'en'))) {
      const translated = english.replace(`/${collection}/en/`, `/${collection}/${locale}/`);
      const name = relative(CONTENT, translated);
      if (!existsSync(translated)) {
        report.missing.push(name);
        continue;
      }
      const record = data(translated)?.translation;
      if (!record?.from) report.unrecorded.push(name);
      else if (record.from !== sha12(english))
        report.behind.push(`${name} (from ${record.from}, English now ${sha12(english)})`);
      if (collection === 'help-routes') {
        const have = new Set((data(translated)?.routes ?? []).map((/** @type {{ id: string }} */ route) => route.id));
        for (const route of data(english).routes ?? [])
          if (!have.has(route.id)) report.routes.push(`${name}: ${route.id}`);
      }
    }
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
  const { module: i18n } = await runnerImport('/src/i18n/index.ts', {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  const { module: english } = await runnerImport('/src/i18n/en.ts', {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  const { module: dictionary } = await runnerImport('/src/domain/dictionary.ts', {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  let problems = 0;
  for (const locale of ['es', 'ar']) {
    const content = contentReport(locale);
    const translated = i18n.translatedDictionary(locale);
    const gaps = translated ? dictionary.dictionaryGaps(english.en, translated) : undefined;
    console.log(`\n== ${locale} ==`);
    const list = (/** @type {string} */ title, /** @type {string[]} */ items) => {
      console.log(`${title}: ${items.length}`);
      for (const item of items) console.log(`  - ${item}`);
      problems += items.length;
    };
    list('Content files missing (shown in English)', content.missing);
    list('Content files behind the English', content.behind);
    list('Content files without a translation record', content.unrecorded);
    list('Help routes without words', content.routes);
    if (!gaps) list('Interface dictionary', [`src/i18n/${locale}.ts is missing (the interface shows English)`]);
    else {
      list('Interface strings missing', gaps.missing);
      list(
        'Interface strings with other placeholders',
        gaps.placeholders.map((/** @type {{ path: string }} */ gap) => gap.path),
      );
      console.log(`Interface strings no longer in the English (left over): ${gaps.extra.length}`);
    }
    console.log('Reading level: not measured (no well-kept readability library for this language)');
  }
  if (values.strict && problems > 0) process.exit(1);
}
