import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followUpDate, followUpFor, followUpOps, markDoneOps } from '../../src/domain/after-talk';
import { BAND_IDS } from '../../src/domain/bands';
import { applyOps } from '../../src/domain/plan-ops';
import { emptyPlan, type Child, type Plan } from '../../src/domain/plan-schema';
import {
  acceptPathOps,
  addDays,
  dayOf,
  moveTalkOps,
  nextTalk,
  pathState,
  progress,
  readyCount,
  skipTalkOps,
  TALK_PATHS,
  unskipOp,
  upcomingTalks,
} from '../../src/domain/talk-path';
import { enPlanner } from '../../src/i18n/en-planner';
import { contentFiles } from '../content/load-content';

const now = new Date('2026-12-01T09:00:00Z');
const sam: Child = { id: 'sam', nickname: 'Sam', band: '11-13' };
const base: Plan = { ...emptyPlan(now), children: [sam] };
let counter = 0;
const newId = () => `id-${(counter += 1)}`;
const accept = (plan: Plan, pace: 'weekly' | 'fortnightly' = 'weekly', start = '2026-12-05') =>
  applyOps(plan, acceptPathOps(plan, plan.children[0]!, { pace, start, newId }), now);
const topics = (plan: Plan) => upcomingTalks(plan, plan.children[0]!).map((talk) => talk.topic);
const dates = (plan: Plan) => upcomingTalks(plan, plan.children[0]!).map((talk) => talk.plannedFor);

describe('the suggested path data', () => {
  it('covers every script of every band exactly once, and nothing else', () => {
    for (const band of BAND_IDS) {
      const scripts = contentFiles('scripts', '.yaml')
        .filter((file) => basename(dirname(file)) === band)
        .map((file) => basename(file, '.yaml'))
        .sort();
      expect([...TALK_PATHS[band].map((step) => step.topic)].sort(), band).toEqual(scripts);
    }
  });

  it('has a reason for every step, and follow-ups between a few days and two weeks', () => {
    for (const band of BAND_IDS) {
      for (const step of TALK_PATHS[band]) {
        expect(enPlanner.path.reasons[`${band}/${step.topic}`], `${band}/${step.topic}`).toMatch(/\w{3}.*\.$/);
        expect(step.followUpDays).toBeGreaterThanOrEqual(2);
        expect(step.followUpDays).toBeLessThanOrEqual(14);
      }
    }
    expect(Object.keys(enPlanner.path.reasons)).toHaveLength(BAND_IDS.flatMap((band) => TALK_PATHS[band]).length);
  });
});

describe('days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('reads the day in the device time zone', () => {
    expect(dayOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('accepting a path', () => {
  it('plans the whole path in one step, in order, one a week from the start day', () => {
    const plan = accept(base);
    expect(topics(plan)).toEqual(TALK_PATHS['11-13'].map((step) => step.topic));
    expect(dates(plan)).toEqual(['2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26', '2027-01-02', '2027-01-09']);
    expect(plan.children[0]!.pace).toBe('weekly');
    expect(plan.talks.every((talk) => talk.band === '11-13' && talk.fromPath)).toBe(true);
  });

  it('paces one a fortnight when chosen', () => {
    expect(dates(accept(base, 'fortnightly')).slice(0, 3)).toEqual(['2026-12-05', '2026-12-19', '2027-01-02']);
  });

  it('never plans a talk twice, keeps dates already chosen and leaves done talks done', () => {
    const plan: Plan = {
      ...base,
      talks: [
        { id: 'a', childId: 'sam', topic: 'what-sextortion-is', status: 'done', note: '' },
        {
          id: 'b',
          childId: 'sam',
          topic: 'friends-who-move-fast',
          status: 'planned',
          plannedFor: '2027-03-01',
          note: 'x',
        },
        { id: 'c', childId: 'sam', topic: 'fake-and-ai-images', status: 'planned', note: '' },
      ],
    };
    const after = accept(plan);
    const twice = accept(after);
    expect(twice.talks).toEqual(after.talks);
    expect(after.talks).toHaveLength(6);
    expect(after.talks.find((talk) => talk.id === 'b')!.plannedFor).toBe('2027-03-01');
    expect(after.talks.find((talk) => talk.id === 'c')!.plannedFor).toBeDefined();
    expect(after.talks.find((talk) => talk.id === 'a')!.status).toBe('done');
    const open = after.talks.filter((talk) => talk.status !== 'done').map((talk) => talk.topic);
    expect(new Set(open).size).toBe(open.length);
  });

  it("moves an open talk from the child's earlier band to the new band's script", () => {
    const plan: Plan = {
      ...base,
      talks: [{ id: 'old', childId: 'sam', topic: 'if-it-ever-happens', band: '8-10', status: 'planned', note: '' }],
    };
    const after = accept(plan);
    expect(after.talks.filter((talk) => talk.topic === 'if-it-ever-happens')).toEqual([
      expect.objectContaining({ id: 'old', band: '11-13' }),
    ]);
  });
});

describe('reordering and skipping', () => {
  it('moves a talk earlier or later and keeps the pace of the dates', () => {
    const plan = accept(base);
    const second = upcomingTalks(plan, sam)[1]!;
    const moved = applyOps(plan, moveTalkOps(plan, sam, second.id, -1), now);
    expect(topics(moved).slice(0, 2)).toEqual(['if-it-ever-happens', 'what-sextortion-is']);
    expect(dates(moved)).toEqual(dates(plan));
    expect(moveTalkOps(moved, sam, upcomingTalks(moved, sam)[0]!.id, -1)).toEqual([]);
    expect(moveTalkOps(moved, sam, upcomingTalks(moved, sam).at(-1)!.id, 1)).toEqual([]);
  });

  it('skips a talk, moves the later ones up a slot, and can bring it back', () => {
    const plan = accept(base);
    const first = upcomingTalks(plan, sam)[0]!;
    const skipped = applyOps(plan, skipTalkOps(plan, sam, first.id), now);
    expect(topics(skipped)).toEqual(TALK_PATHS['11-13'].slice(1).map((step) => step.topic));
    expect(dates(skipped)).toEqual(dates(plan).slice(0, 5));
    expect(pathState(skipped, sam)[0]!.state).toBe('skipped');
    expect(progress(skipped, sam)).toEqual({ done: 0, planned: 5, notYet: 1 });
    const back = applyOps(skipped, [unskipOp(first.id)], now);
    expect(pathState(back, sam)[0]!.state).toBe('planned');
    // Accepting again leaves a skipped talk skipped.
    expect(accept(skipped).talks).toEqual(skipped.talks);
  });
});

describe("what's next and progress", () => {
  it('is the earliest dated talk, then undated talks in path order', () => {
    const plan: Plan = {
      ...base,
      talks: [
        { id: 'u2', childId: 'sam', topic: 'when-it-happens-to-a-friend', status: 'planned', note: '' },
        { id: 'u1', childId: 'sam', topic: 'what-sextortion-is', status: 'planned', note: '' },
        { id: 'd', childId: 'sam', topic: 'fake-and-ai-images', status: 'planned', plannedFor: '2027-02-01', note: '' },
        { id: 'done', childId: 'sam', topic: 'if-it-ever-happens', status: 'done', plannedFor: '2026-01-01', note: '' },
      ],
    };
    expect(nextTalk(plan, sam)?.id).toBe('d');
    expect(upcomingTalks(plan, sam).map((talk) => talk.id)).toEqual(['d', 'u1', 'u2']);
    expect(nextTalk({ ...plan, talks: plan.talks.filter((talk) => talk.id === 'done') }, sam)).toBeUndefined();
  });

  it('counts done, planned and not yet in the current band', () => {
    const plan = accept(base);
    const first = upcomingTalks(plan, sam)[0]!;
    const done = applyOps(plan, markDoneOps(first, '2026-12-05'), now);
    expect(progress(done, sam)).toEqual({ done: 1, planned: 5, notYet: 0 });
    expect(progress(base, sam)).toEqual({ done: 0, planned: 0, notYet: 6 });
    expect(readyCount(base, sam)).toBe(6);
    // A talk done in an earlier band does not count as done in this one.
    const earlier: Plan = {
      ...base,
      talks: [{ id: 'x', childId: 'sam', topic: 'if-it-ever-happens', band: '8-10', status: 'done', note: '' }],
    };
    expect(progress(earlier, sam)).toEqual({ done: 0, planned: 0, notYet: 6 });
  });
});

describe('after the talk', () => {
  it('marks it done with the day, keeps only the answers given, and proposes the follow-up day', () => {
    const plan = accept(base);
    const first = upcomingTalks(plan, sam)[0]!;
    const quiet = applyOps(plan, markDoneOps(first, '2026-12-06'), now).talks.find((talk) => talk.id === first.id)!;
    expect(quiet).toMatchObject({ status: 'done', doneOn: '2026-12-06' });
    expect(quiet.after).toBeUndefined();
    const answered = applyOps(
      plan,
      markDoneOps(first, '2026-12-06', { feeling: 'hard', comeBackTo: '  the law  ' }),
      now,
    );
    const talk = answered.talks.find((candidate) => candidate.id === first.id)!;
    expect(talk.after).toEqual({ feeling: 'hard', comeBackTo: 'the law' });
    // what-sextortion-is: "A few days later" -> 3 days.
    expect(followUpDate(talk, sam, '2026-12-09')).toBe('2026-12-09');
    const second = upcomingTalks(answered, sam)[0]!; // if-it-ever-happens: "A week later"
    expect(followUpDate({ ...second, doneOn: '2026-12-12' }, sam, '2026-12-12')).toBe('2026-12-19');
  });

  it('adds the follow-up check-in once per talk', () => {
    const plan = accept(base);
    const talk = upcomingTalks(plan, sam)[0]!;
    const checkIn = { id: 'f1', label: 'Follow up: What sextortion is', date: '2026-12-08' };
    const once = applyOps(plan, followUpOps(plan, talk, checkIn), now);
    expect(followUpFor(once, talk.id)).toMatchObject({ date: '2026-12-08', repeat: 'none', followsTalk: talk.id });
    expect(followUpOps(once, talk, { ...checkIn, id: 'f2' })).toEqual([]);
  });
});
