import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps, type PlanOp } from '../../src/domain/plan-ops';
import type { Plan } from '../../src/domain/plan-schema';
import { keepUnchanged, sameValue } from '../../src/domain/plan-share';
import { largePlan } from './plan-helpers';

const now = new Date('2026-12-01T09:00:00Z');

/** What IndexedDB hands back: the same values, every object new. */
const readBack = (plan: Plan): Plan => structuredClone(plan);

describe('sameValue', () => {
  it('compares plain values, arrays and objects deeply', () => {
    expect(sameValue('a', 'a')).toBe(true);
    expect(sameValue(1, 2)).toBe(false);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('treats a field set to undefined as a field left out (an optional field)', () => {
    expect(sameValue({ a: 1, plannedFor: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, plannedFor: '2026-12-05' })).toBe(false);
  });
});

describe('keepUnchanged', () => {
  it('gives back the plan on screen itself when the copy read back is equal', () => {
    const onScreen = largePlan();
    expect(keepUnchanged(readBack(onScreen), onScreen)).toBe(onScreen);
  });

  it('keeps every unchanged item and list, and takes only what changed from the copy', () => {
    const onScreen = largePlan();
    const stored = readBack(
      applyOps(onScreen, [{ type: 'update-talk', id: 'talk-3', changes: { note: 'After tea' } }], now),
    );
    const shared = keepUnchanged(stored, onScreen);

    expect(shared).toEqual(stored);
    expect(shared).not.toBe(onScreen);
    expect(shared.talks).not.toBe(onScreen.talks);
    expect(shared.talks[3]).toBe(stored.talks[3]);
    expect(shared.talks[3]!.note).toBe('After tea');
    shared.talks.forEach((talk, index) => index !== 3 && expect(talk).toBe(onScreen.talks[index]));
    expect(shared.children).toBe(onScreen.children);
    expect(shared.agreements).toBe(onScreen.agreements);
    expect(shared.trustedAdults).toBe(onScreen.trustedAdults);
    expect(shared.checkIns).toBe(onScreen.checkIns);
    expect(shared.ifItHappens).toBe(onScreen.ifItHappens);
  });

  it('follows added, removed and reordered items (by id, never by place)', () => {
    const onScreen = largePlan();
    const stored = readBack(
      applyOps(
        onScreen,
        [
          { type: 'remove-talk', id: 'talk-0' },
          { type: 'add-agreement', agreement: { id: 'b', text: 'We ask first.', origin: 'own' }, index: 0 },
        ],
        now,
      ),
    );
    const shared = keepUnchanged(stored, onScreen);

    expect(shared).toEqual(stored);
    expect(shared.talks).toHaveLength(39);
    shared.talks.forEach((talk, index) => expect(talk).toBe(onScreen.talks[index + 1]));
    expect(shared.agreements[0]).toBe(stored.agreements[0]);
    expect(shared.agreements[1]).toBe(onScreen.agreements[0]);
    expect(shared.agreements).not.toBe(onScreen.agreements);
  });

  it('never hands back an old value: the result always equals the copy read back', () => {
    const ops: fc.Arbitrary<PlanOp> = fc.oneof(
      fc.record({
        type: fc.constant('update-talk' as const),
        id: fc.constantFrom('talk-1', 'talk-22', 'talk-39'),
        changes: fc.record({ note: fc.string({ maxLength: 5 }) }),
      }),
      fc.record({ type: fc.constant('remove-talk' as const), id: fc.constantFrom('talk-5', 'talk-30') }),
      fc.record({
        type: fc.constant('update-child' as const),
        id: fc.constantFrom('child-0', 'child-4'),
        changes: fc.record({ nickname: fc.constantFrom('Sam', 'Child 1') }),
      }),
      fc.record({
        type: fc.constant('set-if-it-happens' as const),
        changes: fc.record({ codeWord: fc.constantFrom('teapot', 'kettle') }),
      }),
      fc.record({
        type: fc.constant('update-check-in' as const),
        id: fc.constant('c'),
        changes: fc.record({ label: fc.constantFrom('New phone', 'New school') }),
      }),
    );
    fc.assert(
      fc.property(fc.array(ops, { maxLength: 6 }), fc.array(ops, { maxLength: 6 }), (before, after) => {
        const onScreen = applyOps(largePlan(), before, now);
        const stored = readBack(applyOps(onScreen, after, now));
        const shared = keepUnchanged(stored, onScreen);
        expect(shared).toEqual(stored);
        // Whatever was kept is an item of the plan on screen equal to the one read back.
        shared.talks.forEach((talk, index) => {
          if (talk !== stored.talks[index]) expect(onScreen.talks).toContain(talk);
        });
      }),
    );
  });
});
