import { describe, expect, it } from 'vitest';
import { routesIn, splitRoutes } from '../../src/domain/inline-links';

describe('splitRoutes', () => {
  it('finds site routes inside a sentence', () => {
    expect(splitRoutes('Then look at the steps together: /help/parent/ and breathe.')).toEqual([
      { kind: 'text', text: 'Then look at the steps together: ' },
      { kind: 'route', route: '/help/parent/' },
      { kind: 'text', text: ' and breathe.' },
    ]);
  });

  it('leaves text without routes alone', () => {
    expect(splitRoutes('No links here / at all.')).toEqual([{ kind: 'text', text: 'No links here / at all.' }]);
  });

  it('handles several routes, including one at the end', () => {
    expect(routesIn('See /help/ or /talk/11-13/if-it-ever-happens/')).toEqual(['/help/', '/talk/11-13/if-it-ever-happens/']);
  });
});
