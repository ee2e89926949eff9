import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_IDS } from '../../src/domain/bands';
import { migratePlan } from '../../src/domain/plan-migrations';
import { applyOps, type PlanOp } from '../../src/domain/plan-ops';
import { emptyPlan, isPlanDate, LIMITS } from '../../src/domain/plan-schema';
import { REGION_IDS } from '../../src/domain/regions';

const now = new Date('2026-11-28T21:00:00Z');

// What the page's controls can hand over: any text (pasted, typed past a limit), any value a date input gives
// (including five-digit years and empty), ids from crypto.randomUUID, choices from the selects.
const text = fc.string({ maxLength: 2500, unit: 'grapheme' });
const dateInput = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('', '20260-12-31', '275760-09-13', '2026-02-30', '1999-12-31', '2100-01-01', '2026-12-31'),
);
const band = fc.constantFrom(...BAND_IDS);
// What the birth month fields can hand over: a month from the select and any four characters typed as a year.
const birthInput = fc
  .tuple(fc.string({ minLength: 0, maxLength: 5 }), fc.integer({ min: 0, max: 13 }))
  .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);

function uiOps(childIds: string[], itemIds: string[]): fc.Arbitrary<PlanOp> {
  const childId = fc.constantFrom(...childIds);
  const itemId = fc.constantFrom(...itemIds);
  return fc.oneof(
    fc.record({ type: fc.constant('add-child' as const), child: fc.record({ id: childId, nickname: text, band }) }),
    fc.record({ type: fc.constant('update-child' as const), id: childId, changes: fc.record({ nickname: text }) }),
    // The planner: birth month, pace, the band-change notice.
    fc.record({
      type: fc.constant('update-child' as const),
      id: childId,
      changes: fc.record(
        {
          birth: fc.oneof(birthInput, fc.constant(undefined)),
          band,
          pace: fc.constantFrom('weekly' as const, 'fortnightly' as const),
          bandNotice: fc.record({ from: band, to: fc.constantFrom(...BAND_IDS, 'grown-up' as const) }),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ type: fc.constant('remove-child' as const), id: childId }),
    fc.record({
      type: fc.constant('add-talk' as const),
      talk: fc.record({
        id: itemId,
        childId,
        topic: fc.constantFrom('what-sextortion-is', 'if-it-ever-happens'),
        status: fc.constant('planned' as const),
        note: fc.constant(''),
      }),
    }),
    // The planner's suggested path adds talks with their band, and marks, skips and brings them back.
    fc.record({
      type: fc.constant('add-talk' as const),
      talk: fc.record({
        id: itemId,
        childId,
        topic: fc.constantFrom('what-sextortion-is', 'if-it-ever-happens', 'how-sextortion-works'),
        band,
        plannedFor: dateInput.filter(isPlanDate),
        status: fc.constant('planned' as const),
        note: fc.constant(''),
        fromPath: fc.constant(true as const),
      }),
    }),
    fc.record({
      type: fc.constant('update-talk' as const),
      id: itemId,
      changes: fc.record(
        {
          status: fc.constantFrom('planned' as const, 'done' as const, 'skipped' as const),
          doneOn: dateInput,
          after: fc.record(
            {
              feeling: fc.constantFrom('good' as const, 'mixed' as const, 'hard' as const),
              comeBackTo: fc.oneof(text, fc.string({ minLength: LIMITS.comeBackTo - 10, maxLength: 700 })),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['status'] },
      ),
    }),
    fc.record({ type: fc.constant('update-talk' as const), id: itemId, changes: fc.record({ note: text }) }),
    fc.record({
      type: fc.constant('update-talk' as const),
      id: itemId,
      changes: dateInput.map((value) => ({ plannedFor: value || undefined })),
    }),
    fc.record({
      type: fc.constant('add-agreement' as const),
      agreement: fc.record({ id: itemId, text, origin: fc.constant('own' as const) }),
    }),
    fc.record({
      type: fc.constant('add-trusted-adult' as const),
      adult: fc.record({ id: itemId, name: text, contact: text }),
    }),
    fc.record({
      type: fc.constant('update-trusted-adult' as const),
      id: itemId,
      changes: fc.record({ name: text, contact: text }),
    }),
    fc.record({
      type: fc.constant('set-if-it-happens' as const),
      changes: fc.record(
        { codeWord: text, region: fc.constantFrom(undefined, ...REGION_IDS) },
        { requiredKeys: ['codeWord'] },
      ),
    }),
    fc.record({
      type: fc.constant('add-check-in' as const),
      checkIn: fc.record({
        id: itemId,
        label: text,
        date: dateInput,
        repeat: fc.constantFrom('none', 'monthly', 'termly', 'yearly'),
      }),
    }),
    // The follow-up after a talk: a check-in that names the talk it follows.
    fc.record({
      type: fc.constant('add-check-in' as const),
      checkIn: fc.record({
        id: itemId,
        label: text,
        date: dateInput,
        repeat: fc.constant('none' as const),
        followsTalk: itemId,
      }),
    }),
    fc.record({ type: fc.constant('update-check-in' as const), id: itemId, changes: fc.record({ date: dateInput }) }),
    fc.record({ type: fc.constant('remove-check-in' as const), id: itemId }),
  ) as fc.Arbitrary<PlanOp>;
}

describe('limits: one source of truth', () => {
  it('every plan reachable through the page loads again', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.uuid(), { minLength: 25, maxLength: 25 })
          .chain((childIds) =>
            fc
              .uniqueArray(fc.uuid(), { minLength: 40, maxLength: 120 })
              .chain((itemIds) => fc.array(uiOps(childIds, itemIds), { maxLength: 300 })),
          ),
        (ops) => {
          const plan = applyOps(emptyPlan(now), ops, now);
          // As stored: through structured clone / JSON, then the loader.
          const loaded = migratePlan(JSON.parse(JSON.stringify(plan)));
          expect(loaded.ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every plan reachable through the page loads again, starting from children and talks that the edits land on', () => {
    // Few ids, all in use from the start, so the planner's changes (birth months, marking done, skipping,
    // follow-ups) hit real children and talks rather than missing them.
    const childIds = ['c0', 'c1', 'c2'];
    const itemIds = ['t0', 't1', 't2', 't3', 'k0', 'k1'];
    const base = applyOps(
      emptyPlan(now),
      [
        ...childIds.map((id): PlanOp => ({ type: 'add-child', child: { id, nickname: id, band: '11-13' } })),
        ...itemIds.slice(0, 4).map((id, index): PlanOp => ({
          type: 'add-talk',
          // t3 is a talk c0 has had before and has planned again (t0): reopening it must not make two.
          talk: {
            id,
            childId: childIds[index % childIds.length]!,
            topic: 'what-sextortion-is',
            status: index === 3 ? 'done' : 'planned',
            note: '',
          },
        })),
      ],
      now,
    );
    expect(base.talks).toHaveLength(4);
    fc.assert(
      fc.property(fc.array(uiOps(childIds, itemIds), { minLength: 1, maxLength: 40, size: 'medium' }), (ops) => {
        const plan = applyOps(base, ops, now);
        expect(migratePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('stops at the schema limits', () => {
    const adds: PlanOp[] = Array.from({ length: LIMITS.children + 5 }, (_, index) => ({
      type: 'add-child',
      child: { id: `c${index}`, nickname: 'x'.repeat(500), band: '8-10' },
    }));
    const plan = applyOps(emptyPlan(now), adds, now);
    expect(plan.children).toHaveLength(LIMITS.children);
    expect(plan.children[0]!.nickname).toHaveLength(LIMITS.nickname);
  });

  it('accepts only real dates in the sensible range', () => {
    expect(isPlanDate('2026-12-31')).toBe(true);
    for (const date of ['20260-12-31', '2026-02-30', '1999-12-31', '2100-01-01', '', '2026-1-1']) {
      expect(isPlanDate(date), date).toBe(false);
    }
  });
});
