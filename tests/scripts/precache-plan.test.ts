import { describe, expect, it } from 'vitest';
import { KEEP_LIST_FILE, keptPagesCache } from '../../scripts/build-sw.mjs';
import { pagePriority, planPrecache } from '../../scripts/precache-plan.mjs';
import { KEEP_LIST_FILE as CLIENT_KEEP_LIST_FILE, keptPagesCacheName } from '../../src/domain/sw-choice';

const page = (path: string, bytes = 10) => ({ path, bytes });

describe('pagePriority', () => {
  it('puts the crisis pages, the plan, the card and the home page first', () => {
    for (const path of ['', 'help/', 'help/young-person/already-paid/', 'plan/', 'card/', 'offline/', '404.html'])
      expect(pagePriority(path), path).toBe(0);
  });

  it('ranks the scripts by age band, older first, and the quizzes after every script', () => {
    const order = [
      'talk/14-17/how-sextortion-works/',
      'talk/11-13/what-sextortion-is/',
      'talk/8-10/not-who-they-say/',
      'talk/4-7/telling-a-grown-up/',
      'quiz/14-17/',
      'quiz/4-7/',
    ].map(pagePriority);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect(pagePriority('talk/')).toBeLessThan(pagePriority('talk/14-17/how-sextortion-works/'));
    expect(pagePriority('talk/4-7/')).toBeLessThan(pagePriority('talk/14-17/how-sextortion-works/'));
    expect(pagePriority('quiz/')).toBeLessThan(pagePriority('talk/14-17/how-sextortion-works/'));
  });
});

describe('planPrecache', () => {
  it('precaches everything when it fits', () => {
    const plan = planPrecache({
      shellBytes: 50,
      pages: [page('quiz/4-7/'), page('help/'), page('talk/11-13/a/')],
      ceilingBytes: 80,
    });
    expect(plan).toEqual({ precached: ['help/', 'talk/11-13/a/', 'quiz/4-7/'], keptOnceRead: [], bytes: 80 });
  });

  it('leaves out the least needed pages, from the first that does not fit, never a hole in the middle', () => {
    const plan = planPrecache({
      shellBytes: 50,
      pages: [page('quiz/4-7/', 5), page('talk/11-13/a/', 30), page('help/'), page('quiz/14-17/', 5)],
      ceilingBytes: 80,
    });
    // The 11-13 script does not fit; the quizzes after it would, but are left out with it.
    expect(plan.precached).toEqual(['help/']);
    expect(plan.keptOnceRead).toEqual(['talk/11-13/a/', 'quiz/14-17/', 'quiz/4-7/']);
    expect(plan.bytes).toBe(60);
  });

  it('always precaches the essential pages, and fails loudly when they alone do not fit', () => {
    expect(() =>
      planPrecache({ shellBytes: 70, pages: [page('help/', 20), page('quiz/4-7/', 1)], ceilingBytes: 80 }),
    ).toThrow(/essential pages alone take/);
  });
});

it('the build and the page agree on the keep list and the kept pages cache', () => {
  expect(CLIENT_KEEP_LIST_FILE).toBe(KEEP_LIST_FILE);
  for (const locale of ['en', 'es', 'ar'] as const) expect(keptPagesCacheName(locale)).toBe(keptPagesCache(locale));
});
