import type { Agreement, CheckIn, Child, Plan, PlannedTalk, TrustedAdult } from './plan-schema';

/**
 * Every change to a plan is an operation. Operations are applied in order on top of the newest stored plan,
 * so edits made in two tabs at once are both kept (see storage/plan-store.ts).
 */
export type PlanOp =
  | { type: 'add-child'; child: Child; index?: number }
  | { type: 'update-child'; id: string; changes: Partial<Omit<Child, 'id'>> }
  | { type: 'remove-child'; id: string }
  | { type: 'add-talk'; talk: PlannedTalk; index?: number }
  | { type: 'update-talk'; id: string; changes: Partial<Omit<PlannedTalk, 'id' | 'childId'>> }
  | { type: 'remove-talk'; id: string }
  | { type: 'add-agreement'; agreement: Agreement; index?: number }
  | { type: 'remove-agreement'; id: string }
  | { type: 'add-trusted-adult'; adult: TrustedAdult; index?: number }
  | { type: 'update-trusted-adult'; id: string; changes: Partial<Omit<TrustedAdult, 'id'>> }
  | { type: 'remove-trusted-adult'; id: string }
  | { type: 'set-if-it-happens'; changes: Partial<Plan['ifItHappens']> }
  | { type: 'add-check-in'; checkIn: CheckIn; index?: number }
  | { type: 'update-check-in'; id: string; changes: Partial<Omit<CheckIn, 'id'>> }
  | { type: 'remove-check-in'; id: string };

type Keyed = { id: string };

/** One open (not done) talk per child and topic: the same talk is never planned twice. */
export function hasOpenTalk(plan: Plan, childId: string, topic: string, exceptId?: string): boolean {
  return plan.talks.some(
    (talk) => talk.childId === childId && talk.topic === topic && talk.status !== 'done' && talk.id !== exceptId,
  );
}

function insert<T extends Keyed>(list: readonly T[], item: T, index = list.length): T[] {
  if (list.some((existing) => existing.id === item.id)) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function update<T extends Keyed>(list: readonly T[], id: string, changes: Partial<Omit<T, 'id'>>): T[] {
  return list.map((item) => (item.id === id ? ({ ...item, ...changes, id: item.id } as T) : item));
}

const without = <T extends Keyed>(list: readonly T[], id: string): T[] => list.filter((item) => item.id !== id);

/** Applies one operation; an operation on something that no longer exists changes nothing. */
export function applyOp(plan: Plan, op: PlanOp, now: Date): Plan {
  const next = (changes: Partial<Plan>): Plan => ({ ...plan, ...changes, updatedAt: now.toISOString() });
  switch (op.type) {
    case 'add-child':
      return next({ children: insert(plan.children, op.child, op.index) });
    case 'update-child':
      return next({ children: update(plan.children, op.id, op.changes) });
    case 'remove-child':
      // A child's talks go with them (their undo restores the child and the talks as separate operations).
      return next({
        children: without(plan.children, op.id),
        talks: plan.talks.filter((talk) => talk.childId !== op.id),
      });
    case 'add-talk':
      if (!plan.children.some((child) => child.id === op.talk.childId)) return plan;
      if (op.talk.status !== 'done' && hasOpenTalk(plan, op.talk.childId, op.talk.topic, op.talk.id)) return plan;
      return next({ talks: insert(plan.talks, op.talk, op.index) });
    case 'update-talk': {
      const talk = plan.talks.find((candidate) => candidate.id === op.id);
      // Reopening a done talk that is planned again already would make a duplicate: keep it done.
      if (talk && op.changes.status && op.changes.status !== 'done' && talk.status === 'done') {
        if (hasOpenTalk(plan, talk.childId, talk.topic, talk.id)) return plan;
      }
      return next({ talks: update(plan.talks, op.id, op.changes) });
    }
    case 'remove-talk':
      return next({ talks: without(plan.talks, op.id) });
    case 'add-agreement':
      return next({ agreements: insert(plan.agreements, op.agreement, op.index) });
    case 'remove-agreement':
      return next({ agreements: without(plan.agreements, op.id) });
    case 'add-trusted-adult':
      return next({ trustedAdults: insert(plan.trustedAdults, op.adult, op.index) });
    case 'update-trusted-adult':
      return next({ trustedAdults: update(plan.trustedAdults, op.id, op.changes) });
    case 'remove-trusted-adult':
      return next({ trustedAdults: without(plan.trustedAdults, op.id) });
    case 'set-if-it-happens':
      return next({ ifItHappens: { ...plan.ifItHappens, ...op.changes } });
    case 'add-check-in':
      return next({ checkIns: insert(plan.checkIns, op.checkIn, op.index) });
    case 'update-check-in':
      return next({ checkIns: update(plan.checkIns, op.id, op.changes) });
    case 'remove-check-in':
      return next({ checkIns: without(plan.checkIns, op.id) });
  }
}

export function applyOps(plan: Plan, ops: readonly PlanOp[], now: Date): Plan {
  return ops.reduce((current, op) => applyOp(current, op, now), plan);
}

/**
 * The operations that undo a removal, computed before it is applied: the item back in its place
 * (and, for a child, their talks).
 */
export function undoFor(plan: Plan, op: PlanOp): PlanOp[] {
  const indexOf = <T extends Keyed>(list: readonly T[], id: string) => list.findIndex((item) => item.id === id);
  switch (op.type) {
    case 'remove-child': {
      const index = indexOf(plan.children, op.id);
      if (index < 0) return [];
      const talks = plan.talks.flatMap((talk, talkIndex) =>
        talk.childId === op.id ? [{ type: 'add-talk', talk, index: talkIndex } as PlanOp] : [],
      );
      return [{ type: 'add-child', child: plan.children[index]!, index }, ...talks];
    }
    case 'remove-talk': {
      const index = indexOf(plan.talks, op.id);
      return index < 0 ? [] : [{ type: 'add-talk', talk: plan.talks[index]!, index }];
    }
    case 'remove-agreement': {
      const index = indexOf(plan.agreements, op.id);
      return index < 0 ? [] : [{ type: 'add-agreement', agreement: plan.agreements[index]!, index }];
    }
    case 'remove-trusted-adult': {
      const index = indexOf(plan.trustedAdults, op.id);
      return index < 0 ? [] : [{ type: 'add-trusted-adult', adult: plan.trustedAdults[index]!, index }];
    }
    case 'remove-check-in': {
      const index = indexOf(plan.checkIns, op.id);
      return index < 0 ? [] : [{ type: 'add-check-in', checkIn: plan.checkIns[index]!, index }];
    }
    default:
      return [];
  }
}

/** A new random id (crypto.randomUUID exists in every browser we serve and in Node). */
export function newId(): string {
  return crypto.randomUUID();
}
