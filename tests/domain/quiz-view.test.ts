import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../src/domain/quiz';
import {
  quizScenariosForBand,
  shownOptions,
  STATIC_OPTION_SEED,
  staticOptions,
  toQuizIslandScenario,
} from '../../src/domain/quiz-view';
import type { Scenario } from '../../src/domain/scenario-schema';

const scenario = (id: string, band: Scenario['band'], order: number): Scenario => ({
  id,
  band,
  order,
  title: `Title ${id}`,
  situation: 'A situation long enough to read as one.',
  question: 'What would you do?',
  options: [
    { text: 'First', feedback: 'Short feedback.', why: 'The longer why.', best: true },
    { text: 'Second', feedback: 'Short feedback.', best: false },
    { text: 'Third', feedback: 'Short feedback.', best: false },
  ],
  talkingPoint: 'Something to talk about.',
  together: { grownUp: 'A line for the adult.', youngPerson: 'A line for the young person.' },
  agree: 'Something to agree.',
  relatedScript: 'a-script',
  themes: ['telling-an-adult'],
  sources: [{ title: 'Source', url: 'https://www.nspcc.org.uk/', publisher: 'NSPCC' }],
});

describe('quiz view', () => {
  it('keeps what the island shows and drops sources and themes', () => {
    const shaped = toQuizIslandScenario(scenario('a', '8-10', 1));
    expect(Object.keys(shaped)).not.toContain('sources');
    expect(Object.keys(shaped)).not.toContain('themes');
    expect(shaped.options[0]).toEqual({
      text: 'First',
      feedback: 'Short feedback.',
      why: 'The longer why.',
      best: true,
    });
    expect(shaped.options[1]).toEqual({ text: 'Second', feedback: 'Short feedback.', best: false });
    expect(shaped.together.youngPerson).toBe('A line for the young person.');
  });

  it('picks one band in quiz order', () => {
    const all = [scenario('b', '8-10', 2), scenario('x', '4-7', 1), scenario('a', '8-10', 1)];
    expect(quizScenariosForBand(all, '8-10').map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('shows options in the order of the play, each keeping its index in the content', () => {
    const shaped = toQuizIslandScenario(scenario('a', '8-10', 1));
    const shown = shownOptions({ seed: 3 }, shaped);
    expect(shown.map((item) => item.index)).toEqual(optionOrder(3, 'a', 3));
    for (const item of shown) expect(item.option).toBe(shaped.options[item.index]);
  });

  it('lists options without JavaScript in one fixed shuffled order', () => {
    const shaped = toQuizIslandScenario(scenario('a', '8-10', 1));
    expect(staticOptions(shaped)).toEqual(
      optionOrder(STATIC_OPTION_SEED, 'a', 3).map((index) => shaped.options[index]),
    );
  });
});
