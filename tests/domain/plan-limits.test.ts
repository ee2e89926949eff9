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

function uiOps(childIds: string[], itemIds: string[]): fc.Arbitrary<PlanOp> {
  const childId = fc.constantFrom(...childIds);
  const itemId = fc.constantFrom(...itemIds);
  return fc.oneof(
    fc.record({ type: fc.constant('add-child' as const), child: fc.record({ id: childId, nickname: text, band }) }),
    fc.record({ type: fc.constant('update-child' as const), id: childId, changes: fc.record({ nickname: text }) }),
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
