import {
  isPlanDate,
  LIMITS,
  type Agreement,
  type CheckIn,
  type Child,
  type Plan,
  type PlannedTalk,
  type TrustedAdult,
} from './plan-schema';

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

function insert<T extends Keyed>(list: readonly T[], item: T, max: number, index = list.length): T[] {
  if (list.length >= max || list.some((existing) => existing.id === item.id)) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function update<T extends Keyed>(list: readonly T[], id: string, changes: Partial<Omit<T, 'id'>>): T[] {
  return list.map((item) => (item.id === id ? ({ ...item, ...changes, id: item.id } as T) : item));
}

const without = <T extends Keyed>(list: readonly T[], id: string): T[] => list.filter((item) => item.id !== id);

const cut = (text: string, max: number) => text.slice(0, max);
const dateOr = (value: string | undefined, fallback: string | undefined) =>
  value === undefined || isPlanDate(value) ? value : fallback;

/**
 * Keeps an operation inside the schema's limits (text cut to length, impossible dates refused), so that no
 * sequence of operations can produce a plan the loader refuses. Ids and picklist values come from the page.
 */
export function withinLimits(op: PlanOp): PlanOp | undefined {
  switch (op.type) {
    case 'add-child':
    case 'update-child': {
      const value = op.type === 'add-child' ? op.child : op.changes;
      const nickname = value.nickname === undefined ? undefined : cut(value.nickname, LIMITS.nickname);
      return op.type === 'add-child'
        ? { ...op, child: { ...op.child, nickname: nickname ?? '' } }
        : { ...op, changes: { ...op.changes, ...(nickname === undefined ? {} : { nickname }) } };
    }
    case 'add-talk': {
      if (op.talk.plannedFor !== undefined && !isPlanDate(op.talk.plannedFor)) return undefined;
      return {
        ...op,
        talk: { ...op.talk, topic: cut(op.talk.topic, LIMITS.topic), note: cut(op.talk.note, LIMITS.note) },
      };
    }
    case 'update-talk': {
      const changes = { ...op.changes };
      if ('plannedFor' in changes && dateOr(changes.plannedFor, '') === '') return undefined;
      if (changes.note !== undefined) changes.note = cut(changes.note, LIMITS.note);
      if (changes.topic !== undefined) changes.topic = cut(changes.topic, LIMITS.topic);
      return { ...op, changes };
    }
    case 'add-agreement':
      return { ...op, agreement: { ...op.agreement, text: cut(op.agreement.text, LIMITS.agreement) } };
    case 'add-trusted-adult':
      return {
        ...op,
        adult: {
          ...op.adult,
          name: cut(op.adult.name, LIMITS.adultName),
          contact: cut(op.adult.contact, LIMITS.contact),
        },
      };
    case 'update-trusted-adult': {
      const changes = { ...op.changes };
      if (changes.name !== undefined) changes.name = cut(changes.name, LIMITS.adultName);
      if (changes.contact !== undefined) changes.contact = cut(changes.contact, LIMITS.contact);
      return { ...op, changes };
    }
    case 'set-if-it-happens': {
      const changes = { ...op.changes };
      if (changes.codeWord !== undefined) changes.codeWord = cut(changes.codeWord, LIMITS.codeWord);
      if (changes.phonePromise !== undefined) changes.phonePromise = cut(changes.phonePromise, LIMITS.phonePromise);
      return { ...op, changes };
    }
    case 'add-check-in':
      if (!isPlanDate(op.checkIn.date)) return undefined;
      return { ...op, checkIn: { ...op.checkIn, label: cut(op.checkIn.label, LIMITS.checkInLabel) } };
    case 'update-check-in': {
      const changes = { ...op.changes };
      if (changes.date !== undefined && !isPlanDate(changes.date)) return undefined;
      if (changes.label !== undefined) changes.label = cut(changes.label, LIMITS.checkInLabel);
      return { ...op, changes };
    }
    default:
      return op;
  }
}

/** Applies one operation; an operation on something that no longer exists, or past a limit, changes nothing. */
export function applyOp(plan: Plan, raw: PlanOp, now: Date): Plan {
  const op = withinLimits(raw);
  if (!op) return plan;
  const next = (changes: Partial<Plan>): Plan => ({ ...plan, ...changes, updatedAt: now.toISOString() });
  switch (op.type) {
    case 'add-child':
      return next({ children: insert(plan.children, op.child, LIMITS.children, op.index) });
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
      return next({ talks: insert(plan.talks, op.talk, LIMITS.talks, op.index) });
    case 'update-talk':
      return next({ talks: update(plan.talks, op.id, op.changes) });
    case 'remove-talk':
      return next({ talks: without(plan.talks, op.id) });
    case 'add-agreement':
      return next({ agreements: insert(plan.agreements, op.agreement, LIMITS.agreements, op.index) });
    case 'remove-agreement':
      return next({ agreements: without(plan.agreements, op.id) });
    case 'add-trusted-adult':
      return next({ trustedAdults: insert(plan.trustedAdults, op.adult, LIMITS.trustedAdults, op.index) });
    case 'update-trusted-adult':
      return next({ trustedAdults: update(plan.trustedAdults, op.id, op.changes) });
    case 'remove-trusted-adult':
      return next({ trustedAdults: without(plan.trustedAdults, op.id) });
    case 'set-if-it-happens':
      return next({ ifItHappens: { ...plan.ifItHappens, ...op.changes } });
    case 'add-check-in':
      return next({ checkIns: insert(plan.checkIns, op.checkIn, LIMITS.checkIns, op.index) });
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

/** The one field a "set" operation changes, if it changes exactly one ("update-child:c1:nickname"). */
function fieldOf(op: PlanOp): string | undefined {
  if (op.type === 'set-if-it-happens' || op.type.startsWith('update-')) {
    const keys = Object.keys((op as { changes: object }).changes);
    if (keys.length !== 1) return undefined;
    return `${op.type}:${'id' in op ? op.id : ''}:${keys[0]}`;
  }
  return undefined;
}

/**
 * Consecutive edits of the same field become one operation (typing "kiwi" is one edit, not four): returns
 * the merged operation, or undefined when the two stay separate.
 */
export function mergeOps(earlier: PlanOp, later: PlanOp): PlanOp | undefined {
  const field = fieldOf(later);
  return field !== undefined && field === fieldOf(earlier) ? later : undefined;
}

/** A new random id (crypto.randomUUID exists in every browser we serve and in Node). */
export function newId(): string {
  return crypto.randomUUID();
}
