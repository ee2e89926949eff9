import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS, bandById } from '../../src/domain/bands';
import { findBlamingLanguage } from '../../src/domain/blame';
import { SCENARIO_THEMES, scenarioSchema, type Scenario } from '../../src/domain/scenario-schema';
import { scriptSchema } from '../../src/domain/script-schema';
import { contentFiles, contentName, readYaml, validContent } from './load-content';

const files = contentFiles('scenarios', '.yaml');
const scenarios: Scenario[] = validContent(files, scenarioSchema);
const scripts = validContent(contentFiles('scripts', '.yaml'), scriptSchema);
const MINIMUM_PER_BAND = { '4-7': 6, '8-10': 8, '11-13': 8, '14-17': 8 } as const;

describe('quiz scenarios', () => {
  it.each(files.map((path) => [contentName(path), path]))('%s matches the schema and its path', (_name, path) => {
    const result = scenarioSchema.safeParse(readYaml(path));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(basename(path, '.yaml')).toBe(result.data!.id);
    expect(basename(dirname(path))).toBe(result.data!.band);
  });

  it('has at least 32 scenarios and the minimum for each band', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(32);
    for (const band of BANDS) {
      expect(scenarios.filter((scenario) => scenario.band === band.id).length, band.id).toBeGreaterThanOrEqual(
        MINIMUM_PER_BAND[band.id],
      );
    }
  });

  it('covers every required situation somewhere', () => {
    const covered = new Set(scenarios.flatMap((scenario) => scenario.themes));
    expect(SCENARIO_THEMES.filter((theme) => !covered.has(theme))).toEqual([]);
  });

  it('gives every scenario a unique id and order within its band', () => {
    const ids = scenarios.map((scenario) => scenario.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const band of BANDS) {
      const orders = scenarios.filter((scenario) => scenario.band === band.id).map((scenario) => scenario.order);
      expect(new Set(orders).size, band.id).toBe(orders.length);
    }
  });

  it('links every scenario to a script that exists in its band', () => {
    const missing = scenarios.filter(
      (scenario) => !scripts.some((script) => script.band === scenario.band && script.topic === scenario.relatedScript),
    );
    expect(missing.map((scenario) => `${scenario.band}/${scenario.id} -> ${scenario.relatedScript}`)).toEqual([]);
  });

  it.each(scenarios.map((scenario) => [`${scenario.band}/${scenario.id}`, scenario]))(
    '%s never blames',
    (_name, scenario) => {
      const words = [
        scenario.situation,
        scenario.question,
        scenario.talkingPoint,
        ...scenario.options.map((option) => option.feedback),
      ];
      expect(words.flatMap((text) => findBlamingLanguage(text))).toEqual([]);
    },
  );

  it('keeps sextortion out of the bands too young for it, and keeps the gentle themes for 4-7', () => {
    for (const scenario of scenarios.filter((candidate) => !bandById(candidate.band).namesSextortion)) {
      expect(JSON.stringify(scenario).toLowerCase(), scenario.id).not.toMatch(/sextort|nude|blackmail/);
    }
    for (const scenario of scenarios.filter((candidate) => candidate.band === '4-7')) {
      expect(
        scenario.themes.filter(
          (theme) =>
            !['personal-information', 'secret-that-feels-bad', 'photo-of-you', 'telling-an-adult'].includes(theme),
        ),
        scenario.id,
      ).toEqual([]);
    }
  });
});
