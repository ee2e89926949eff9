// Sharing a plan with another carer: pick which children go in the file, and merge a received plan into
// this one by item id, with a summary of what changed. Merging never removes anything: a carer who deleted
// something on their device does not delete it on yours.
import { migratePlan } from './plan-migrations';
import { LIMITS, type Child, type Plan, type PlannedTalk } from './plan-schema';

export interface ListChanges {
  added: number;
  updated: number;
}

export interface MergeSummary {
  /** Nicknames of children new to this device. */
  newChildren: string[];
  children: ListChanges;
  talks: ListChanges;
  agreements: ListChanges;
  trustedAdults: ListChanges;
  checkIns: ListChanges;
  ifItHappens: boolean;
}

export type MergeResult =
  { ok: true; plan: Plan; summary: MergeSummary } | { ok: false; reason: 'too-large' | 'invalid' };

/** The lists a plan holds at most LIMITS[list] of; a merge that would go past one is refused whole. */
const COUNTED_LISTS = ['children', 'talks', 'agreements', 'trustedAdults', 'checkIns'] as const;

type Keyed = { id: string };

/** Same value, whatever the order of the keys (a parsed plan and a stored one may list them differently). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, field]) => [key, canonical(field)]),
  );
}
const same = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Only the chosen children, their talks and their follow-ups; the family-wide parts go as they are. */
export function selectChildren(plan: Plan, childIds: readonly string[]): Plan {
  const chosen = new Set(childIds);
  const talks = plan.talks.filter((talk) => chosen.has(talk.childId));
  const allTalkIds = new Set(plan.talks.map((talk) => talk.id));
  const keptTalkIds = new Set(talks.map((talk) => talk.id));
  return {
    ...plan,
    children: plan.children.filter((child) => chosen.has(child.id)),
    talks,
    // A follow-up of a talk left out stays out; a follow-up whose talk was removed earlier stays in.
    checkIns: plan.checkIns.filter(
      (checkIn) => !checkIn.followsTalk || keptTalkIds.has(checkIn.followsTalk) || !allTalkIds.has(checkIn.followsTalk),
    ),
  };
}

/**
 * Merges their plan into mine. Items are matched by id. Where both have the same item and it differs, the
 * plan changed most recently wins (mine on a tie), except that a talk marked done on either side stays done.
 * Their open talk for a child and topic I already have open is folded into mine (its note kept), so a talk
 * is never planned twice; an agreement with the same words as one of mine is not added again.
 * Merging the same file twice changes nothing the second time.
 */
export function mergePlans(mine: Plan, theirs: Plan, now: Date): MergeResult {
  const theirsWins = theirs.updatedAt > mine.updatedAt;
  const summary: MergeSummary = {
    newChildren: [],
    children: { added: 0, updated: 0 },
    talks: { added: 0, updated: 0 },
    agreements: { added: 0, updated: 0 },
    trustedAdults: { added: 0, updated: 0 },
    checkIns: { added: 0, updated: 0 },
    ifItHappens: false,
  };

  function byId<T extends Keyed>(
    mineList: readonly T[],
    theirList: readonly T[],
    changes: ListChanges,
    choose: (a: T, b: T) => T = (a, b) => (theirsWins ? b : a),
    fold?: (item: T, list: T[]) => boolean,
  ): T[] {
    const result = [...mineList];
    const index = new Map(result.map((item, position) => [item.id, position]));
    // Items both sides hold first, so a new item is folded against the list as it will end up.
    for (const item of theirList) {
      const position = index.get(item.id);
      if (position === undefined) continue;
      const current = result[position]!;
      if (same(current, item)) continue;
      const chosen = choose(current, item);
      if (!same(chosen, current)) {
        result[position] = chosen;
        changes.updated += 1;
      }
    }
    for (const item of theirList) {
      if (index.has(item.id) || fold?.(item, result)) continue;
      index.set(item.id, result.length);
      result.push(item);
      changes.added += 1;
    }
    return result;
  }

  const children = byId<Child>(mine.children, theirs.children, summary.children);
  const mineChildIds = new Set(mine.children.map((child) => child.id));
  summary.newChildren = children.filter((child) => !mineChildIds.has(child.id)).map((child) => child.nickname);

  // A talk's child and topic never change in the app, so mine are kept: a merge cannot plan a talk twice.
  const chooseTalk = (a: PlannedTalk, b: PlannedTalk): PlannedTalk => {
    let winner = theirsWins ? b : a;
    if (a.status === 'done' && b.status !== 'done') winner = a;
    if (b.status === 'done' && a.status !== 'done') winner = b;
    return { ...winner, childId: a.childId, topic: a.topic };
  };
  const folded = new Map<string, string>();
  const foldTalk = (talk: PlannedTalk, list: PlannedTalk[]): boolean => {
    if (talk.status === 'done') return false;
    const position = list.findIndex(
      (other) => other.childId === talk.childId && other.topic === talk.topic && other.status !== 'done',
    );
    if (position < 0) return false;
    const kept = list[position]!;
    folded.set(talk.id, kept.id);
    if (talk.note && !kept.note.includes(talk.note)) {
      const note = [kept.note, talk.note].filter(Boolean).join('\n\n').slice(0, LIMITS.note);
      if (note !== kept.note) {
        list[position] = { ...kept, note };
        summary.talks.updated += 1;
      }
    }
    return true;
  };
  const talks = byId<PlannedTalk>(mine.talks, theirs.talks, summary.talks, chooseTalk, foldTalk);

  const agreements = byId(mine.agreements, theirs.agreements, summary.agreements, undefined, (agreement, list) =>
    list.some((other) => other.text === agreement.text),
  );
  const trustedAdults = byId(mine.trustedAdults, theirs.trustedAdults, summary.trustedAdults);
  const theirCheckIns = theirs.checkIns.map((checkIn) => {
    const talk = checkIn.followsTalk && folded.get(checkIn.followsTalk);
    return talk ? { ...checkIn, followsTalk: talk } : checkIn;
  });
  const checkIns = byId(mine.checkIns, theirCheckIns, summary.checkIns);

  const ifItHappens = { ...mine.ifItHappens };
  for (const field of ['region', 'codeWord', 'phonePromise'] as const) {
    const ours = mine.ifItHappens[field];
    const their = theirs.ifItHappens[field];
    if (!their || their === ours) continue;
    if (!ours || theirsWins) {
      Object.assign(ifItHappens, { [field]: their });
      summary.ifItHappens = true;
    }
  }

  const changed =
    summary.ifItHappens ||
    [summary.children, summary.talks, summary.agreements, summary.trustedAdults, summary.checkIns].some(
      (list) => list.added + list.updated > 0,
    );
  const latest = [mine.updatedAt, theirs.updatedAt, now.toISOString()].sort().at(-1)!;
  const merged: Plan = {
    ...mine,
    children,
    talks,
    agreements,
    trustedAdults,
    ifItHappens,
    checkIns,
    updatedAt: changed ? latest : mine.updatedAt,
  };
  // The same checks as any stored plan (limits, references): all or nothing.
  const tooLarge = COUNTED_LISTS.some((list) => merged[list].length > LIMITS[list]);
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const checked = migratePlan(merged);
  if (!checked.ok) return { ok: false, reason: 'invalid' };
  return { ok: true, plan: checked.plan, summary };
}

/** True when a merge would change nothing. */
export function nothingChanged(summary: MergeSummary): boolean {
  return (
    !summary.ifItHappens &&
    [summary.children, summary.talks, summary.agreements, summary.trustedAdults, summary.checkIns].every(
      (list) => list.added + list.updated === 0,
    )
  );
}
