import { describe, expect, it } from 'vitest';
import { applyOp, applyOps, undoFor, type PlanOp } from '../../src/domain/plan-ops';
import { migratePlan } from '../../src/domain/plan-migrations';
import { emptyPlan, PLAN_SCHEMA_VERSION, type Plan } from '../../src/domain/plan-schema';
import { planFixture } from './plan-helpers';

const now = new Date('2026-11-28T21:00:00Z');

describe('plan migrations', () => {
  it.each(Array.from({ length: PLAN_SCHEMA_VERSION }, (_, index) => [index + 1]))(
    'migrates the version %i fixture to the current version with nothing lost',
    (version) => {
      const fixture = planFixture(version) as Plan;
      const result = migratePlan(fixture);
      expect(result.ok).toBe(true);
      const plan = (result as { plan: Plan }).plan;
      expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
      expect(plan.children).toEqual(fixture.children);
      expect(plan.talks).toEqual(fixture.talks);
      expect(plan.agreements).toEqual(fixture.agreements);
      expect(plan.trustedAdults).toEqual(fixture.trustedAdults);
      expect(plan.ifItHappens).toEqual(fixture.ifItHappens);
      expect(plan.checkIns).toEqual(fixture.checkIns);
    },
  );

  it('refuses a plan from a newer version of Open Door instead of guessing', () => {
    expect(migratePlan({ ...(planFixture(1) as object), schemaVersion: 99 })).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('refuses things that are not plans', () => {
    for (const raw of [null, 7, 'plan', [], {}, { schemaVersion: 0 }, { schemaVersion: '1' }]) {
      expect(migratePlan(raw).ok, JSON.stringify(raw)).toBe(false);
    }
  });

  it('refuses a plan whose talks point at a child who is not there, or with repeated ids', () => {
    const fixture = planFixture(1) as Plan;
    expect(migratePlan({ ...fixture, talks: [{ ...fixture.talks[0]!, childId: 'nobody' }] }).ok).toBe(false);
    expect(migratePlan({ ...fixture, agreements: [fixture.agreements[0]!, fixture.agreements[0]!] }).ok).toBe(false);
  });

  it('drops unknown fields rather than keeping them', () => {
    const result = migratePlan({ ...(planFixture(1) as object), sneaky: '<script>' });
    expect(result.ok && 'sneaky' in result.plan).toBe(false);
  });
});

describe('plan operations', () => {
  const child = { id: 'c1', nickname: 'Ash', band: '11-13' as const };
  const talk = { id: 't1', childId: 'c1', topic: 'what-sextortion-is', status: 'planned' as const, note: '' };

  it('adds, updates and removes children and talks', () => {
    let plan = applyOps(
      emptyPlan(now),
      [
        { type: 'add-child', child },
        { type: 'add-talk', talk },
      ],
      now,
    );
    plan = applyOp(plan, { type: 'update-talk', id: 't1', changes: { status: 'done', note: 'Good chat' } }, now);
    expect(plan.talks).toEqual([{ ...talk, status: 'done', note: 'Good chat' }]);
    plan = applyOp(plan, { type: 'update-child', id: 'c1', changes: { nickname: 'A' } }, now);
    expect(plan.children[0]!.nickname).toBe('A');
    expect(plan.updatedAt).toBe(now.toISOString());
  });

  it('does not add a talk for a child who is not in the plan', () => {
    const plan = emptyPlan(now);
    expect(applyOp(plan, { type: 'add-talk', talk }, now)).toBe(plan);
  });

  it('removes a child with their talks, and undo brings both back in place', () => {
    const before = applyOps(
      emptyPlan(now),
      [
        { type: 'add-child', child },
        { type: 'add-child', child: { id: 'c2', nickname: 'Bee', band: '4-7' } },
        { type: 'add-talk', talk },
        { type: 'add-talk', talk: { ...talk, id: 't2', childId: 'c2' } },
        { type: 'add-talk', talk: { ...talk, id: 't3' } },
      ],
      now,
    );
    const remove: PlanOp = { type: 'remove-child', id: 'c1' };
    const undo = undoFor(before, remove);
    const after = applyOp(before, remove, now);
    expect(after.children.map((c) => c.id)).toEqual(['c2']);
    expect(after.talks.map((t) => t.id)).toEqual(['t2']);
    const restored = applyOps(after, undo, now);
    expect(restored.children).toEqual(before.children);
    expect(restored.talks).toEqual(before.talks);
  });

  it.each([
    [
      'agreement',
      { type: 'add-agreement', agreement: { id: 'x', text: 'Calm first', origin: 'own' } },
      { type: 'remove-agreement', id: 'x' },
    ],
    [
      'trusted adult',
      { type: 'add-trusted-adult', adult: { id: 'x', name: 'Gran', contact: '' } },
      { type: 'remove-trusted-adult', id: 'x' },
    ],
    [
      'check-in',
      { type: 'add-check-in', checkIn: { id: 'x', label: 'New phone', date: '2027-01-01', repeat: 'none' } },
      { type: 'remove-check-in', id: 'x' },
    ],
  ] as [string, PlanOp, PlanOp][])('undo restores a removed %s', (_name, add, remove) => {
    const before = applyOp(emptyPlan(now), add, now);
    const after = applyOp(before, remove, now);
    expect(applyOps(after, undoFor(before, remove), now)).toEqual(before);
  });

  it('ignores an operation on something that is gone, so two tabs cannot corrupt the plan', () => {
    const plan = applyOp(emptyPlan(now), { type: 'add-child', child }, now);
    const afterRemoval = applyOp(plan, { type: 'remove-child', id: 'c1' }, now);
    const late = applyOp(afterRemoval, { type: 'update-child', id: 'c1', changes: { nickname: 'Z' } }, now);
    expect(late.children).toEqual([]);
  });

  it('never duplicates an id when the same add arrives twice', () => {
    const plan = applyOps(
      emptyPlan(now),
      [
        { type: 'add-child', child },
        { type: 'add-child', child },
      ],
      now,
    );
    expect(plan.children).toHaveLength(1);
  });

  it('keeps both sets of edits when two lists of operations are applied one after the other', () => {
    const base = applyOp(emptyPlan(now), { type: 'add-child', child }, now);
    const fromTabA: PlanOp[] = [{ type: 'add-trusted-adult', adult: { id: 'a', name: 'Gran', contact: '' } }];
    const fromTabB: PlanOp[] = [{ type: 'set-if-it-happens', changes: { codeWord: 'pineapple' } }];
    const merged = applyOps(applyOps(base, fromTabA, now), fromTabB, now);
    expect(merged.trustedAdults).toHaveLength(1);
    expect(merged.ifItHappens.codeWord).toBe('pineapple');
  });
});
