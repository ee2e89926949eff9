// A suggested path per band: which talks, in what order, at what pace, and what is next for each child.
// The order and the follow-up timing are kept here as data, not in the script YAML: the path is a property
// of a band's set of scripts (it says how they follow each other), it is read only by the plan, and keeping
// it in one list keeps it reviewable in one place. tests/domain/talk-path.test.ts checks it covers every
// script exactly once. The reason shown for each step ("start here") is interface text in src/i18n.
import type { BandId } from './bands';
import type { PlanOp } from './plan-ops';
import type { Child, Pace, Plan, PlannedTalk } from './plan-schema';

export interface PathStep {
  topic: string;
  /** Days after the talk that its script's follow-up suggests ("a few days later" = 3, "in a week" = 7). */
  followUpDays: number;
}

export const TALK_PATHS: Record<BandId, readonly PathStep[]> = {
  '4-7': [
    { topic: 'my-body-belongs-to-me', followUpDays: 3 },
    { topic: 'secrets-and-surprises', followUpDays: 7 },
    { topic: 'telling-a-grown-up', followUpDays: 7 },
    { topic: 'asking-before-photos', followUpDays: 7 },
  ],
  '8-10': [
    { topic: 'not-who-they-say', followUpDays: 7 },
    { topic: 'nobody-should-ask-for-pictures', followUpDays: 3 },
    { topic: 'if-something-worries-you', followUpDays: 7 },
    { topic: 'moving-to-another-app', followUpDays: 7 },
    { topic: 'secrets-that-feel-bad', followUpDays: 7 },
    { topic: 'who-else-you-can-tell', followUpDays: 7 },
  ],
  '11-13': [
    { topic: 'what-sextortion-is', followUpDays: 3 },
    { topic: 'if-it-ever-happens', followUpDays: 7 },
    { topic: 'friends-who-move-fast', followUpDays: 3 },
    { topic: 'nudes-pressure-and-the-law', followUpDays: 7 },
    { topic: 'fake-and-ai-images', followUpDays: 4 },
    { topic: 'when-it-happens-to-a-friend', followUpDays: 3 },
  ],
  '14-17': [
    { topic: 'how-sextortion-works', followUpDays: 3 },
    { topic: 'if-it-ever-happens', followUpDays: 7 },
    { topic: 'the-money-demand-script', followUpDays: 7 },
    { topic: 'images-relationships-and-consent', followUpDays: 3 },
    { topic: 'fake-and-ai-images', followUpDays: 4 },
    { topic: 'getting-images-removed', followUpDays: 7 },
    { topic: 'when-it-happens-to-a-friend', followUpDays: 3 },
  ],
};

export const PACE_DAYS: Record<Pace, number> = { weekly: 7, fortnightly: 14 };

/** Used when a topic has no path step (a script added later): a week, like most scripts' follow-ups. */
export const DEFAULT_FOLLOW_UP_DAYS = 7;

/** YYYY-MM-DD of a moment in the device's own time zone. */
export function dayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Calendar arithmetic on YYYY-MM-DD days (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function followUpDays(band: BandId, topic: string): number {
  return TALK_PATHS[band].find((step) => step.topic === topic)?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
}

/** The band a talk's script is in: its own, or (for talks saved before version 2) the child's. */
export function talkBand(talk: PlannedTalk, child: Child): BandId {
  return talk.band ?? child.band;
}

const pathIndex = (band: BandId, topic: string): number => {
  const index = TALK_PATHS[band].findIndex((step) => step.topic === topic);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
};

/**
 * A child's talks that are still to come, in the order they will happen: dated ones by date, then undated
 * ones in path order (then as added). Skipped talks are not included.
 */
export function upcomingTalks(plan: Plan, child: Child): PlannedTalk[] {
  const talks = plan.talks.filter((talk) => talk.childId === child.id && talk.status === 'planned');
  return talks
    .map((talk, added) => ({ talk, added }))
    .sort((a, b) => {
      const [da, db] = [a.talk.plannedFor, b.talk.plannedFor];
      if (da && db && da !== db) return da < db ? -1 : 1;
      if (da && !db) return -1;
      if (!da && db) return 1;
      const byPath =
        pathIndex(talkBand(a.talk, child), a.talk.topic) - pathIndex(talkBand(b.talk, child), b.talk.topic);
      return byPath !== 0 ? byPath : a.added - b.added;
    })
    .map(({ talk }) => talk);
}

/** What's next for a child: the first talk still to come, if any. */
export function nextTalk(plan: Plan, child: Child): PlannedTalk | undefined {
  return upcomingTalks(plan, child)[0];
}

export type StepState = 'done' | 'planned' | 'skipped' | 'not-yet';

/** Each step of the child's current band's path, with where it stands. */
export function pathState(plan: Plan, child: Child): { step: PathStep; state: StepState; talk?: PlannedTalk }[] {
  const talks = plan.talks.filter((talk) => talk.childId === child.id);
  return TALK_PATHS[child.band].map((step) => {
    const mine = talks.filter((talk) => talk.topic === step.topic && talkBand(talk, child) === child.band);
    const open = talks.find((talk) => talk.topic === step.topic && talk.status !== 'done');
    const done = mine.find((talk) => talk.status === 'done');
    if (open && talkBand(open, child) === child.band) {
      return { step, state: open.status === 'skipped' ? 'skipped' : 'planned', talk: open };
    }
    if (done) return { step, state: 'done', talk: done };
    return { step, state: 'not-yet' };
  });
}

/** Progress at a glance, in the child's current band: how many done, planned, not yet (no scores). */
export function progress(plan: Plan, child: Child): { done: number; planned: number; notYet: number } {
  const states = pathState(plan, child).map((entry) => entry.state);
  const count = (wanted: StepState[]) => states.filter((state) => wanted.includes(state)).length;
  return { done: count(['done']), planned: count(['planned']), notYet: count(['not-yet', 'skipped']) };
}

/** How many talks of the band's path this child has not had or planned yet ("6 talks for 11-13 are ready"). */
export function readyCount(plan: Plan, child: Child): number {
  return pathState(plan, child).filter((entry) => entry.state === 'not-yet').length;
}

export interface AcceptOptions {
  pace: Pace;
  /** The day of the first talk still to come. */
  start: string;
  newId: () => string;
}

/**
 * Accepts the child's band's path in one step: every step not done or skipped is planned, one per pace
 * interval from the start day, in path order. Talks already planned keep their own date; an open talk from
 * an earlier band for the same topic moves to this band's script. Never makes a duplicate.
 */
export function acceptPathOps(plan: Plan, child: Child, options: AcceptOptions): PlanOp[] {
  const ops: PlanOp[] = [{ type: 'update-child', id: child.id, changes: { pace: options.pace } }];
  let slot = 0;
  for (const entry of pathState(plan, child)) {
    if (entry.state === 'done' || entry.state === 'skipped') continue;
    const date = addDays(options.start, slot * PACE_DAYS[options.pace]);
    const open = plan.talks.find(
      (talk) => talk.childId === child.id && talk.topic === entry.step.topic && talk.status !== 'done',
    );
    if (open) {
      // An open talk from an earlier band (pathState counts those as not yet): this band's script now.
      const changes: Partial<Omit<PlannedTalk, 'id' | 'childId'>> = {};
      if (talkBand(open, child) !== child.band) changes.band = child.band;
      if (open.status === 'skipped') changes.status = 'planned';
      if (!open.plannedFor) changes.plannedFor = date;
      if (Object.keys(changes).length > 0) ops.push({ type: 'update-talk', id: open.id, changes });
    } else {
      ops.push({
        type: 'add-talk',
        talk: {
          id: options.newId(),
          childId: child.id,
          topic: entry.step.topic,
          band: child.band,
          plannedFor: date,
          status: 'planned',
          note: '',
          fromPath: true,
        },
      });
    }
    slot += 1;
  }
  return ops;
}

/**
 * Moves a talk one place earlier (-1) or later (+1) among the child's upcoming talks. The dates stay where
 * they were and the talks change places, so the pace holds.
 */
export function moveTalkOps(plan: Plan, child: Child, talkId: string, direction: -1 | 1): PlanOp[] {
  const upcoming = upcomingTalks(plan, child);
  const from = upcoming.findIndex((talk) => talk.id === talkId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= upcoming.length) return [];
  const dates = upcoming.map((talk) => talk.plannedFor);
  const reordered = [...upcoming];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  return reordered.flatMap((talk, index): PlanOp[] =>
    talk.plannedFor === dates[index]
      ? []
      : [{ type: 'update-talk', id: talk.id, changes: { plannedFor: dates[index] } }],
  );
}

/** Leaves a talk out of the path for now (it can be brought back), and lets the later ones move up. */
export function skipTalkOps(plan: Plan, child: Child, talkId: string): PlanOp[] {
  const upcoming = upcomingTalks(plan, child);
  const index = upcoming.findIndex((talk) => talk.id === talkId);
  if (index < 0) return [];
  const dates = upcoming.map((talk) => talk.plannedFor);
  const ops: PlanOp[] = [{ type: 'update-talk', id: talkId, changes: { status: 'skipped', plannedFor: undefined } }];
  // Each later talk takes the date of the one before it, so there is no gap where the skipped one was.
  for (let later = index + 1; later < upcoming.length; later += 1) {
    const talk = upcoming[later]!;
    if (dates[later - 1] && talk.plannedFor && dates[later - 1] !== talk.plannedFor) {
      ops.push({ type: 'update-talk', id: talk.id, changes: { plannedFor: dates[later - 1] } });
    }
  }
  return ops;
}

/** Brings a skipped talk back, planned but without a date. */
export function unskipOp(talkId: string): PlanOp {
  return { type: 'update-talk', id: talkId, changes: { status: 'planned' } };
}
