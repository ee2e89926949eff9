import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../src/domain/plan-migrations';
import { mergePlans, nothingChanged, selectChildren } from '../../src/domain/plan-merge';
import type { Plan } from '../../src/domain/plan-schema';
import { planFixture } from './plan-helpers';

const now = new Date('2026-12-01T09:00:00Z');
const TOPICS = ['what-sextortion-is', 'if-it-ever-happens', 'fake-and-ai-images'] as const;

/**
 * Two plans that share a history: both start from a common set of item ids, and each side changes some of
 * them and adds its own. Ids are drawn from a small pool so the two sides often hold the same ids.
 */
const childIds = ['c1', 'c2', 'c3'];
const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    children: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...childIds),
        nickname: fc.constantFrom('Ash', 'Bee', 'Cal', 'A'),
        band: fc.constantFrom('8-10', '11-13', '14-17'),
      }),
      { selector: (child) => child.id, minLength: 1 },
    ),
    talks: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
        child: fc.nat(2),
        topic: fc.constantFrom(...TOPICS),
        status: fc.constantFrom('planned', 'done', 'skipped'),
        note: fc.constantFrom('', 'car', 'walk'),
        plannedFor: fc.option(fc.constantFrom('2026-12-05', '2027-01-01'), { nil: undefined }),
      }),
      { selector: (talk) => talk.id },
    ),
    agreements: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a1', 'a2', 'a3'),
        text: fc.constantFrom('Calm first.', 'No secrets that feel bad.'),
        origin: fc.constantFrom('suggested', 'own'),
      }),
      { selector: (agreement) => agreement.id },
    ),
    trustedAdults: fc.uniqueArray(
      fc.record({ id: fc.constantFrom('p1', 'p2'), name: fc.constantFrom('Gran', 'Coach'), contact: fc.constant('') }),
      { selector: (adult) => adult.id },
    ),
    checkIns: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('k1', 'k2', 'k3'),
        label: fc.constantFrom('New phone', 'Start of term'),
        date: fc.constantFrom('2027-01-06', '2027-02-01'),
        repeat: fc.constantFrom('none', 'monthly'),
        followsTalk: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      }),
      { selector: (checkIn) => checkIn.id },
    ),
    region: fc.option(fc.constantFrom('uk', 'ie'), { nil: undefined }),
    codeWord: fc.constantFrom('', 'teapot', 'pineapple'),
    phonePromise: fc.option(fc.constantFrom('You keep your phone if you tell me.', 'No phone taken, ever.'), {
      nil: undefined,
    }),
    updatedAt: fc.constantFrom('2026-11-01T00:00:00.000Z', '2026-11-15T00:00:00.000Z', '2026-11-20T00:00:00.000Z'),
  })
  .map((raw): Plan => {
    const talks = raw.talks.map(({ child, plannedFor, ...talk }) => ({
      ...talk,
      childId: raw.children[child % raw.children.length]!.id,
      ...(plannedFor ? { plannedFor } : {}),
    }));
    // One open talk per child and topic, as every stored plan has.
    const seen = new Set<string>();
    const valid = talks.filter((talk) => {
      if (talk.status === 'done') return true;
      const key = `${talk.childId}/${talk.topic}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const checkIns = raw.checkIns.map(({ followsTalk, ...checkIn }) =>
      followsTalk ? { ...checkIn, followsTalk } : checkIn,
    );
    return {
      schemaVersion: 2,
      children: raw.children,
      talks: valid,
      agreements: raw.agreements,
      trustedAdults: raw.trustedAdults,
      ifItHappens: {
        ...(raw.region ? { region: raw.region } : {}),
        codeWord: raw.codeWord,
        ...(raw.phonePromise ? { phonePromise: raw.phonePromise } : {}),
      },
      checkIns,
      updatedAt: raw.updatedAt,
    } as Plan;
  })
  .filter((plan) => migratePlan(plan).ok);

const merged = (mine: Plan, theirs: Plan): Plan => {
  const result = mergePlans(mine, theirs, now);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
};
const content = ({ updatedAt: _updatedAt, ...rest }: Plan) => rest;
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('merging two carers’ plans (property-based)', () => {
  it('is idempotent: bringing in the same file again changes nothing', () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (mine, theirs) => {
        const once = merged(mine, theirs);
        const twice = mergePlans(once, theirs, now);
        expect(twice.ok && content(twice.plan)).toEqual(content(once));
        expect(twice.ok && nothingChanged(twice.summary)).toBe(true);
        expect(content(merged(mine, mine))).toEqual(content(mine));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('loses no item: every id from either side is there, or folded into the same talk', () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (mine, theirs) => {
        const plan = merged(mine, theirs);
        for (const list of ['children', 'trustedAdults', 'checkIns'] as const) {
          for (const id of [...ids(mine[list]), ...ids(theirs[list])]) expect(ids(plan[list])).toContain(id);
        }
        for (const agreement of [...mine.agreements, ...theirs.agreements]) {
          const kept = plan.agreements.some((other) => other.id === agreement.id || other.text === agreement.text);
          expect(kept, agreement.id).toBe(true);
        }
        for (const talk of mine.talks) expect(ids(plan.talks)).toContain(talk.id);
        for (const talk of theirs.talks) {
          const kept =
            plan.talks.some((candidate) => candidate.id === talk.id) ||
            plan.talks.some(
              (candidate) =>
                candidate.childId === talk.childId && candidate.topic === talk.topic && candidate.status !== 'done',
            );
          expect(kept, talk.id).toBe(true);
          if (talk.note) {
            expect(plan.talks.some((candidate) => candidate.note.includes(talk.note) || candidate.id === talk.id)).toBe(
              true,
            );
          }
        }
        // A talk done on either side stays done.
        for (const talk of [...mine.talks, ...theirs.talks].filter((candidate) => candidate.status === 'done')) {
          expect(plan.talks.find((candidate) => candidate.id === talk.id)?.status).toBe('done');
        }
        expect(migratePlan(plan).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('merging: examples', () => {
  const mine = migratePlan(planFixture(2)).ok ? (planFixture(2) as Plan) : undefined!;

  it('adds the other carer’s new child and talk, and says so', () => {
    const theirs: Plan = {
      ...mine,
      children: [...mine.children, { id: 'child-dee', nickname: 'Dee', band: '8-10' }],
      talks: [
        ...mine.talks,
        { id: 'talk-9', childId: 'child-dee', topic: 'not-who-they-say', status: 'planned', note: '' },
      ],
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const result = mergePlans(mine, theirs, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.newChildren).toEqual(['Dee']);
    expect(result.summary.children).toEqual({ added: 1, updated: 0 });
    expect(result.summary.talks).toEqual({ added: 1, updated: 0 });
    expect(nothingChanged(result.summary)).toBe(false);
  });

  it('folds their copy of a talk I already have planned into mine, keeping its note', () => {
    const theirs: Plan = {
      ...mine,
      talks: [
        ...mine.talks,
        {
          id: 'talk-x',
          childId: 'child-ash',
          topic: 'if-it-ever-happens',
          status: 'planned',
          note: 'Grandad can do this one',
        },
      ],
    };
    const result = mergePlans(mine, theirs, now);
    expect(result.ok && result.plan.talks.filter((talk) => talk.topic === 'if-it-ever-happens')).toEqual([
      expect.objectContaining({ id: 'talk-2', note: 'Grandad can do this one' }),
    ]);
  });

  it('keeps a talk done when the other carer’s older copy still says planned', () => {
    const theirs: Plan = {
      ...mine,
      talks: mine.talks.map((talk) => (talk.id === 'talk-1' ? { ...talk, status: 'planned' as const } : talk)),
      updatedAt: '2026-12-01T08:00:00.000Z',
    };
    const result = mergePlans(mine, theirs, now);
    expect(result.ok && result.plan.talks.find((talk) => talk.id === 'talk-1')!.status).toBe('done');
  });

  it('brings in the phone promise the other carer wrote when I have none, and keeps mine when I have one', () => {
    const promise = 'You keep your phone if you tell us.';
    const theirs: Plan = { ...mine, ifItHappens: { ...mine.ifItHappens, phonePromise: promise } };
    const result = mergePlans(mine, theirs, now);
    expect(result.ok && result.plan.ifItHappens.phonePromise).toBe(promise);
    expect(result.ok && result.summary.ifItHappens).toBe(true);
    const ours: Plan = { ...mine, ifItHappens: { ...mine.ifItHappens, phonePromise: 'Our own words.' } };
    const kept = mergePlans(ours, theirs, now);
    expect(kept.ok && kept.plan.ifItHappens.phonePromise).toBe('Our own words.');
  });

  it('refuses, whole, a merge that would go past what a plan can hold', () => {
    const many = Array.from({ length: 11 }, (_, index) => ({
      id: `m${index}`,
      nickname: `M${index}`,
      band: '8-10' as const,
    }));
    const other = Array.from({ length: 11 }, (_, index) => ({
      id: `o${index}`,
      nickname: `O${index}`,
      band: '8-10' as const,
    }));
    const result = mergePlans(
      { ...mine, children: many, talks: [], checkIns: [] },
      { ...mine, children: other, talks: [], checkIns: [] },
      now,
    );
    expect(result).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('sharing chosen children', () => {
  it('keeps only their talks and follow-ups, and the family-wide parts', () => {
    const plan = planFixture(2) as Plan;
    const shared = selectChildren(plan, ['child-bee']);
    expect(ids(shared.children)).toEqual(['child-bee']);
    expect(shared.talks.every((talk) => talk.childId === 'child-bee')).toBe(true);
    expect(ids(shared.checkIns)).toEqual(['check-1']);
    expect(shared.agreements).toEqual(plan.agreements);
    expect(shared.ifItHappens).toEqual(plan.ifItHappens);
    expect(migratePlan(shared).ok).toBe(true);
  });
});
