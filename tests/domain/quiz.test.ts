import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  currentScenarioId,
  goBack,
  goNext,
  isFinished,
  resumeQuiz,
  startQuiz,
  migrateQuizProgress,
  newQuizSeed,
  optionOrder,
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
  agree: `Agree about ${id}`,
  options: [0, 1, 2].map((index) => ({ best: index === bestIndex })),
});
const scenarios = [scenario('c', 3, 'script-c'), scenario('a', 1, 'script-a'), scenario('b', 2, 'script-a', 2)];

describe('quiz progress', () => {
  it('starts at the first scenario in content order', () => {
    const progress = startQuiz('8-10', scenarios, 'together', now, 7);
    expect(progress.order).toEqual(['a', 'b', 'c']);
    expect(currentScenarioId(progress)).toBe('a');
    expect(progress.mode).toBe('together');
  });

  it('records a choice only for the scenario on screen and a real option', () => {
    const progress = startQuiz('8-10', scenarios, 'alone', now, 7);
    expect(chooseOption(progress, scenarios[0]!, 1, now)).toBe(progress);
    expect(chooseOption(progress, scenarios[1]!, 3, now)).toBe(progress);
    expect(chooseOption(progress, scenarios[1]!, 2, now).answers).toEqual({ a: 2 });
  });

  it('moves forward to the end and back to the start, no further', () => {
    let progress = startQuiz('8-10', scenarios, 'alone', now, 7);
    expect(goBack(progress, now)).toBe(progress);
    progress = goNext(goNext(goNext(progress, now), now), now);
    expect(isFinished(progress)).toBe(true);
    expect(goNext(progress, now)).toBe(progress);
    expect(currentScenarioId(goBack(progress, now))).toBe('c');
  });

  it('switches between together and alone without losing answers', () => {
    const progress = chooseOption(startQuiz('8-10', scenarios, 'together', now, 7), scenarios[1]!, 0, now);
    expect(switchMode(progress, 'alone', now)).toMatchObject({ mode: 'alone', answers: { a: 0 } });
  });
});

describe('resuming stored progress', () => {
  const halfway = () => {
    let progress = startQuiz('8-10', scenarios, 'together', now, 7);
    progress = goNext(chooseOption(progress, scenarios[1]!, 0, now), now);
    return JSON.parse(JSON.stringify(progress));
  };

  it('resumes a half-finished quiz where it was left', () => {
    const resumed = resumeQuiz(halfway(), '8-10', scenarios, 99)!;
    expect(currentScenarioId(resumed)).toBe('b');
    expect(resumed.answers).toEqual({ a: 0 });
  });

  it('drops an unknown scenario id instead of crashing, and adds new scenarios at the end', () => {
    const stored = { ...halfway(), order: ['a', 'gone', 'b', 'c'], position: 2, answers: { a: 0, gone: 1 } };
    const resumed = resumeQuiz(stored, '8-10', [...scenarios, scenario('d', 4, 'script-d')], 99)!;
    expect(resumed.order).toEqual(['a', 'b', 'c', 'd']);
    expect(resumed.answers).toEqual({ a: 0 });
    expect(currentScenarioId(resumed)).toBe('b');
  });

  it('moves to the first unanswered scenario when the current one was removed', () => {
    const stored = { ...halfway(), order: ['a', 'gone', 'b', 'c'], position: 1 };
    expect(currentScenarioId(resumeQuiz(stored, '8-10', scenarios, 99)!)).toBe('b');
  });

  it('forgets an answer that points past the options a scenario now has', () => {
    const stored = { ...halfway(), answers: { a: 7 } };
    expect(resumeQuiz(stored, '8-10', scenarios, 99)!.answers).toEqual({});
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
      expect(resumeQuiz(raw, '8-10', scenarios, 99)).toBeUndefined();
    }
    expect(resumeQuiz(halfway(), '11-13', scenarios, 99)).toBeUndefined();
  });
});

describe('the summary', () => {
  it('lists talking points to revisit where the answer was not a best one, and their scripts first, with no score', () => {
    let progress = startQuiz('8-10', scenarios, 'together', now, 7);
    progress = goNext(chooseOption(progress, scenarios[1]!, 0, now), now); // a: best
    progress = goNext(chooseOption(progress, scenarios[2]!, 0, now), now); // b: best is 2
    const summary = summarise(progress, scenarios);
    expect(summary).toMatchObject({ answered: 2, total: 3 });
    expect(summary.revisit.map((item) => item.id)).toEqual(['b']);
    expect(summary.talkingPoints.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(summary.scripts).toEqual(['script-a', 'script-c']);
    expect(Object.keys(summary)).not.toContain('score');
  });

  it('offers at most three things to agree, those to revisit first, each with a different talk where it can', () => {
    let progress = startQuiz('8-10', [...scenarios, scenario('d', 4, 'script-d')], 'together', now, 7);
    progress = goNext(chooseOption(progress, scenarios[1]!, 0, now), now); // a: best
    progress = goNext(chooseOption(progress, scenarios[2]!, 0, now), now); // b: not best
    const summary = summarise(progress, [...scenarios, scenario('d', 4, 'script-d')]);
    expect(summary.agree).toEqual([
      { id: 'b', text: 'Agree about b', relatedScript: 'script-a' },
      { id: 'c', text: 'Agree about c', relatedScript: 'script-c' },
      { id: 'd', text: 'Agree about d', relatedScript: 'script-d' },
    ]);
    // With fewer talks than agreements, the same talk may come twice.
    const twoTalks = summarise(progress, scenarios);
    expect(twoTalks.agree.map((item) => item.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('shuffled options', () => {
  it('gives a permutation that depends only on the seed and the scenario id', () => {
    expect([...optionOrder(1, 'a', 4)].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(1, 'a', 4)).toEqual(optionOrder(1, 'a', 4));
    expect(optionOrder(5, 'x', 1)).toEqual([0]);
  });

  it('differs between plays: over many seeds every option leads sometimes', () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, seed) => optionOrder(seed, 'a', 4)[0]));
    expect(firsts).toEqual(new Set([0, 1, 2, 3]));
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => optionOrder(seed, 'b', 4).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('keeps the seed when resuming, so the order is the same after a reload', () => {
    const stored = JSON.parse(JSON.stringify(startQuiz('8-10', scenarios, 'alone', now, 1234)));
    expect(resumeQuiz(stored, '8-10', scenarios, 99)!.seed).toBe(1234);
  });

  it('migrates version 1 progress (no seed) without losing answers or position', () => {
    const v1 = {
      schemaVersion: 1,
      band: '8-10',
      mode: 'alone',
      order: ['a', 'b', 'c'],
      answers: { a: 2 },
      position: 1,
      updatedAt: now.toISOString(),
    };
    expect(migrateQuizProgress(v1, 42)).toMatchObject({ schemaVersion: 2, seed: 42 });
    const resumed = resumeQuiz(v1, '8-10', scenarios, 42)!;
    expect(resumed).toMatchObject({ schemaVersion: 2, seed: 42, answers: { a: 2 }, position: 1, mode: 'alone' });
    expect(migrateQuizProgress('text', 1)).toBe('text');
  });

  it('makes fresh seeds in the 32-bit range', () => {
    expect(newQuizSeed(() => 0)).toBe(0);
    expect(newQuizSeed(() => 0.999999999)).toBeLessThanOrEqual(0xffffffff);
    expect(Number.isInteger(newQuizSeed())).toBe(true);
  });
});
