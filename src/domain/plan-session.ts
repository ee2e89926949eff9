/**
 * The family plan session on one page, as a pure state machine: `step(state, event)` returns the next state
 * and the effects the page must run (save, read, announce to other tabs, derive a key…). Nothing here touches
 * IndexedDB, localStorage, timers or the DOM: src/islands/plan/create-family-plan.ts runs the effects and
 * feeds their results back in as events. Keys (CryptoKey) stay in the page, never in this state.
 */
import { migratePlan } from './plan-migrations';
import { applyOp, applyOps, mergeOps, type PlanOp } from './plan-ops';
import { emptyPlan, type Plan } from './plan-schema';

export type Phase = 'loading' | 'unavailable' | 'ready' | 'damaged' | 'locked' | 'deleted' | 'newer-version';
/** What the save bar says. "impossible": edits are kept on screen and on this device but can't be stored. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'impossible';
/** What one tab tells the others (storage/plan-sync.ts). */
export type SyncMessage = 'saved' | 'locked' | 'passphrase' | 'deleted' | 'imported';

/** A stored record as the page found it (domain/plan-record.ts decodeRecord, plus what could be recovered). */
export type FoundRecord =
  | { status: 'empty' }
  | { status: 'ready'; plan: Plan }
  | { status: 'locked' }
  | { status: 'damaged'; recovered: Plan }
  | { status: 'newer-version' };

export interface PendingEdit {
  seq: number;
  op: PlanOp;
}

export interface SessionState {
  phase: Phase;
  /** The newest stored plan this page knows (or, when damaged, what could be recovered from it). */
  base: Plan;
  /** Edits not yet stored, in order; each has a sequence number so a save removes exactly what it stored. */
  pending: PendingEdit[];
  nextSeq: number;
  /** Edits up to this sequence number are being written; undefined when no save is running. */
  savingUpTo: number | undefined;
  save: SaveState;
  /** Failed saves in a row (for the back-off). */
  failures: number;
  hasPassphrase: boolean;
  undo: { label: string; ops: PlanOp[] } | undefined;
  /** A key derivation is running: further unlock submits wait for it. */
  unlocking: boolean;
  unlockWrong: boolean;
  /** A passphrase change, import or deletion is running. */
  busy: 'rekey' | 'import' | 'delete' | undefined;
  /** Plain-words reason for the last failed passphrase change, import or unlock. */
  problem: 'rekey-failed' | 'import-failed' | 'unlock-failed' | undefined;
}

export type SessionEvent =
  | { type: 'loaded'; record: FoundRecord; hasPassphrase: boolean; recovered: PlanOp[] }
  | { type: 'load-failed' }
  | { type: 'edit'; op: PlanOp }
  | { type: 'remove'; op: PlanOp; undo: PlanOp[]; label: string }
  | { type: 'undo' }
  | { type: 'save-due' }
  | { type: 'save-succeeded'; plan: Plan; upTo: number }
  | { type: 'save-failed'; upTo: number; blocked: boolean }
  | { type: 'leaving' }
  | { type: 'lock-requested' }
  | { type: 'quick-exit' }
  | { type: 'unlock-requested'; passphrase: string }
  | { type: 'unlock-succeeded'; record: FoundRecord; hasPassphrase: boolean; recovered: PlanOp[] }
  | { type: 'unlock-failed'; wrongPassphrase: boolean }
  | { type: 'passphrase-requested'; passphrase: string | undefined }
  | { type: 'rekey-succeeded'; plan: Plan; upTo: number; hasPassphrase: boolean }
  | { type: 'rekey-failed' }
  | { type: 'import-confirmed'; plan: Plan }
  | { type: 'keep-recovered' }
  | { type: 'import-succeeded'; plan: Plan }
  | { type: 'import-failed' }
  | { type: 'delete-requested' }
  | { type: 'delete-done' }
  | { type: 'remote'; message: SyncMessage }
  /** `hasPassphrase`: the record read is sealed (and, when ready, this page's key opened it). */
  | { type: 'read-done'; record: FoundRecord; hasPassphrase: boolean }
  | { type: 'read-failed' };

export type SessionEffect =
  /** Start (or restart) the autosave timer; when it fires, send save-due. */
  | { type: 'schedule-save'; delayMs: number }
  /** Apply `ops` on top of the newest stored plan and store it; then send save-succeeded or save-failed. */
  | { type: 'save'; ops: PlanOp[]; upTo: number }
  /** Keep a synchronous copy of these unsaved edits on the device (sealed when a key is held); [] removes it. */
  | { type: 'write-ahead'; ops: PlanOp[] }
  /** Read the stored record again; then send read-done or read-failed. */
  | { type: 'read' }
  | { type: 'announce'; message: SyncMessage }
  /** Store these edits with the key (the sealed write-ahead copy keeps them if that fails), then forget the key. */
  | { type: 'lock'; ops: PlanOp[] }
  /** Derive a key from the passphrase and the stored salt; then send unlock-succeeded or unlock-failed. */
  | { type: 'unlock'; passphrase: string }
  /** Re-store the newest stored plan plus `ops` under a new passphrase (or none); then rekey-succeeded/failed. */
  | { type: 'rekey'; passphrase: string | undefined; ops: PlanOp[]; upTo: number }
  /** Replace the stored record with this plan (all or nothing); then import-succeeded or import-failed. */
  | { type: 'import'; plan: Plan }
  /** Delete the database and every copy on this device; then delete-done. */
  | { type: 'delete' }
  /** Forget the key and every unsaved edit this page holds (another tab deleted everything). */
  | { type: 'forget' };

export interface SessionOptions {
  now: Date;
  autosaveDelayMs: number;
  /** Waits before each retry after a failed save; the last one repeats. */
  retryDelaysMs: readonly number[];
}

export interface Step {
  state: SessionState;
  effects: SessionEffect[];
}

export function startSession(empty: Plan): SessionState {
  return {
    phase: 'loading',
    base: empty,
    pending: [],
    nextSeq: 1,
    savingUpTo: undefined,
    save: 'saved',
    failures: 0,
    hasPassphrase: false,
    undo: undefined,
    unlocking: false,
    unlockWrong: false,
    busy: undefined,
    problem: undefined,
  };
}

/** The plan on screen: the stored plan with this page's unsaved edits on top. */
export function planOnScreen(state: SessionState, now: Date): Plan {
  return planFrom(state.base, state.pending, now);
}

/**
 * The plan on screen from its two parts. The page recomputes it only when one of them changes, not when the
 * save bar or anything else in the state moves on, so a save redraws nothing but the bar.
 */
export function planFrom(base: Plan, pending: readonly PendingEdit[], now: Date): Plan {
  return applyOps(
    base,
    pending.map((edit) => edit.op),
    now,
  );
}

const opsOf = (pending: readonly PendingEdit[]) => pending.map((edit) => edit.op);
const lastSeq = (state: SessionState) => state.pending.at(-1)?.seq ?? state.nextSeq - 1;

/**
 * Applies edits to the newest stored plan, keeping only those that leave a plan the loader accepts (edits
 * recovered from a copy on the device are not trusted blindly).
 */
export function applySafely(plan: Plan, ops: readonly PlanOp[], now: Date): Plan {
  const all = applyOps(plan, ops, now);
  if (migratePlan(all).ok) return all;
  return ops.reduce((current, op) => {
    const next = applyOp(current, op, now);
    return migratePlan(next).ok ? next : current;
  }, plan);
}

/** Whether edits can be typed in this phase (they are then kept, even when they can't be stored yet). */
export function canEdit(state: SessionState): boolean {
  return (state.phase === 'ready' || state.phase === 'damaged') && state.busy !== 'delete';
}

export function step(state: SessionState, event: SessionEvent, options: SessionOptions): Step {
  const none: Step = { state, effects: [] };
  const retryDelay = (failures: number) =>
    options.retryDelaysMs[Math.min(failures - 1, options.retryDelaysMs.length - 1)] ?? options.autosaveDelayMs;

  /** Starts a save of every pending edit, unless one is running or there is nothing to save. */
  const startSave = (next: SessionState, extra: SessionEffect[] = []): Step => {
    if (next.phase !== 'ready' || next.busy || next.savingUpTo !== undefined || next.pending.length === 0)
      return { state: next, effects: extra };
    const upTo = lastSeq(next);
    return {
      state: { ...next, savingUpTo: upTo, save: 'saving' },
      effects: [...extra, { type: 'save', ops: opsOf(next.pending), upTo }],
    };
  };

  /** The state after the stored record was found (first load, or read again). */
  const found = (record: FoundRecord, keep: SessionState): SessionState => {
    switch (record.status) {
      case 'empty':
        return { ...keep, phase: 'ready', base: emptyOf(keep.base, options.now) };
      case 'ready':
        return { ...keep, phase: 'ready', base: record.plan };
      case 'locked':
        return { ...keep, phase: 'locked', hasPassphrase: true };
      case 'damaged':
        return { ...keep, phase: 'damaged', base: record.recovered, save: 'impossible' };
      case 'newer-version':
        return { ...keep, phase: 'newer-version' };
    }
  };

  /** Adds edits (typed or recovered) and keeps a copy of them at once. */
  const addEdits = (current: SessionState, ops: readonly PlanOp[]): SessionState => {
    let pending = current.pending;
    let nextSeq = current.nextSeq;
    for (const op of ops) {
      const last = pending.at(-1);
      const inFlight = current.savingUpTo !== undefined && last !== undefined && last.seq <= current.savingUpTo;
      const merged = last && !inFlight ? mergeOps(last.op, op) : undefined;
      if (last && merged) pending = [...pending.slice(0, -1), { seq: last.seq, op: merged }];
      else {
        pending = [...pending, { seq: nextSeq, op }];
        nextSeq += 1;
      }
    }
    return { ...current, pending, nextSeq };
  };

  const edited = (next: SessionState): Step => {
    const effects: SessionEffect[] = [{ type: 'write-ahead', ops: opsOf(next.pending) }];
    if (next.phase === 'damaged') return { state: { ...next, save: 'impossible' }, effects };
    if (next.busy) return { state: { ...next, save: 'pending' }, effects };
    if (next.savingUpTo !== undefined) return { state: next, effects };
    return {
      state: { ...next, save: next.failures > 0 ? 'error' : 'pending' },
      effects: [...effects, { type: 'schedule-save', delayMs: options.autosaveDelayMs }],
    };
  };

  /** Locks: nothing of the plan stays in this state; the page saves the last edits with the key, then forgets it. */
  const locked = (current: SessionState, announce: boolean): Step => ({
    state: {
      ...current,
      phase: 'locked',
      base: emptyOf(current.base, options.now),
      pending: [],
      savingUpTo: undefined,
      save: 'saved',
      failures: 0,
      undo: undefined,
      unlocking: false,
      unlockWrong: false,
      busy: undefined,
    },
    effects: [
      { type: 'lock', ops: opsOf(current.pending) },
      ...(announce ? [{ type: 'announce', message: 'locked' } as const] : []),
    ],
  });

  /** Edits found in write-ahead copies left by an earlier visit: shown at once and stored straight away. */
  const recoveredEdits = (next: SessionState, ops: readonly PlanOp[]): Step => {
    if (ops.length === 0) return { state: next, effects: [] };
    const withEdits = addEdits(next, ops);
    const effects: SessionEffect[] = [{ type: 'write-ahead', ops: opsOf(withEdits.pending) }];
    if (withEdits.phase !== 'ready') return { state: { ...withEdits, save: 'impossible' }, effects };
    return startSave(withEdits, effects);
  };

  switch (event.type) {
    case 'loaded': {
      if (state.phase !== 'loading') return none;
      const next = found(event.record, { ...state, hasPassphrase: event.hasPassphrase });
      return canEdit(next) ? recoveredEdits(next, event.recovered) : { state: next, effects: [] };
    }
    case 'load-failed':
      return state.phase === 'loading' ? { state: { ...state, phase: 'unavailable' }, effects: [] } : none;

    case 'edit':
      if (!canEdit(state)) return none;
      return edited(addEdits(state, [event.op]));
    case 'remove':
      if (!canEdit(state)) return none;
      return edited({
        ...addEdits(state, [event.op]),
        undo: event.undo.length > 0 ? { label: event.label, ops: event.undo } : undefined,
      });
    case 'undo':
      if (!canEdit(state) || !state.undo) return none;
      return edited({ ...addEdits(state, state.undo.ops), undo: undefined });

    case 'save-due':
      return startSave(state);
    case 'leaving':
    case 'quick-exit': {
      if (event.type === 'quick-exit' && state.phase === 'ready' && state.hasPassphrase) return locked(state, true);
      return startSave(state);
    }
    case 'save-succeeded': {
      if (state.savingUpTo !== event.upTo) return none;
      const pending = state.pending.filter((edit) => edit.seq > event.upTo);
      const next: SessionState = {
        ...state,
        base: event.plan,
        pending,
        savingUpTo: undefined,
        failures: 0,
        save: pending.length > 0 ? 'pending' : 'saved',
      };
      const effects: SessionEffect[] = [
        { type: 'write-ahead', ops: opsOf(pending) },
        { type: 'announce', message: 'saved' },
      ];
      if (pending.length > 0) effects.push({ type: 'schedule-save', delayMs: options.autosaveDelayMs });
      return { state: next, effects };
    }
    case 'save-failed': {
      if (state.savingUpTo !== event.upTo) return none;
      const failures = state.failures + 1;
      const next: SessionState = { ...state, savingUpTo: undefined, failures, save: 'error' };
      // The stored record changed under us (another tab's passphrase, damage): read it to find out.
      if (event.blocked) return { state: next, effects: [{ type: 'read' }] };
      return { state: next, effects: [{ type: 'schedule-save', delayMs: retryDelay(failures) }] };
    }

    case 'lock-requested':
      if (state.phase !== 'ready' || !state.hasPassphrase) return none;
      return locked(state, true);

    case 'unlock-requested':
      if (state.phase !== 'locked' || state.unlocking) return none;
      return {
        state: { ...state, unlocking: true, unlockWrong: false, problem: undefined },
        effects: [{ type: 'unlock', passphrase: event.passphrase }],
      };
    case 'unlock-succeeded': {
      if (state.phase !== 'locked' || !state.unlocking) return none;
      const next = found(event.record, {
        ...state,
        unlocking: false,
        unlockWrong: false,
        hasPassphrase: event.hasPassphrase,
      });
      if (next.phase === 'locked') return { state: { ...next, unlockWrong: true }, effects: [] };
      return recoveredEdits(next, event.recovered);
    }
    case 'unlock-failed':
      if (state.phase !== 'locked' || !state.unlocking) return none;
      return {
        state: {
          ...state,
          unlocking: false,
          unlockWrong: event.wrongPassphrase,
          problem: event.wrongPassphrase ? undefined : 'unlock-failed',
        },
        effects: [],
      };

    case 'passphrase-requested': {
      if (state.phase !== 'ready' || state.busy) return none;
      const upTo = lastSeq(state);
      return {
        state: { ...state, busy: 'rekey', problem: undefined },
        effects: [{ type: 'rekey', passphrase: event.passphrase, ops: opsOf(state.pending), upTo }],
      };
    }
    case 'rekey-succeeded': {
      if (state.busy !== 'rekey') return none;
      const pending = state.pending.filter((edit) => edit.seq > event.upTo);
      const next: SessionState = {
        ...state,
        busy: undefined,
        base: event.plan,
        pending,
        hasPassphrase: event.hasPassphrase,
        failures: 0,
        save: pending.length > 0 ? 'pending' : state.savingUpTo !== undefined ? 'saving' : 'saved',
      };
      return startSave(next, [
        { type: 'write-ahead', ops: opsOf(pending) },
        { type: 'announce', message: 'passphrase' },
      ]);
    }
    case 'rekey-failed':
      if (state.busy !== 'rekey') return none;
      return startSave({ ...state, busy: undefined, problem: 'rekey-failed' });

    case 'import-confirmed':
      if ((state.phase !== 'ready' && state.phase !== 'damaged') || state.busy) return none;
      return {
        state: { ...state, busy: 'import', problem: undefined },
        effects: [{ type: 'import', plan: event.plan }],
      };
    case 'keep-recovered':
      if (state.phase !== 'damaged' || state.busy) return none;
      return {
        state: { ...state, busy: 'import', problem: undefined },
        effects: [{ type: 'import', plan: planOnScreen(state, options.now) }],
      };
    case 'import-succeeded':
      if (state.busy !== 'import') return none;
      return {
        state: {
          ...state,
          phase: 'ready',
          busy: undefined,
          base: event.plan,
          pending: [],
          savingUpTo: undefined,
          failures: 0,
          save: 'saved',
          undo: undefined,
        },
        effects: [
          { type: 'write-ahead', ops: [] },
          { type: 'announce', message: 'imported' },
        ],
      };
    case 'import-failed':
      if (state.busy !== 'import') return none;
      return startSave({ ...state, busy: undefined, problem: 'import-failed' });

    case 'delete-requested':
      if (state.phase === 'loading' || state.phase === 'deleted' || state.busy === 'delete') return none;
      return { state: { ...state, busy: 'delete' }, effects: [{ type: 'delete' }] };
    case 'delete-done':
      if (state.busy !== 'delete') return none;
      return { state: deletedState(state, options.now), effects: [{ type: 'announce', message: 'deleted' }] };

    case 'remote': {
      const message = event.message;
      if (message === 'deleted') {
        if (state.phase === 'deleted') return none;
        return { state: deletedState(state, options.now), effects: [{ type: 'forget' }] };
      }
      if (message === 'locked') return state.phase === 'ready' && state.hasPassphrase ? locked(state, false) : none;
      // saved, imported, passphrase: read the record again.
      if (state.phase === 'ready' || state.phase === 'damaged' || state.phase === 'locked')
        return { state, effects: [{ type: 'read' }] };
      return none;
    }

    case 'read-done': {
      if (state.phase === 'ready') {
        const record = event.record;
        if (record.status === 'ready') {
          const next = { ...state, base: record.plan, hasPassphrase: event.hasPassphrase };
          return state.save === 'error' && state.savingUpTo === undefined
            ? startSave(next)
            : { state: next, effects: [] };
        }
        if (record.status === 'locked') {
          // Another tab set or changed the passphrase: this page can no longer store. Unsaved edits stay in
          // the write-ahead copy until the plan is unlocked with the new passphrase.
          return locked({ ...state, hasPassphrase: true }, false);
        }
        if (record.status === 'empty')
          return { state: { ...state, base: emptyOf(state.base, options.now) }, effects: [] };
        return { state: found(record, state), effects: [] };
      }
      if (state.phase === 'damaged' && event.record.status === 'ready')
        return startSave({ ...state, phase: 'ready', base: event.record.plan, save: 'pending' });
      if (state.phase === 'locked' && (event.record.status === 'ready' || event.record.status === 'empty'))
        return { state: found(event.record, { ...state, hasPassphrase: false }), effects: [] };
      return none;
    }
    case 'read-failed':
      return none;
  }
}

function deletedState(state: SessionState, now: Date): SessionState {
  return {
    ...state,
    phase: 'deleted',
    base: emptyOf(state.base, now),
    pending: [],
    savingUpTo: undefined,
    save: 'saved',
    failures: 0,
    hasPassphrase: false,
    undo: undefined,
    unlocking: false,
    busy: undefined,
  };
}

function emptyOf(plan: Plan, now: Date): Plan {
  // The empty plan, at the version this session read.
  return { ...emptyPlan(now), schemaVersion: plan.schemaVersion };
}
