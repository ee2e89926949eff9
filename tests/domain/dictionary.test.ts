import { describe, expect, it } from 'vitest';
import { dictionaryGaps, flattenStrings, overlayDictionary, placeholdersOf } from '../../src/domain/dictionary';

const english = { a: 'One {n}', b: { c: 'Two', d: ['x', 'y'] }, locale: 'en-GB' };

describe('interface dictionaries across languages', () => {
  it('lays a translation over the English, English where a string is missing', () => {
    expect(overlayDictionary(english, { a: 'Uno {n}', b: { d: ['equis'] }, locale: 'es', extra: 'z' })).toEqual({
      a: 'Uno {n}',
      b: { c: 'Two', d: ['equis', 'y'] },
      locale: 'es',
    });
    expect(overlayDictionary(english, undefined)).toEqual(english);
  });

  it('flattens strings by path and reads placeholders and region tokens', () => {
    expect([...flattenStrings(english).keys()]).toEqual(['a', 'b.c', 'b.d.0', 'b.d.1', 'locale']);
    expect(placeholdersOf('{total} of {n}, call {emergency} {money:300}')).toEqual([
      'emergency',
      'money:300',
      'n',
      'total',
    ]);
  });

  it('finds missing, empty, extra strings and placeholders that differ', () => {
    const gaps = dictionaryGaps(english, { a: 'Uno {m}', b: { c: ' ', d: ['x', 'y'] }, locale: 'es', old: 'q' });
    expect(gaps.missing).toEqual(['b.c']);
    expect(gaps.placeholders).toEqual([{ path: 'a', english: ['n'], translated: ['m'] }]);
    expect(gaps.extra).toEqual(['old']);
  });
});
