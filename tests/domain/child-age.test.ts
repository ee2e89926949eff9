import { describe, expect, it } from 'vitest';
import {
  ageInMonth,
  bandForBirth,
  birthMonthProblem,
  dismissNoticeOp,
  formatBirth,
  parseBirth,
  growUpOps,
  monthOf,
  nextBandChange,
  pendingNotices,
  setBirthOps,
  stageFor,
} from '../../src/domain/child-age';
import { applyOps } from '../../src/domain/plan-ops';
import { emptyPlan, type Child, type Plan } from '../../src/domain/plan-schema';

const now = new Date('2026-12-01T09:00:00Z');
const planWith = (...children: Child[]): Plan => ({ ...emptyPlan(now), children });
const grow = (plan: Plan, year: number, month: number) => applyOps(plan, growUpOps(plan, { year, month }), now);

describe('age from a birth month and year', () => {
  it('counts the birth month itself as the month they turn a year older', () => {
    const birth = { year: 2015, month: 11 };
    expect(ageInMonth(birth, { year: 2026, month: 10 })).toBe(10);
    expect(ageInMonth(birth, { year: 2026, month: 11 })).toBe(11);
    expect(ageInMonth(birth, { year: 2026, month: 12 })).toBe(11);
  });

  it('handles January and December birthdays across the turn of the year', () => {
    expect(ageInMonth({ year: 2016, month: 1 }, { year: 2026, month: 12 })).toBe(10);
    expect(ageInMonth({ year: 2016, month: 1 }, { year: 2027, month: 1 })).toBe(11);
    expect(ageInMonth({ year: 2015, month: 12 }, { year: 2026, month: 11 })).toBe(10);
    expect(ageInMonth({ year: 2015, month: 12 }, { year: 2026, month: 12 })).toBe(11);
  });

  it('puts each age in its band, with the edges where the bands meet', () => {
    const at = (age: number) => stageFor({ year: 2000, month: 6 }, { year: 2000 + age, month: 6 });
    expect([3, 4, 7, 8, 10, 11, 13, 14, 17, 18, 19].map(at)).toEqual([
      'not-yet',
      '4-7',
      '4-7',
      '8-10',
      '8-10',
      '11-13',
      '11-13',
      '14-17',
      '14-17',
      'grown-up',
      'grown-up',
    ]);
  });

  it('gives the youngest band before 4 and keeps 14-17 once grown up', () => {
    expect(bandForBirth({ year: 2024, month: 1 }, { year: 2026, month: 12 })).toBe('4-7');
    expect(bandForBirth({ year: 2008, month: 12 }, { year: 2026, month: 12 })).toBe('14-17');
  });

  it('refuses a month still to come and an age far past the plan', () => {
    const today = { year: 2026, month: 12 };
    expect(birthMonthProblem({ year: 2027, month: 1 }, today)).toBe('in-future');
    expect(birthMonthProblem({ year: 2026, month: 12 }, today)).toBeUndefined();
    expect(birthMonthProblem({ year: 2006, month: 12 }, today)).toBe('too-old');
    expect(birthMonthProblem({ year: 2007, month: 1 }, today)).toBeUndefined();
  });

  it('says when the next band starts', () => {
    expect(nextBandChange({ year: 2016, month: 3 }, { year: 2026, month: 12 })).toEqual({ year: 2027, month: 3 });
    expect(nextBandChange({ year: 2012, month: 3 }, { year: 2026, month: 12 })).toEqual({ year: 2030, month: 3 });
    expect(nextBandChange({ year: 2008, month: 3 }, { year: 2026, month: 12 })).toBeUndefined();
  });

  it('reads and writes the stored form', () => {
    expect(parseBirth('2015-11')).toEqual({ year: 2015, month: 11 });
    expect(formatBirth({ year: 2016, month: 3 })).toBe('2016-03');
  });

  it('reads the month in the device time zone from the moment passed in', () => {
    const local = new Date(2026, 11, 31, 23, 30);
    expect(monthOf(local)).toEqual({ year: 2026, month: 12 });
  });
});

describe('children who grow', () => {
  const sam: Child = { id: 'sam', nickname: 'Sam', band: '8-10', birth: '2016-03' };

  it('moves a 10-year-old into 11-13 in the month they turn 11, with a notice shown once', () => {
    const before = planWith(sam);
    expect(growUpOps(before, { year: 2027, month: 2 })).toEqual([]);
    const after = grow(before, 2027, 3);
    expect(after.children[0]).toMatchObject({ band: '11-13', bandNotice: { from: '8-10', to: '11-13' } });
    expect(pendingNotices(after).map((entry) => entry.child.id)).toEqual(['sam']);
    // Looking again the same month (or later in the band) changes nothing and adds no second notice.
    expect(growUpOps(after, { year: 2027, month: 3 })).toEqual([]);
    const seen = applyOps(after, [dismissNoticeOp('sam')], now);
    expect(pendingNotices(seen)).toEqual([]);
    expect(growUpOps(seen, { year: 2028, month: 7 })).toEqual([]);
    expect(seen.children[0]!.band).toBe('11-13');
  });

  it('keeps the first band in the notice when two changes happen before it is seen', () => {
    const after = grow(grow(planWith(sam), 2027, 3), 2030, 3);
    expect(after.children[0]!.bandNotice).toEqual({ from: '8-10', to: '14-17' });
  });

  it('marks a child who turns 18 as grown up, keeps their band and everything in the plan', () => {
    const ash: Child = { id: 'ash', nickname: 'Ash', band: '14-17', birth: '2008-12' };
    const plan: Plan = {
      ...planWith(ash),
      talks: [{ id: 't', childId: 'ash', topic: 'if-it-ever-happens', status: 'done', note: 'kept' }],
    };
    expect(growUpOps(plan, { year: 2026, month: 11 })).toEqual([]);
    const after = grow(plan, 2026, 12);
    expect(after.children[0]).toMatchObject({
      band: '14-17',
      grownUp: true,
      bandNotice: { from: '14-17', to: 'grown-up' },
    });
    expect(after.talks).toEqual(plan.talks);
    expect(growUpOps(applyOps(after, [dismissNoticeOp('ash')], now), { year: 2027, month: 5 })).toEqual([]);
  });

  it('moves a child back quietly when a corrected birth month makes them younger', () => {
    const corrected = planWith({ ...sam, band: '11-13', birth: '2017-03' });
    const after = grow(corrected, 2027, 3);
    expect(after.children[0]!.band).toBe('8-10');
    expect(after.children[0]!.bandNotice).toBeUndefined();
  });

  it('never touches a child without a birth month', () => {
    const plan = planWith({ id: 'x', nickname: 'X', band: '8-10' });
    expect(growUpOps(plan, { year: 2040, month: 1 })).toEqual([]);
  });

  it('sets the band straight from a birth month typed in, with no notice', () => {
    const child: Child = { id: 'x', nickname: 'X', band: '8-10' };
    const plan = applyOps(
      planWith(child),
      setBirthOps(child, { year: 2014, month: 1 }, { year: 2026, month: 12 }),
      now,
    );
    expect(plan.children[0]).toMatchObject({ band: '11-13', birth: '2014-01' });
    expect(plan.children[0]!.bandNotice).toBeUndefined();
    const cleared = applyOps(plan, setBirthOps(plan.children[0]!, undefined, { year: 2026, month: 12 }), now);
    expect(cleared.children[0]!.birth).toBeUndefined();
    expect(cleared.children[0]!.band).toBe('11-13');
  });
});
