import { describe, expect, it } from 'vitest';
import { findBlamingLanguage } from '../../src/domain/blame';
import { readingGrade } from '../../src/domain/readability';
import { scriptSchema } from '../../src/domain/script-schema';
import { simulationSchema, type Simulation } from '../../src/domain/simulation-schema';
import { contentFiles, readYaml } from './load-content';

const files = contentFiles('simulations', '.yaml');
const simulations: Simulation[] = files.map((path) => simulationSchema.parse(readYaml(path)));
const scripts = contentFiles('scripts', '.yaml').map((path) => scriptSchema.parse(readYaml(path)));
/** Text for parents: the same ceiling as the oldest band's scripts. */
const PARENT_READING_GRADE = 9;

describe('"See it through their eyes"', () => {
  it('exists', () => {
    expect(simulations.map((simulation) => simulation.id)).toContain('through-their-eyes');
  });

  it.each(simulations.map((simulation) => [simulation.id, simulation]))(
    '%s: follows the pattern over about thirty minutes, every step with a pause and a way out',
    (_name, simulation) => {
      const headings = simulation.steps.map((step) => step.heading.toLowerCase()).join(' | ');
      for (const part of ['profile', 'flattery', 'app', 'image', 'request', 'threat', 'deadline', 'money']) {
        expect(headings).toContain(part);
      }
      const minutes = simulation.steps.map((step) => Number(step.time.match(/\d+/)?.[0]));
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      expect(minutes.at(-1)).toBeGreaterThanOrEqual(25);
      expect(minutes.at(-1)).toBeLessThanOrEqual(35);
      expect(new Set(simulation.steps.map((step) => step.id)).size).toBe(simulation.steps.length);
    },
  );

  it.each(simulations.map((simulation) => [simulation.id, simulation]))(
    '%s: nothing sexual or graphic in the chat, and never blaming',
    (_name, simulation) => {
      const chat = simulation.steps.flatMap((step) => [step.scene ?? '', ...step.messages.map((m) => m.text)]);
      expect(chat.join(' ')).not.toMatch(/\b(nude|naked|sex\w*|explicit|body|undress\w*|bed)\b/i);
      const parentText = [
        ...simulation.intro,
        ...simulation.steps.flatMap((step) => [step.pause.tactic, step.pause.explain, step.pause.couldLeave]),
        ...simulation.ending.points,
      ];
      expect(parentText.flatMap((text) => findBlamingLanguage(text))).toEqual([]);
      expect(readingGrade(parentText)).toBeLessThanOrEqual(PARENT_READING_GRADE);
    },
  );

  it.each(simulations.map((simulation) => [simulation.id, simulation]))(
    '%s: ends with the safety steps, links to scripts that exist, and cites official sources',
    (_name, simulation) => {
      const ending = simulation.ending.points.join(' ').toLowerCase();
      for (const step of [/not your fault/, /don't pay/, /block/, /don't delete/, /screenshot/, /never save/, /report/])
        expect(ending).toMatch(step);
      for (const related of simulation.relatedScripts) {
        expect(scripts.some((script) => script.band === related.band && script.topic === related.topic)).toBe(true);
      }
      const publishers = simulation.sources.map((source) => source.publisher).join(' ');
      for (const publisher of ['National Crime Agency', 'FBI', 'National Center for Missing', 'Thorn'])
        expect(publishers).toContain(publisher);
      // Region-neutral: no national numbers, services or currency written in.
      expect(JSON.stringify({ ...simulation, sources: [] })).not.toMatch(
        /£|\$\d|€|\b(?:CEOP|Childline|NSPCC|CyberTipline|Report Remove)\b|\b(?:999|911|000|111|101)\b/,
      );
    },
  );
});
