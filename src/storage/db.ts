import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CardRecord } from '../domain/card';
import type { NoteBook } from '../domain/notebook';
import type { PlanRecord } from '../domain/plan-record';
import type { QuizProgress } from '../domain/quiz';
import { REGION_STORAGE_KEY } from '../domain/region-choice';

/**
 * The one IndexedDB database of Open Door. Store names are part of the stored data:
 * do not rename one without a migration step in the ladder below.
 */
export const DB_NAME = 'open-door';
export const DB_VERSION = 3;
export const STORES = {
  quizProgress: 'quiz-progress',
  plan: 'plan',
  /** The young person's pocket card (/card/), one record under CURRENT_KEY. */
  card: 'card',
  /** The evidence checklist (/help/report/): text only, never images; one record under CURRENT_KEY. */
  evidence: 'evidence',
  /** The personal safety plan (/help/after/), one record under CURRENT_KEY. */
  safetyPlan: 'safety-plan',
} as const;
/** The plan store holds one record under this key. */
export const PLAN_KEY = 'current';
/** The card, evidence and safety-plan stores each hold one record under this key. */
export const CURRENT_KEY = 'current';

export interface OpenDoorDB extends DBSchema {
  'quiz-progress': { key: string; value: QuizProgress };
  plan: { key: string; value: PlanRecord };
  card: { key: string; value: CardRecord };
  evidence: { key: string; value: NoteBook };
  'safety-plan': { key: string; value: NoteBook };
}

export type OpenDoorDatabase = IDBPDatabase<OpenDoorDB>;

/** Thrown when this browser cannot give us IndexedDB (private mode, blocked storage, quota). */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Storage on this device is not available', { cause });
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Opens the database, upgrading it step by step. An upgrade that throws aborts its transaction, so the
 * database stays at the old version with its data intact. An older tab holding the database open is
 * asked to let go (it closes on versionchange) so an update is never stalled.
 */
export async function openDatabase(): Promise<OpenDoorDatabase> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError(new Error('indexedDB is not defined'));
  try {
    const database = await openDB<OpenDoorDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        // An aborted upgrade rejects `done`; the open() call below reports it, so don't leave it unhandled.
        transaction.done.catch(() => undefined);
        try {
          if (oldVersion < 1) {
            db.createObjectStore(STORES.quizProgress, { keyPath: 'band' });
          }
          if (oldVersion < 2) {
            db.createObjectStore(STORES.plan);
          }
          if (oldVersion < 3) {
            db.createObjectStore(STORES.card);
            db.createObjectStore(STORES.evidence);
            db.createObjectStore(STORES.safetyPlan);
          }
        } catch (error) {
          transaction.abort();
          throw error;
        }
      },
      blocking() {
        // A newer version wants to upgrade: step aside; this page reopens on its next use.
        database.close();
      },
    });
    return database;
  } catch (error) {
    throw new StorageUnavailableError(error);
  }
}

/**
 * Whether Open Door's database exists, without creating it (merely reading must never create it). Browsers
 * without indexedDB.databases() are treated as "it may exist", and the caller opens it.
 */
export async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError(new Error('indexedDB is not defined'));
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
  } catch (error) {
    throw new StorageUnavailableError(error);
  }
}

/**
 * A connection opened on first use and shared by a store's calls. When another tab's upgrade closes it,
 * or opening fails, the next call opens afresh.
 */
export function lazyConnection(open: () => Promise<OpenDoorDatabase> = openDatabase) {
  let database: Promise<OpenDoorDatabase> | undefined;
  return {
    /** Whether a connection is open (or opening) now. */
    get open(): boolean {
      return database !== undefined;
    },
    get(): Promise<OpenDoorDatabase> {
      if (database) return database;
      const opening = open().then((opened) => {
        const forget = () => (database = undefined);
        opened.addEventListener('versionchange', forget);
        opened.addEventListener('close', forget);
        return opened;
      });
      opening.catch(() => (database = undefined));
      database = opening;
      return opening;
    },
    close(): void {
      void database?.then((opened) => opened.close()).catch(() => undefined);
      database = undefined;
    },
  };
}

// "Delete everything", the plan's cross-tab lock and the names of the plan's unsaved-edit copies live here, beside
// the database, so that every page offering "Delete everything" (the plan, /help/report/, /help/after/) shares
// this one module and none has to load the plan's store to offer it.

/** Name of the cross-tab lock around read-modify-write of the plan, and around "Delete everything". */
const PLAN_LOCK = 'open-door-plan';

let localQueue: Promise<unknown> = Promise.resolve();

/** Web Locks where the browser has them (every tab), else a queue in this page (tests, old browsers). */
export function withPlanLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(PLAN_LOCK, task);
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}

/** Prefix of every localStorage key the plan's unsaved-edit copies and pads use (storage/plan-write-ahead.ts). */
export const WRITE_AHEAD_PREFIX = 'open-door-plan-';

/** The names in localStorage that start with a prefix. */
export function keysWith(store: Storage, prefix: string): string[] {
  const names: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const name = store.key(index);
    if (name?.startsWith(prefix)) names.push(name);
  }
  return names;
}

/** Removes every page's unsaved-edit copies and pads. */
function clearAllWriteAhead(): void {
  try {
    const store = globalThis.localStorage as Storage | undefined;
    if (store) for (const name of keysWith(store, WRITE_AHEAD_PREFIX)) store.removeItem(name);
  } catch {
    // Storage blocked: nothing was kept there either.
  }
}

/**
 * Removes every trace of Open Door's data from this browser: the database, the unsaved-edit copies and the
 * remembered region. Holds the plan lock, so no other tab's save can slip in between.
 */
export async function deleteEverything(openStores: readonly { close(): void }[] = []): Promise<void> {
  await withPlanLock(async () => {
    openStores.forEach((store) => store.close());
    await deleteDB(DB_NAME, {
      blocked() {
        // Another tab still has it open: it closes on versionchange and the deletion then goes ahead.
      },
    });
    clearAllWriteAhead();
    try {
      localStorage.removeItem(REGION_STORAGE_KEY);
    } catch {
      // Storage blocked: nothing was stored there either.
    }
  });
}
