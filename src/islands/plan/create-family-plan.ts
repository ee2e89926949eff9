import { batch, createMemo, createSignal, onCleanup } from 'solid-js';
import { BEFORE_RELOAD_EVENT, QUICK_EXIT_EVENT, type BeforeReloadDetail } from '../../domain/app-events';
import { deriveKey, type PassphraseKey, type Sealed } from '../../domain/plan-crypto';
import type { ReadResult } from '../../domain/plan-file';
import { applyOps, undoFor, type PlanOp } from '../../domain/plan-ops';
import { decodeRecord, encodeRecord, type DecodedRecord } from '../../domain/plan-record';
import { emptyPlan, type Plan } from '../../domain/plan-schema';
import { commitImport } from '../../storage/plan-import';
import { createPlanStore, deleteEverything, type PlanStore } from '../../storage/plan-store';
import { createPlanChannel } from '../../storage/plan-sync';

export type PlanStatus = 'loading' | 'ready' | 'locked' | 'unavailable' | 'damaged' | 'newer-version' | 'deleted';
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface FamilyPlanOptions {
  store?: PlanStore;
  autosaveDelayMs?: number;
  /** Lock a passphrase-protected plan after this long without input. */
  inactivityMs?: number;
  now?: () => Date;
}

/** Performance entry name the autosave benchmark reads (scripts/bench-autosave.mjs). */
export const SAVE_MEASURE = 'opendoor:plan-save';

/**
 * The family plan on this device: the one primitive the /plan/ islands view. Edits are operations, applied
 * at once on screen and saved (debounced) on top of the newest stored plan, so no edit is lost to a second tab.
 */
export function createFamilyPlan(options: FamilyPlanOptions = {}) {
  const store = options.store ?? createPlanStore();
  const now = options.now ?? (() => new Date());
  const autosaveDelayMs = options.autosaveDelayMs ?? 400;
  const inactivityMs = options.inactivityMs ?? 5 * 60_000;

  const [status, setStatus] = createSignal<PlanStatus>('loading');
  const [base, setBase] = createSignal<Plan>(emptyPlan(now()));
  const [pending, setPending] = createSignal<PlanOp[]>([]);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [hasPassphrase, setHasPassphrase] = createSignal(false);
  const [persisted, setPersisted] = createSignal<boolean>();
  const [undoable, setUndoable] = createSignal<{ label: string; ops: PlanOp[] }>();
  const plan = createMemo(() => applyOps(base(), pending(), now()));
  let key: PassphraseKey | undefined;
  let sealedForUnlock: Sealed | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flushing: Promise<void> | undefined;
  /** The latest read of the stored record; unlocking waits for it. */
  let loaded: Promise<void> = Promise.resolve();

  const channel = createPlanChannel(() => void reloadFromStore());

  function show(decoded: DecodedRecord): void {
    batch(() => {
      switch (decoded.status) {
        case 'empty':
          setBase(emptyPlan(now()));
          setStatus('ready');
          break;
        case 'ready':
          setBase(decoded.plan);
          setStatus('ready');
          break;
        case 'locked':
          sealedForUnlock = decoded.sealed;
          setHasPassphrase(true);
          setStatus('locked');
          break;
        default:
          setStatus(decoded.status);
      }
    });
  }

  async function load(): Promise<void> {
    try {
      const raw = await store.read();
      setHasPassphrase((raw as { kind?: string } | undefined)?.kind === 'sealed');
      show(await decodeRecord(raw, key));
      setPersisted(await navigator.storage?.persisted?.());
    } catch {
      setStatus('unavailable');
    }
  }

  /** Another tab saved: take its plan as the new base; our own unsaved operations stay on top. */
  async function reloadFromStore(): Promise<void> {
    if (status() !== 'ready') return;
    try {
      const decoded = await decodeRecord(await store.read(), key);
      if (decoded.status === 'ready') setBase(decoded.plan);
      else if (decoded.status === 'locked' && !key) show(decoded);
    } catch {
      // Keep what is on screen; the next save tries again.
    }
  }

  function schedule(): void {
    setSaveState('pending');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), autosaveDelayMs);
  }

  /** Saves every pending operation now. Safe to call at any time; concurrent calls share one save. */
  function flush(): Promise<void> {
    clearTimeout(timer);
    if (flushing) return flushing.then(() => (pending().length > 0 ? flush() : undefined));
    const ops = pending();
    if (ops.length === 0 || status() !== 'ready') return Promise.resolve();
    setSaveState('saving');
    const started = performance.now();
    flushing = store
      .update(async (current) => {
        const decoded = await decodeRecord(current, key);
        if (decoded.status !== 'ready' && decoded.status !== 'empty')
          throw new Error(`Cannot save over a ${decoded.status} plan`);
        const latest = decoded.status === 'ready' ? decoded.plan : emptyPlan(now());
        const next = applyOps(latest, ops, now());
        return encodeRecord(next, key);
      })
      .then(async (record) => {
        const saved = await decodeRecord(record, key);
        batch(() => {
          if (saved.status === 'ready') setBase(saved.plan);
          setPending((current) => current.slice(ops.length));
          setSaveState(pending().length > 0 ? 'pending' : 'saved');
        });
        performance.measure(SAVE_MEASURE, { start: started, end: performance.now() });
        channel.announce();
        if (persisted() === undefined || persisted() === false) void askToPersist();
      })
      .catch(() => {
        setSaveState('error');
      })
      .finally(() => {
        flushing = undefined;
      });
    return flushing;
  }

  async function askToPersist(): Promise<void> {
    try {
      setPersisted((await navigator.storage?.persist?.()) ?? false);
    } catch {
      setPersisted(false);
    }
  }

  function change(op: PlanOp): void {
    if (status() !== 'ready') return;
    setPending((current) => [...current, op]);
    schedule();
  }

  /** Removes something and offers to undo it. */
  function remove(op: PlanOp, label: string): void {
    const undo = undoFor(plan(), op);
    change(op);
    setUndoable(undo.length > 0 ? { label, ops: undo } : undefined);
  }

  function undo(): void {
    const last = undoable();
    if (!last) return;
    setUndoable(undefined);
    last.ops.forEach(change);
  }

  async function setPassphrase(passphrase: string): Promise<void> {
    await flush();
    const newKey = await deriveKey(passphrase);
    await store.update(async () => encodeRecord(plan(), newKey));
    key = newKey;
    setHasPassphrase(true);
    channel.announce();
    restartIdle();
  }

  async function removePassphrase(): Promise<void> {
    await flush();
    await store.update(async () => encodeRecord(plan(), undefined));
    key = undefined;
    setHasPassphrase(false);
    channel.announce();
  }

  /**
   * Shows the unlock screen at once (only when a passphrase is set), then, once pending edits are saved
   * with the key, drops the key and the plan from memory and reads back the sealed record.
   */
  function lock(): void {
    if (!hasPassphrase() || status() !== 'ready') return;
    const saving = flush();
    batch(() => {
      setUndoable(undefined);
      setStatus('locked');
    });
    loaded = saving.finally(async () => {
      key = undefined;
      batch(() => {
        setBase(emptyPlan(now()));
        setPending([]);
      });
      await load();
    });
  }

  async function unlock(passphrase: string): Promise<boolean> {
    await loaded;
    if (!sealedForUnlock) return false;
    const candidate = await deriveKey(passphrase, sealedForUnlock.kdf.salt, sealedForUnlock.kdf.iterations);
    const decoded = await decodeRecord({ kind: 'sealed', sealed: sealedForUnlock }, candidate);
    if (decoded.status !== 'ready') return false;
    key = candidate;
    show(decoded);
    return true;
  }

  // Export and import code loads only when someone uses it.
  const planFiles = () => import('../../domain/plan-file');

  async function exportFile(passphrase?: string): Promise<string> {
    await flush();
    const files = await planFiles();
    return passphrase ? files.exportSealedFile(plan(), passphrase, now()) : files.exportPlainFile(plan(), now());
  }

  async function readImport(text: string, size: number): Promise<ReadResult> {
    return (await planFiles()).readPlanFile(text, size);
  }

  async function openSealedImport(sealed: Sealed, passphrase: string) {
    return (await planFiles()).openSealedFile(sealed, passphrase);
  }

  async function confirmImport(imported: Plan): Promise<void> {
    await flush();
    await commitImport(store, imported, key);
    batch(() => {
      setPending([]);
      setBase(imported);
      setUndoable(undefined);
      setSaveState('saved');
    });
    channel.announce();
  }

  async function deleteAll(): Promise<void> {
    clearTimeout(timer);
    setPending([]);
    channel.announce();
    await deleteEverything([store]);
    key = undefined;
    batch(() => {
      setBase(emptyPlan(now()));
      setHasPassphrase(false);
      setUndoable(undefined);
      setStatus('deleted');
    });
  }

  // Save on the way out, lock on quick exit, lock after inactivity, flush before an update reload.
  let idle: ReturnType<typeof setTimeout> | undefined;
  function restartIdle(): void {
    clearTimeout(idle);
    idle = setTimeout(lock, inactivityMs);
  }
  const onBeforeReload = (event: Event) => (event as CustomEvent<BeforeReloadDetail>).detail.pending.push(flush());
  const onPageHide = () => void flush();
  const onQuickExit = () => lock();
  window.addEventListener(BEFORE_RELOAD_EVENT, onBeforeReload);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener(QUICK_EXIT_EVENT, onQuickExit);
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, restartIdle, { passive: true });
  restartIdle();
  onCleanup(() => {
    window.removeEventListener(BEFORE_RELOAD_EVENT, onBeforeReload);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener(QUICK_EXIT_EVENT, onQuickExit);
    for (const type of ['keydown', 'pointerdown']) document.removeEventListener(type, restartIdle);
    clearTimeout(idle);
    clearTimeout(timer);
    channel.close();
  });

  loaded = load();

  return {
    status,
    plan,
    saveState,
    hasPassphrase,
    persisted,
    undoable,
    change,
    remove,
    undo,
    flush,
    setPassphrase,
    removePassphrase,
    lock,
    unlock,
    exportFile,
    readImport,
    openSealedImport,
    confirmImport,
    deleteAll,
  };
}

export type FamilyPlan = ReturnType<typeof createFamilyPlan>;
