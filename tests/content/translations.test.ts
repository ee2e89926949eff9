// Translations (src/content/<collection>/<locale>/ and src/i18n/<locale>.ts) against the English: every interface
// string present with the same {placeholders}; every translated file beside an English one, with its translation
// record, the same structure, ids, region tokens and links; help-route words only for routes that exist.
// What is missing or behind is listed by `npm run i18n:report`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findBlamingLanguageIn } from '../../src/domain/blame';
import { dictionaryGaps } from '../../src/domain/dictionary';
import { helpRegionSchema } from '../../src/domain/help-routes';
import { LOCALES } from '../../src/domain/locales';
import { structureDifferences } from '../../src/domain/translation-check';
import { helpRegionWordsSchema, translationSchema } from '../../src/domain/translation';
import { guideSchema } from '../../src/domain/guide-schema';
import { scenarioSchema } from '../../src/domain/scenario-schema';
import { schoolKitSchema } from '../../src/domain/school-kit';
import { scriptSchema } from '../../src/domain/script-schema';
import { simulationSchema } from '../../src/domain/simulation-schema';
import { en } from '../../src/i18n/en';
import { translatedDictionary } from '../../src/i18n';
import { LANGUAGE_TEXT } from '../../src/i18n/languages';
import { contentFiles, contentName, readYaml } from './load-content';

const TRANSLATED = LOCALES.filter((locale) => locale !== 'en');
const YAML_COLLECTIONS = [
  { folder: 'scripts', schema: scriptSchema },
  { folder: 'scenarios', schema: scenarioSchema },
  { folder: 'schools', schema: schoolKitSchema },
  { folder: 'simulations', schema: simulationSchema },
] as const;

const englishTwin = (path: string, locale: string) => path.replace(`/${locale}/`, '/en/');
function frontMatter(path: string): { data: unknown; body: string } {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  return { data: readYamlText(yaml), body };
}
function readYamlText(text: string): unknown {
  return text ? (JSON.parse(JSON.stringify(parseYaml(text))) as unknown) : {};
}

describe.each(TRANSLATED)('interface strings in %s', (locale) => {
  // A branch without the language's dictionary yet (src/i18n/<locale>.ts) shows English and `npm run i18n:report`
  // lists it as missing; once the file is there, every string must be.
  it.skipIf(translatedDictionary(locale) === undefined)(
    'has every English string, with the same {placeholders}',
    () => {
      const translated = translatedDictionary(locale);
      const gaps = dictionaryGaps(en, translated);
      expect(gaps.missing, 'missing strings').toEqual([]);
      expect(gaps.placeholders, 'placeholders that differ from the English').toEqual([]);
    },
  );

  it('has the words about languages (switcher, notes, offline)', () => {
    expect(dictionaryGaps(LANGUAGE_TEXT.es, LANGUAGE_TEXT[locale]).missing).toEqual([]);
  });
});

describe('the completeness check itself', () => {
  it('fails on a missing string and on a changed placeholder', () => {
    const gaps = dictionaryGaps(en, {
      ...en,
      nav: { ...en.nav, help: '' },
      quickExit: { ...en.quickExit, progress: '{n}' },
    });
    expect(gaps.missing).toEqual(['nav.help']);
    expect(gaps.placeholders.map((gap) => gap.path)).toEqual(['quickExit.progress']);
  });

  it('fails on a region token, a link or an id that a translation changed', () => {
    expect(
      structureDifferences(
        { id: 'a', text: 'Call {emergency}, see /help/parent/', list: [1, 2] },
        { id: 'b', text: 'Llama al 999, mira /help/', list: [1] },
      ),
    ).toEqual([
      'id: must stay "a"',
      'text: tokens emergency became ',
      'text: links /help/parent/ became /help/',
      'list: 2 items in English, 1 here',
    ]);
  });
});

for (const locale of TRANSLATED) {
  for (const { folder, schema } of YAML_COLLECTIONS) {
    const files = contentFiles(folder, '.yaml', locale);
    describe.each(files.map((path) => [contentName(path), path]))(`${folder} in ${locale}: %s`, (_name, path) => {
      it('sits beside an English file, says how it was made, matches the schema and keeps the structure', () => {
        const english = readYaml(englishTwin(path, locale));
        const translated = readYaml(path) as { translation?: unknown };
        expect(translationSchema.safeParse(translated.translation).success, 'translation: { from, method }').toBe(true);
        expect(schema.safeParse(translated).success, 'schema').toBe(true);
        expect(structureDifferences(english, translated)).toEqual([]);
      });
    });
  }

  const translatedScripts = contentFiles('scripts', '.yaml', locale);
  const translatedGuides = contentFiles('guides', '.md', locale);
  describe.runIf(translatedScripts.length + translatedGuides.length > 0)(
    `nothing blames the child in ${locale}`,
    () => {
      it.each(translatedScripts.map((path) => [contentName(path), path]))(
        '%s: nothing a parent says blames the child',
        (_name, path) => {
          const script = scriptSchema.parse(readYaml(path));
          const parentLines = [
            ...script.openers,
            ...script.replies.map((reply) => reply.response),
            ...script.avoid.map((line) => line.instead),
            script.followUp,
          ];
          expect(parentLines.flatMap((line) => findBlamingLanguageIn(line, locale))).toEqual([]);
        },
      );
      it.each(translatedGuides.map((path) => [contentName(path), path]))(
        '%s never blames the reader (a quoted question it says not to ask aside)',
        (_name, path) => {
          // The parent guide quotes "why did you…" only to say: don't ask it; a quotation is never the guide's voice.
          const body = frontMatter(path).body.replace(/["“«][^"”»]*["”»]/g, '');
          expect(findBlamingLanguageIn(body, locale)).toEqual([]);
        },
      );
    },
  );

  const guides = contentFiles('guides', '.md', locale);
  describe.each(guides.map((path) => [contentName(path), path]))(`guides in ${locale}: %s`, (_name, path) => {
    it('sits beside an English guide with the same frontmatter structure, region tokens and links', () => {
      const english = frontMatter(englishTwin(path, locale));
      const translated = frontMatter(path);
      const record = (translated.data as { translation?: unknown }).translation;
      expect(translationSchema.safeParse(record).success, 'translation: { from, method }').toBe(true);
      expect(guideSchema.safeParse(translated.data).success, 'schema').toBe(true);
      expect(structureDifferences(english.data, translated.data)).toEqual([]);
      expect(structureDifferences(english.body, translated.body)).toEqual([]);
    });
  });

  const words = contentFiles('help-routes', '.yaml', locale);
  describe.each(words.map((path) => [contentName(path), path]))(`help-route words in ${locale}: %s`, (_name, path) => {
    it('holds only words, for routes the English file of its region has, keeping every number', () => {
      const english = helpRegionSchema.parse(readYaml(englishTwin(path, locale)));
      const parsed = helpRegionWordsSchema.safeParse(readYaml(path));
      expect(parsed.success, 'words schema').toBe(true);
      if (!parsed.success) return;
      expect(parsed.data.region).toBe(english.region);
      const digits = (text: string | undefined) => (text ?? '').replace(/\D/g, '');
      for (const route of parsed.data.routes) {
        const source = english.routes.find((candidate) => candidate.id === route.id);
        expect(source, `route ${route.id} exists in English`).toBeDefined();
        if (!source) continue;
        expect(route.ages === undefined || source.ages !== undefined, `${route.id}: ages only where English has`).toBe(
          true,
        );
        if (source.says !== undefined)
          expect(digits(route.says), `${route.id}: says keeps its number`).toBe(digits(source.says));
      }
      if (parsed.data.law) expect(parsed.data.law.length, 'one law note per English note').toBe(english.law.length);
    });

    it('translates the opening hours of every route that has them, and only those', () => {
      const english = helpRegionSchema.parse(readYaml(englishTwin(path, locale)));
      const parsed = helpRegionWordsSchema.parse(readYaml(path));
      for (const source of english.routes) {
        const route = parsed.routes.find((candidate) => candidate.id === source.id);
        expect(route?.hours !== undefined, `${source.id}: hours where English has them`).toBe(
          source.hours !== undefined,
        );
      }
    });
  });
}
