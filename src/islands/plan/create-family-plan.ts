import { createMemo, createSignal, onCleanup } from 'solid-js';
import { BEFORE_RELOAD_EVENT, QUICK_EXIT_EVENT, type BeforeReloadDetail } from '../../domain/app-events';
import type { PassphraseKey, Sealed } from '../../domain/plan-crypto';
import type { ReadResult } from '../../domain/plan-file';
import { undoFor, type PlanOp } from '../../domain/plan-ops';
import { decodeRecord, encodeRecord } from '../../domain/plan-record';
import type * as PlanShare from '../../domain/plan-share';
import { emptyPlan, type Plan } from '../../domain/plan-schema';
import {
  applySafely,
  canEdit,
  planFrom,
  startSession,
  step,
  type SaveState,
  type SessionEffect,
  type SessionEvent,
  type SessionState,
} from '../../domain/plan-session';
import { commitImport } from '../../storage/plan-import';
import { found, isSealed, SaveBlockedError, type PassphraseContext } from './plan-effects';
import { createPlanStore, deleteEverything, PlanDeletedError, type PlanStore } from '../../storage/plan-store';
import { createPlanChannel } from '../../storage/plan-sync';
import { createWriteAhead, type WriteAhead } from '../../storage/plan-write-ahead';

export type PlanStatus = SessionState['phase'];
export type { SaveState };

export interface FamilyPlanOptions {
  store?: PlanStore;
  writeAhead?: WriteAhead;
  autosaveDelayMs?: number;
  /** Waits before each retry after a failed save (the last repeats). */
  retryDelaysMs?: readonly number[];
  /** Lock a passphrase-protected plan after this long without input. */
  inactivityMs?: number;
  now?: () => Date;
}

/** Performance entry name the autosave benchmark reads (scripts/bench-autosave.mjs). */
export const SAVE_MEASURE = 'opendoor:plan-save';

/**
 * The family plan on this device: the one primitive the /plan/ islands view. All decisions are taken by the
 * pure session machine (domain/plan-session.ts); this runs the effects it asks for (IndexedDB, the
 * write-ahead copy, other tabs, keys, timers) and feeds their results back in.
 */
export function createFamilyPlan(options: FamilyPlanOptions = {}) {
  const store = options.store ?? createPlanStore();
  const writeAhead = options.writeAhead ?? createWriteAhead();
  const now = options.now ?? (() => new Date());
  const autosaveDelayMs = options.autosaveDelayMs ?? 400;
  const retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 15_000, 30_000];
  const inactivityMs = options.inactivityMs ?? 5 * 60_000;

  const [state, setState] = createSignal<SessionState>(startSession(emptyPlan(now())));
  const [persisted, setPersisted] = createSignal<boolean>();
  // The plan on screen changes only when the stored plan or the unsaved edits do (not with the save bar).
  const base = createMemo(() => state().base);
  const pending = createMemo(() => state().pending);
  const plan = createMemo(() => planFrom(base(), pending(), now()));
  let key: PassphraseKey | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let gone = false;
  const waiters = new Set<() => void>();
  let unlocking: Promise<boolean> | undefined;
  let rekeying: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let importing: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let deleting: (() => void) | undefined;
  let discardRecovered: (() => void) | undefined;

  /** What the passphrase effects (their own chunk, loaded on first use) need from this page. */
  const context: PassphraseContext = {
    store,
    writeAhead,
    now,
    key: () => key,
    setKey: (next) => (key = next),
    setDiscard: (discard) => (discardRecovered = discard),
  };
  const passphraseEffects = () => import('./passphrase-effects');
  // Keeps the objects on screen for what a copy read back left unchanged (loaded at once, outside the first-load JS;
  // until it is here, a copy is shown as it was read).
  let share: typeof PlanShare | undefined;
  void import('../../domain/plan-share').then((module) => (share = module));
  const keepUnchanged = (next: Plan) => share?.keepUnchanged(next, plan()) ?? next;

  const channel = createPlanChannel((message) => dispatch({ type: 'remote', message }));

  function dispatch(event: SessionEvent): void {
    if (disposed) return;
    const result = step(state(), event, { now: now(), autosaveDelayMs, retryDelaysMs });
    if (result.state !== state()) setState(result.state);
    for (const effect of result.effects) run(effect);
    for (const wake of [...waiters]) wake();
  }

  async function readFound(withKey: PassphraseKey | undefined) {
    const raw = await store.read();
    const decoded = await decodeRecord(raw, withKey);
    return { raw, decoded, record: found(decoded) };
  }

  function run(effect: SessionEffect): void {
    switch (effect.type) {
      case 'schedule-save':
        clearTimeout(timer);
        timer = setTimeout(() => dispatch({ type: 'save-due' }), effect.delayMs);
        return;
      case 'write-ahead':
        if (!gone) writeAhead.write(effect.ops);
        return;
      case 'save':
        void save(effect.ops, effect.upTo);
        return;
      case 'read':
        readFound(key)
          .then(({ raw, decoded, record }) => {
            if (key && raw !== undefined && !isSealed(raw)) dropKey();
            dispatch({
              type: 'read-done',
              // Read back as a fresh copy: what is unchanged keeps the objects on screen (nothing is redrawn).
              record: record.status === 'ready' ? { ...record, plan: keepUnchanged(record.plan) } : record,
              hasPassphrase: isSealed(raw) && decoded.status !== 'locked',
            });
          })
          .catch(() => dispatch({ type: 'read-failed' }));
        return;
      case 'announce':
        channel.announce(effect.message);
        return;
      case 'lock': {
        const heldKey = key;
        key = undefined;
        writeAhead.forgetKey();
        clearTimeout(timer);
        if (heldKey && effect.ops.length > 0) {
          // The sealed write-ahead copy already holds these edits; it goes once they are stored.
          void passphraseEffects()
            .then((run) => run.storeBeforeLock(context, heldKey, effect.ops))
            .then(() => channel.announce('saved'))
            .catch(() => undefined);
        }
        return;
      }
      case 'unlock':
        void passphraseEffects()
          .then((run) => run.unlockWith(context, effect.passphrase))
          .then(dispatch, () => dispatch({ type: 'unlock-failed', wrongPassphrase: false }))
          .then(() => state().phase === 'ready' && restartIdle());
        return;
      case 'rekey':
        void passphraseEffects()
          .then((run) => run.rekey(context, effect.passphrase, effect.ops, effect.upTo))
          .then(
            (event) => {
              dispatch(event);
              restartIdle();
              rekeying?.resolve();
            },
            (error: Error) => {
              dispatch({ type: 'rekey-failed' });
              rekeying?.reject(error);
            },
          )
          .finally(() => (rekeying = undefined));
        return;
      case 'import':
        void commitImport(store, effect.plan, key)
          .then(() => {
            dispatch({ type: 'import-succeeded', plan: effect.plan });
            importing?.resolve();
          })
          .catch((error: Error) => {
            dispatch({ type: 'import-failed' });
            importing?.reject(error);
          })
          .finally(() => (importing = undefined));
        return;
      case 'delete':
        clearTimeout(timer);
        gone = true;
        channel.announce('deleted');
        void deleteEverything([store]).finally(() => {
          key = undefined;
          writeAhead.forgetKey();
          dispatch({ type: 'delete-done' });
          deleting?.();
        });
        return;
      case 'forget':
        clearTimeout(timer);
        gone = true;
        key = undefined;
        writeAhead.forgetKey();
        store.close();
        return;
    }
  }

  async function save(ops: PlanOp[], upTo: number): Promise<void> {
    const started = performance.now();
    const heldKey = key;
    try {
      let stored: Plan | undefined;
      await store.update(async (current) => {
        const decoded = await decodeRecord(current, heldKey);
        if (decoded.status !== 'ready' && decoded.status !== 'empty') throw new SaveBlockedError();
        const latest = decoded.status === 'ready' ? decoded.plan : emptyPlan(now());
        stored = applySafely(latest, ops, now());
        // Stored in the clear although this page holds a key: another tab removed the passphrase. Follow it.
        const removedElsewhere = heldKey !== undefined && current !== undefined && !isSealed(current);
        if (removedElsewhere) dropKey();
        // Seal with the key this save started with: the page may lock (quick exit) while the save is in flight.
        return encodeRecord(stored, removedElsewhere ? undefined : heldKey);
      });
      if (!stored) throw new SaveBlockedError();
      performance.measure(SAVE_MEASURE, { start: started, end: performance.now() });
      discardRecovered?.();
      discardRecovered = undefined;
      // The stored plan was read back as a fresh copy: what is unchanged keeps the objects on screen, so the
      // page redraws only what changed, not every row.
      dispatch({ type: 'save-succeeded', plan: keepUnchanged(stored), upTo });
      if (!persisted()) void askToPersist();
    } catch (error) {
      if (error instanceof PlanDeletedError) dispatch({ type: 'remote', message: 'deleted' });
      else dispatch({ type: 'save-failed', upTo, blocked: error instanceof SaveBlockedError });
    }
  }

  /** Another tab removed the passphrase: this page stops sealing (its edits are stored in the clear). */
  function dropKey(): void {
    key = undefined;
    void writeAhead.useKey(undefined);
  }

  async function load(): Promise<void> {
    try {
      const { raw, record } = await readFound(undefined);
      const recovered = isSealed(raw) ? { ops: [], discard: () => undefined } : await writeAhead.recover(undefined);
      discardRecovered = recovered.discard;
      dispatch({ type: 'loaded', record, hasPassphrase: isSealed(raw), recovered: recovered.ops });
      if (raw !== undefined) setPersisted(await navigator.storage?.persisted?.());
    } catch {
      dispatch({ type: 'load-failed' });
    }
  }

  async function askToPersist(): Promise<void> {
    try {
      setPersisted((await navigator.storage?.persist?.()) ?? false);
    } catch {
      setPersisted(false);
    }
  }

  /** Resolves once `done` holds (checked after every event). */
  function when(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        if (!done() && !disposed) return;
        waiters.delete(wake);
        resolve();
      };
      waiters.add(wake);
    });
  }

  /** Saves every pending edit now; resolves when stored, or when storing failed (the bar says so). */
  function flush(): Promise<void> {
    dispatch({ type: 'leaving' });
    return when(() => {
      const current = state();
      return (
        current.savingUpTo === undefined &&
        (current.pending.length === 0 || current.save === 'error' || current.phase !== 'ready')
      );
    });
  }

  function change(op: PlanOp): void {
    dispatch({ type: 'edit', op });
  }

  /** Removes something and offers to undo it. */
  function remove(op: PlanOp, label: string): void {
    dispatch({ type: 'remove', op, undo: undoFor(plan(), op), label });
  }

  function requestRekey(passphrase: string | undefined): Promise<void> {
    if (state().phase !== 'ready' || state().busy) return Promise.reject(new Error('busy'));
    return new Promise<void>((resolve, reject) => {
      rekeying = { resolve, reject };
      dispatch({ type: 'passphrase-requested', passphrase });
    });
  }

  function unlock(passphrase: string): Promise<boolean> {
    if (unlocking) return unlocking;
    if (state().phase !== 'locked') return Promise.resolve(state().phase === 'ready');
    dispatch({ type: 'unlock-requested', passphrase });
    unlocking = when(() => !state().unlocking).then(() => {
      unlocking = undefined;
      return state().phase !== 'locked';
    });
    return unlocking;
  }

  // Export and import code loads only when someone uses it.
  const planFiles = () => import('../../domain/plan-file');

  async function exportFile(passphrase?: string): Promise<string> {
    await flush();
    const files = await planFiles();
    return passphrase ? files.exportSealedFile(plan(), passphrase, now()) : files.exportPlainFile(plan(), now());
  }

  function confirmImport(imported: Plan): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      importing = { resolve, reject };
      dispatch({ type: 'import-confirmed', plan: imported });
      if (state().busy !== 'import') {
        importing = undefined;
        reject(new Error('busy'));
      }
    });
  }

  /** Damaged record: store what was recovered (with edits made since) in place of the damaged original. */
  function keepRecovered(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      importing = { resolve, reject };
      dispatch({ type: 'keep-recovered' });
      if (state().busy !== 'import') {
        importing = undefined;
        reject(new Error('busy'));
      }
    });
  }

  function deleteAll(): Promise<void> {
    return new Promise<void>((resolve) => {
      deleting = resolve;
      dispatch({ type: 'delete-requested' });
      if (state().busy !== 'delete' && state().phase !== 'deleted') resolve();
    });
  }

  /** The stored record exactly as it is, for the person to keep as a file (a damaged plan). */
  async function rawRecord(): Promise<string> {
    return JSON.stringify(await store.read(), null, 2) ?? '';
  }

  // Lock after inactivity; save on the way out; lock (or save) on quick exit; save before an update reload.
  let idle: ReturnType<typeof setTimeout> | undefined;
  function restartIdle(): void {
    clearTimeout(idle);
    idle = setTimeout(() => dispatch({ type: 'lock-requested' }), inactivityMs);
  }
  const onBeforeReload = (event: Event) => (event as CustomEvent<BeforeReloadDetail>).detail.pending.push(flush());
  const onLeave = () => dispatch({ type: 'leaving' });
  const onVisibility = () => document.visibilityState === 'hidden' && onLeave();
  const onQuickExit = () => dispatch({ type: 'quick-exit' });
  window.addEventListener(BEFORE_RELOAD_EVENT, onBeforeReload);
  window.addEventListener('pagehide', onLeave);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener(QUICK_EXIT_EVENT, onQuickExit);
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, restartIdle, { passive: true });
  restartIdle();
  onCleanup(() => {
    disposed = true;
    window.removeEventListener(BEFORE_RELOAD_EVENT, onBeforeReload);
    window.removeEventListener('pagehide', onLeave);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener(QUICK_EXIT_EVENT, onQuickExit);
    for (const type of ['keydown', 'pointerdown']) document.removeEventListener(type, restartIdle);
    clearTimeout(idle);
    clearTimeout(timer);
    channel.close();
    for (const wake of [...waiters]) wake();
  });

  void load();

  return {
    status: () => state().phase,
    plan,
    saveState: () => state().save,
    hasPassphrase: () => state().hasPassphrase,
    canEdit: () => canEdit(state()),
    unlocking: () => state().unlocking,
    unlockWrong: () => state().unlockWrong,
    busy: () => state().busy,
    problem: () => state().problem,
    persisted,
    undoable: () => state().undo,
    change,
    remove,
    undo: () => dispatch({ type: 'undo' }),
    flush,
    setPassphrase: (passphrase: string) => requestRekey(passphrase),
    removePassphrase: () => requestRekey(undefined),
    lock: () => dispatch({ type: 'lock-requested' }),
    unlock,
    exportFile,
    readImport: async (text: string, size: number): Promise<ReadResult> => (await planFiles()).readPlanFile(text, size),
    openSealedImport: async (sealed: Sealed, passphrase: string) =>
      (await planFiles()).openSealedFile(sealed, passphrase),
    confirmImport,
    keepRecovered,
    rawRecord,
    deleteAll,
  };
}

export type FamilyPlan = ReturnType<typeof createFamilyPlan>;
