import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PlanRecord } from '../domain/plan-record';
import type { QuizProgress } from '../domain/quiz';

/**
 * The one IndexedDB database of Open Door. Store names are part of the stored data:
 * do not rename one without a migration step in the ladder below.
 */
export const DB_NAME = 'open-door';
export const DB_VERSION = 2;
export const STORES = { quizProgress: 'quiz-progress', plan: 'plan' } as const;
/** The plan store holds one record under this key. */
export const PLAN_KEY = 'current';

export interface OpenDoorDB extends DBSchema {
  'quiz-progress': { key: string; value: QuizProgress };
  plan: { key: string; value: PlanRecord };
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
