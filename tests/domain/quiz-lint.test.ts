import { describe, expect, it } from 'vitest';
import {
  bestIsLongest,
  lintBand,
  lintProblems,
  looksLikeList,
  mentionsTelling,
  wordCount,
} from '../../src/domain/quiz-lint';

const situation = (id: string, texts: string[], best: number) => ({
  id,
  options: texts.map((text, index) => ({ text, best: index === best })),
});

describe('quiz lint', () => {
  it('counts the best option as longest only when it is strictly the longest', () => {
    expect(bestIsLongest(situation('a', ['one two', 'one two three', 'one'], 1).options)).toBe(true);
    expect(bestIsLongest(situation('a', ['one two', 'one two three', 'one'], 0).options)).toBe(false);
    expect(bestIsLongest(situation('a', ['one two', 'one two'], 0).options)).toBe(false);
  });

  it('recognises a list of steps and telling someone', () => {
    expect(looksLikeList('Block them, screenshot it and tell Mum')).toBe(true);
    expect(looksLikeList('Block them and move on')).toBe(false);
    expect(mentionsTelling('Show a trusted adult')).toBe(true);
    expect(mentionsTelling('Ignore it')).toBe(false);
  });

  it('fails a band where the longest option always wins, in the same place', () => {
    const giveaway = [
      situation('a', ['No', 'Block them, keep the chat and tell an adult today', 'Pay'], 1),
      situation('b', ['Ignore', 'Say no, screenshot it and tell someone you trust', 'Send'], 1),
      situation('c', ['Delete', 'Stop replying, keep everything and tell a parent', 'Hide'], 1),
    ];
    const lint = lintBand(giveaway);
    expect(lint).toMatchObject({ situations: 3, bestIsLongest: 1, bestPositions: [0, 3], bestIsOnlyList: 1 });
    expect(lintProblems(lint)).toEqual([
      'best option is the longest in 100% of situations',
      'best option is always in the same position',
      'best option is never the first one',
      'best option is always the only list of steps',
      'best option is always the only one that tells someone',
    ]);
  });

  it('passes a band where length, place and wording vary', () => {
    const fair = [
      situation('a', ['Tell a grown-up', 'Pay them quickly so that it all stops tonight', 'Send it'], 0),
      situation('b', ['Delete everything and tell nobody at all', 'Block, keep the chat', 'Ask a friend for help'], 1),
      situation('c', ['Hide it', 'Answer back', 'Stop replying and keep the screenshots for later'], 2),
    ];
    expect(lintProblems(lintBand(fair))).toEqual([]);
  });

  it('fails a band where most best options sit in one place, or none comes first', () => {
    const lopsided = ['a', 'b', 'c', 'd'].map((id, index) =>
      situation(id, ['Tell an adult', 'Ask a friend', 'Say no to them'], index === 0 ? 2 : 1),
    );
    expect(lintProblems(lintBand(lopsided))).toEqual([
      'best option sits in one position in more than 50% of situations',
      'best option is never the first one',
    ]);
  });
});

describe('wordCount in every language', () => {
  it('counts a word written with combining marks (Arabic harakat, accents) as one word', () => {
    // Tanween (ً) and shadda (ّ) are combining marks: each word below is one word, not three.
    expect(wordCount('مجانًا وسرّيًا')).toBe(2);
    expect(wordCount('لا تدفع شيئًا، ولا تحذف الرسائل.')).toBe(6);
    // A decomposed accent (e + U+0301) is part of its word too.
    expect(wordCount('cafe\u0301 con leche')).toBe(3);
    expect(wordCount("Don't pay. It's not your fault.")).toBe(6);
  });
});
