import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  currentScenarioId,
  goBack,
  goNext,
  isFinished,
  resumeQuiz,
  startQuiz,
  summarise,
  switchMode,
  type QuizScenario,
} from '../../src/domain/quiz';

const now = new Date('2026-11-28T20:00:00Z');
const scenario = (id: string, order: number, relatedScript: string, bestIndex = 0): QuizScenario => ({
  id,
  order,
  title: `Title ${id}`,
  talkingPoint: `Talk about ${id}`,
  relatedScript,
  options: [0, 1, 2].map((index) => ({ best: index === bestIndex })),
});
const scenarios = [scenario('c', 3, 'script-c'), scenario('a', 1, 'script-a'), scenario('b', 2, 'script-a', 2)];

describe('quiz progress', () => {
  it('starts at the first scenario in content order', () => {
    const progress = startQuiz('8-10', scenarios, 'together', now);
    expect(progress.order).toEqual(['a', 'b', 'c']);
    expect(currentScenarioId(progress)).toBe('a');
    expect(progress.mode).toBe('together');
  });

  it('records a choice only for the scenario on screen and a real option', () => {
    const progress = startQuiz('8-10', scenarios, 'alone', now);
    expect(chooseOption(progress, scenarios[0]!, 1, now)).toBe(progress);
    expect(chooseOption(progress, scenarios[1]!, 3, now)).toBe(progress);
    expect(chooseOption(progress, scenarios[1]!, 2, now).answers).toEqual({ a: 2 });
  });

  it('moves forward to the end and back to the start, no further', () => {
    let progress = startQuiz('8-10', scenarios, 'alone', now);
    expect(goBack(progress, now)).toBe(progress);
    progress = goNext(goNext(goNext(progress, now), now), now);
    expect(isFinished(progress)).toBe(true);
    expect(goNext(progress, now)).toBe(progress);
    expect(currentScenarioId(goBack(progress, now))).toBe('c');
  });

  it('switches between together and alone without losing answers', () => {
    const progress = chooseOption(startQuiz('8-10', scenarios, 'together', now), scenarios[1]!, 0, now);
    expect(switchMode(progress, 'alone', now)).toMatchObject({ mode: 'alone', answers: { a: 0 } });
  });
});

describe('resuming stored progress', () => {
  const halfway = () => {
    let progress = startQuiz('8-10', scenarios, 'together', now);
    progress = goNext(chooseOption(progress, scenarios[1]!, 0, now), now);
    return JSON.parse(JSON.stringify(progress));
  };

  it('resumes a half-finished quiz where it was left', () => {
    const resumed = resumeQuiz(halfway(), '8-10', scenarios)!;
    expect(currentScenarioId(resumed)).toBe('b');
    expect(resumed.answers).toEqual({ a: 0 });
  });

  it('drops an unknown scenario id instead of crashing, and adds new scenarios at the end', () => {
    const stored = { ...halfway(), order: ['a', 'gone', 'b', 'c'], position: 2, answers: { a: 0, gone: 1 } };
    const resumed = resumeQuiz(stored, '8-10', [...scenarios, scenario('d', 4, 'script-d')])!;
    expect(resumed.order).toEqual(['a', 'b', 'c', 'd']);
    expect(resumed.answers).toEqual({ a: 0 });
    expect(currentScenarioId(resumed)).toBe('b');
  });

  it('moves to the first unanswered scenario when the current one was removed', () => {
    const stored = { ...halfway(), order: ['a', 'gone', 'b', 'c'], position: 1 };
    expect(currentScenarioId(resumeQuiz(stored, '8-10', scenarios)!)).toBe('b');
  });

  it('forgets an answer that points past the options a scenario now has', () => {
    const stored = { ...halfway(), answers: { a: 7 } };
    expect(resumeQuiz(stored, '8-10', scenarios)!.answers).toEqual({});
  });

  it('starts fresh (undefined) for anything unreadable or for another band', () => {
    for (const raw of [
      undefined,
      null,
      'text',
      42,
      {},
      { ...halfway(), schemaVersion: 99 },
      { ...halfway(), answers: 'x' },
    ]) {
      expect(resumeQuiz(raw, '8-10', scenarios)).toBeUndefined();
    }
    expect(resumeQuiz(halfway(), '11-13', scenarios)).toBeUndefined();
  });
});

describe('the summary', () => {
  it('lists talking points to revisit where the answer was not a best one, and their scripts first, with no score', () => {
    let progress = startQuiz('8-10', scenarios, 'together', now);
    progress = goNext(chooseOption(progress, scenarios[1]!, 0, now), now); // a: best
    progress = goNext(chooseOption(progress, scenarios[2]!, 0, now), now); // b: best is 2
    const summary = summarise(progress, scenarios);
    expect(summary).toMatchObject({ answered: 2, total: 3 });
    expect(summary.revisit.map((item) => item.id)).toEqual(['b']);
    expect(summary.talkingPoints.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(summary.scripts).toEqual(['script-a', 'script-c']);
    expect(Object.keys(summary)).not.toContain('score');
  });
});
