import { describe, expect, it } from 'vitest';
import { bandById } from '../../src/domain/bands';
import { findBlamingLanguage } from '../../src/domain/blame';
import { wordCount } from '../../src/domain/quiz-lint';
import { readingGrade } from '../../src/domain/readability';
import {
  scriptSchema,
  TWO_MINUTE_AVOID_MAX_WORDS,
  TWO_MINUTE_MAX_WORDS,
  type Script,
} from '../../src/domain/script-schema';
import { contentFiles, readYaml } from './load-content';

const scripts: Script[] = contentFiles('scripts', '.yaml').map((path) => scriptSchema.parse(readYaml(path)));

describe('"In two minutes" on every script', () => {
  it('is on all 23 scripts', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(23);
    expect(scripts.filter((script) => !script.inTwoMinutes).map((script) => script.topic)).toEqual([]);
  });

  it.each(scripts.map((script) => [`${script.band}/${script.topic}`, script]))(
    '%s: short, at the band reading level, with no web address or blame in what is said',
    (_name, script) => {
      const { say, avoid } = script.inTwoMinutes;
      expect(wordCount(say.join(' '))).toBeLessThanOrEqual(TWO_MINUTE_MAX_WORDS);
      expect(wordCount(avoid)).toBeLessThanOrEqual(TWO_MINUTE_AVOID_MAX_WORDS);
      expect(readingGrade(say)).toBeLessThanOrEqual(bandById(script.band).maxReadingGrade);
      expect(say.flatMap((line) => findBlamingLanguage(line))).toEqual([]);
      // Words said aloud carry no links, numbers to dial or one country's services.
      expect(say.join(' ')).not.toMatch(/https?:|\/|\b\d{3,}\b|\{/);
      // The thing to avoid is written as a "Don't…" with its reason.
      expect(avoid).toMatch(/^Don't .+: .+/);
    },
  );
});
