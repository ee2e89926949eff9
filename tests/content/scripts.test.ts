import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS, bandById } from '../../src/domain/bands';
import { findBlamingLanguage } from '../../src/domain/blame';
import { readingGrade } from '../../src/domain/readability';
import { scriptSchema, type Script } from '../../src/domain/script-schema';
import { IF_IT_HAPPENS_TOPIC, REQUIRED_TOPICS } from '../../src/domain/topics';
import { contentFiles, contentName, readYaml, validContent } from './load-content';
import { SAFETY_STEP_CHECKS } from './safety-steps';

const files = contentFiles('scripts', '.yaml');
const scripts: Script[] = validContent(files, scriptSchema);

describe('conversation scripts', () => {
  it.each(files.map((path) => [contentName(path), path]))('%s matches the schema and its path', (_name, path) => {
    const result = scriptSchema.safeParse(readYaml(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    const script = result.data!;
    expect(basename(path, '.yaml')).toBe(script.topic);
    expect(basename(dirname(path))).toBe(script.band);
  });

  it.each(BANDS.map((band) => [band.id]))('band %s covers every required topic', (bandId) => {
    const topics = scripts.filter((script) => script.band === bandId).map((script) => script.topic);
    expect(topics).toEqual(expect.arrayContaining([...REQUIRED_TOPICS[bandId]]));
    expect(topics.length).toBeGreaterThanOrEqual(bandId === '4-7' ? 4 : 6);
  });

  it('gives every band a unique order for each script', () => {
    for (const band of BANDS) {
      const orders = scripts.filter((script) => script.band === band.id).map((script) => script.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  it.each(scripts.map((script) => [`${script.band}/${script.topic}`, script]))(
    '%s: nothing a parent says blames the child',
    (_name, script) => {
      const parentLines = [
        ...script.openers,
        ...script.replies.map((reply) => reply.response),
        ...script.avoid.map((line) => line.instead),
        script.followUp,
      ];
      expect(parentLines.flatMap((line) => findBlamingLanguage(line))).toEqual([]);
    },
  );

  it.each(scripts.map((script) => [`${script.band}/${script.topic}`, script]))(
    '%s: key messages suit the band reading level',
    (_name, script) => {
      expect(readingGrade(script.keyMessages)).toBeLessThanOrEqual(bandById(script.band).maxReadingGrade);
    },
  );

  it('never names sextortion to the bands that are too young for it', () => {
    for (const script of scripts.filter((candidate) => !bandById(candidate.band).namesSextortion)) {
      expect(JSON.stringify(script).toLowerCase(), `${script.band}/${script.topic}`).not.toMatch(
        /sextort|nude|blackmail/,
      );
    }
  });

  // The parents' steps are linked beside every disclosure reply on the page, not inside it: the words a parent says
  // hold no address (the route-in-speech lint in region-lint.test.ts).
  it('gives every disclosure reply calm first words (thanks, and "not in trouble") and no address', () => {
    for (const script of scripts) {
      const disclosure = script.replies.find((reply) => reply.kind === 'disclosure')!;
      const name = `${script.band}/${script.topic}`;
      // The first three sentences: what a child hears before any questions or next steps.
      const firstWords = disclosure.response
        .split(/(?<=[.!?])\s+/)
        .slice(0, 3)
        .join(' ');
      expect(firstWords, name).toMatch(/thank you for telling me/i);
      expect(firstWords, name).toMatch(/not in trouble/i);
      expect(disclosure.response, name).not.toMatch(/\/help\//);
    }
  });

  it.each(['11-13', '14-17'])('the %s "if it happens" script carries every safety step', (bandId) => {
    const script = scripts.find((candidate) => candidate.band === bandId && candidate.topic === IF_IT_HAPPENS_TOPIC);
    expect(script).toBeDefined();
    const text = JSON.stringify(script).toLowerCase();
    const missing = SAFETY_STEP_CHECKS.filter((step) => !step.patterns.every((pattern) => pattern.test(text)));
    expect(missing.map((step) => step.step)).toEqual([]);
  });
});
