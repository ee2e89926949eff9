import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../src/domain/plan-migrations';
import { applyOp, applyOps } from '../../src/domain/plan-ops';
import { emptyPlan, type Plan } from '../../src/domain/plan-schema';
import { planFixture } from './plan-helpers';

const now = new Date('2026-12-01T09:00:00Z');
const migrated = (raw: unknown): Plan => {
  const result = migratePlan(raw);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
};

describe('plan version 2', () => {
  it("migrates today's (version 1) format with every field kept as it was", () => {
    const fixture = planFixture(1) as Plan;
    const plan = migrated(fixture);
    expect(plan.schemaVersion).toBe(2);
    expect({ ...plan, schemaVersion: 1 }).toEqual(fixture);
  });

  it('reads the version 2 fixture with its new fields', () => {
    const plan = migrated(planFixture(2));
    expect(plan).toEqual(planFixture(2));
    expect(plan.children[0]!.birth).toBe('2011-03');
    expect(plan.talks[2]!.status).toBe('skipped');
    expect(plan.talks[0]!.after).toEqual({ feeling: 'mixed', comeBackTo: 'He asked about the money part.' });
    expect(plan.checkIns[1]!.followsTalk).toBe('talk-1');
  });

  it('folds a talk planned twice for one child in version 1 into one, keeping both notes and the earlier date', () => {
    const fixture = planFixture(1) as Plan;
    const repeat = { ...fixture.talks[0]!, id: 'talk-repeat', plannedFor: '2026-12-01', note: 'Or on the walk.' };
    const plan = migrated({ ...fixture, talks: [...fixture.talks, repeat] });
    const folded = plan.talks.filter(
      (talk) => talk.childId === 'child-ash' && talk.topic === 'the-money-demand-script',
    );
    expect(folded).toEqual([
      {
        ...fixture.talks[0]!,
        plannedFor: '2026-12-01',
        note: 'In the car after football; keep it short.\n\nOr on the walk.',
      },
    ]);
    expect(plan.talks).toHaveLength(fixture.talks.length);
  });

  it('keeps a talk that was done and is planned again', () => {
    const fixture = planFixture(1) as Plan;
    const again = { ...fixture.talks[1]!, id: 'talk-again', status: 'planned' as const, note: '' };
    expect(migrated({ ...fixture, talks: [...fixture.talks, again] }).talks).toHaveLength(3);
  });

  it('refuses a version 2 plan with the same talk open twice for a child', () => {
    const plan = planFixture(2) as Plan;
    const twice = { ...plan.talks[1]!, id: 'talk-twice' };
    expect(migratePlan({ ...plan, talks: [...plan.talks, twice] }).ok).toBe(false);
  });

  it('refuses birth months that are not a month', () => {
    const plan = planFixture(2) as Plan;
    for (const birth of ['2015-13', '2015-00', '2015-3', '15-03', '2015-03-01', 201503]) {
      const children = [{ ...plan.children[0]!, birth }, ...plan.children.slice(1)];
      expect(migratePlan({ ...plan, children }).ok, JSON.stringify(birth)).toBe(false);
    }
  });
});

describe('no duplicate talk per child', () => {
  const child = { id: 'c1', nickname: 'Ash', band: '11-13' as const };
  const talk = { id: 't1', childId: 'c1', topic: 'what-sextortion-is', status: 'planned' as const, note: '' };
  const base = applyOps(
    emptyPlan(now),
    [
      { type: 'add-child', child },
      { type: 'add-talk', talk },
    ],
    now,
  );

  it('does not add the same talk again while one is open', () => {
    const again = applyOp(base, { type: 'add-talk', talk: { ...talk, id: 't2' } }, now);
    expect(again.talks.map((candidate) => candidate.id)).toEqual(['t1']);
    const otherChild = applyOps(
      base,
      [
        { type: 'add-child', child: { ...child, id: 'c2' } },
        { type: 'add-talk', talk: { ...talk, id: 't3', childId: 'c2' } },
      ],
      now,
    );
    expect(otherChild.talks).toHaveLength(2);
  });

  it('allows planning a done talk again, but not reopening it while the new one is open', () => {
    const done = applyOp(base, { type: 'update-talk', id: 't1', changes: { status: 'done' } }, now);
    const planned = applyOp(done, { type: 'add-talk', talk: { ...talk, id: 't2' } }, now);
    expect(planned.talks).toHaveLength(2);
    const reopened = applyOp(planned, { type: 'update-talk', id: 't1', changes: { status: 'planned' } }, now);
    expect(reopened.talks.find((candidate) => candidate.id === 't1')!.status).toBe('done');
    expect(migratePlan(reopened).ok).toBe(true);
  });
});
