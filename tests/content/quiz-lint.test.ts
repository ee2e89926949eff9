import { describe, expect, it } from 'vitest';
import { BANDS } from '../../src/domain/bands';
import { findBlamingLanguage, findBlamingLanguageIn } from '../../src/domain/blame';
import { lintBand, lintProblems, wordCount } from '../../src/domain/quiz-lint';
import { staticOptions } from '../../src/domain/quiz-view';
import { splitRegionText } from '../../src/domain/region-text';
import { scenarioSchema, type Scenario } from '../../src/domain/scenario-schema';
import { contentFiles, readYaml } from './load-content';

const scenarios: Scenario[] = contentFiles('scenarios', '.yaml').map((path) => scenarioSchema.parse(readYaml(path)));
const inBand = (band: string) => scenarios.filter((scenario) => scenario.band === band);
/** Short feedback first: the rest goes in "why", shown only when asked for. */
const MAX_FEEDBACK_WORDS = 40;

const everyText = (scenario: Scenario) => [
  scenario.title,
  scenario.situation,
  scenario.question,
  scenario.talkingPoint,
  scenario.together.grownUp,
  scenario.together.youngPerson,
  scenario.agree,
  ...scenario.options.flatMap((option) => [option.text, option.feedback, option.why ?? '']),
];

describe('quiz lint: the answer cannot be guessed without reading', () => {
  it.each(BANDS.map((band) => [band.id]))('%s: length, position and shape give nothing away', (band) => {
    // Length does not depend on order; position is measured as the page lists options without JavaScript
    // (with JavaScript every play shuffles them).
    const lint = lintBand(inBand(band).map((scenario) => ({ id: scenario.id, options: staticOptions(scenario) })));
    expect(lintProblems(lint), JSON.stringify(lint)).toEqual([]);
  });

  it('has at least 40 situations across the bands', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });
});

describe('quiz feedback and together mode', () => {
  it.each(scenarios.map((scenario) => [`${scenario.band}/${scenario.id}`, scenario]))(
    '%s: short feedback first, prompts for both people, something to agree, never blaming',
    (_name, scenario) => {
      const long = scenario.options.filter((option) => wordCount(option.feedback) > MAX_FEEDBACK_WORDS);
      expect(long.map((option) => `${wordCount(option.feedback)} words: ${option.feedback}`)).toEqual([]);
      expect(wordCount(scenario.together.grownUp)).toBeLessThanOrEqual(20);
      expect(wordCount(scenario.together.youngPerson)).toBeLessThanOrEqual(20);
      expect(wordCount(scenario.agree)).toBeLessThanOrEqual(25);
      const words = [scenario.together.grownUp, scenario.together.youngPerson, scenario.agree];
      words.push(...scenario.options.map((option) => option.why ?? ''));
      expect(words.flatMap((text) => findBlamingLanguage(text))).toEqual([]);
    },
  );

  it('names help by role with region tokens, never a national number, service or currency', () => {
    const national =
      /£|\$\d|€|\b(?:CEOP|Childline|NSPCC|IWF|CyberTipline|Report Remove)\b|\b(?:999|911|000|111|101)\b|0800/;
    for (const scenario of scenarios) {
      for (const text of everyText(scenario)) {
        expect(() => splitRegionText(text), text).not.toThrow();
        expect(text, `${scenario.id}: ${text}`).not.toMatch(national);
      }
    }
  });
});

// The same limits in every language: words are counted with their combining marks (Arabic harakat), so a word
// written with tanween or shadda counts once, and the blame and shame lint runs in the language's own words.
for (const locale of ['es', 'ar'] as const) {
  const translated = contentFiles('scenarios', '.yaml', locale).map((path) => scenarioSchema.parse(readYaml(path)));
  describe(`quiz feedback and together mode in ${locale}`, () => {
    it.each(translated.map((scenario) => [`${scenario.band}/${scenario.id}`, scenario]))(
      '%s: short feedback first, short prompts, never blaming',
      (_name, scenario) => {
        const long = scenario.options.filter((option) => wordCount(option.feedback) > MAX_FEEDBACK_WORDS);
        expect(long.map((option) => `${wordCount(option.feedback)} words: ${option.feedback}`)).toEqual([]);
        expect(wordCount(scenario.together.grownUp)).toBeLessThanOrEqual(20);
        expect(wordCount(scenario.together.youngPerson)).toBeLessThanOrEqual(20);
        expect(wordCount(scenario.agree)).toBeLessThanOrEqual(25);
        const words = [scenario.together.grownUp, scenario.together.youngPerson, scenario.agree];
        words.push(...scenario.options.map((option) => option.why ?? ''));
        expect(words.flatMap((text) => findBlamingLanguageIn(text, locale))).toEqual([]);
      },
    );
  });
}
