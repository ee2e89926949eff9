import { deleteDB } from 'idb';
import type { PlanRecord } from '../domain/plan-record';
import { REGION_STORAGE_KEY } from '../domain/region-choice';
import { databaseExists, DB_NAME, lazyConnection, openDatabase, PLAN_KEY, STORES, type OpenDoorDatabase } from './db';
import { clearAllWriteAhead } from './plan-write-ahead';

/** Name of the cross-tab lock around read-modify-write of the plan. */
const PLAN_LOCK = 'open-door-plan';

/** The database this store used was deleted (by "Delete everything" in another tab): nothing is re-created. */
export class PlanDeletedError extends Error {
  constructor() {
    super('The plan was deleted in another tab');
    this.name = 'PlanDeletedError';
  }
}

export interface PlanStore {
  /** The stored record as it is (validated by domain/plan-record decodeRecord()); undefined when there is none. */
  read(): Promise<unknown>;
  /**
   * Reads the newest record, lets `change` compute the next one (it may be async: decrypting and
   * encrypting), and writes it, holding a lock across tabs so two tabs never overwrite each other.
   * If `change` returns undefined nothing is written.
   */
  update(change: (current: unknown) => Promise<PlanRecord | undefined>): Promise<PlanRecord | undefined>;
  /** Replaces the whole record in one transaction (import): all or nothing. */
  replace(record: PlanRecord): Promise<void>;
  close(): void;
}

export function createPlanStore(open: () => Promise<OpenDoorDatabase> = openDatabase): PlanStore {
  const connection = lazyConnection(open);
  /** Set once this store has seen the database: if it is gone later, it was deleted, and is not re-created. */
  let seen = false;

  async function db(create: boolean): Promise<OpenDoorDatabase | undefined> {
    if (!connection.open) {
      const exists = await databaseExists();
      if (!exists && seen) throw new PlanDeletedError();
      if (!exists && !create) return undefined;
    }
    const database = await connection.get();
    seen = true;
    return database;
  }

  return {
    async read() {
      return (await db(false))?.get(STORES.plan, PLAN_KEY);
    },
    update(change) {
      return withLock(async () => {
        const current = await (await db(false))?.get(STORES.plan, PLAN_KEY);
        const next = await change(current);
        if (next) await (await db(true))!.put(STORES.plan, next, PLAN_KEY);
        return next;
      });
    },
    async replace(record) {
      await withLock(async () => {
        const transaction = (await db(true))!.transaction(STORES.plan, 'readwrite');
        await Promise.all([transaction.store.put(record, PLAN_KEY), transaction.done]);
      });
    },
    close: connection.close,
  };
}

let localQueue: Promise<unknown> = Promise.resolve();

/** Web Locks where the browser has them (every tab), else a queue in this page (tests, old browsers). */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(PLAN_LOCK, task);
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}

/**
 * Removes every trace of Open Door's data from this browser: the database, the unsaved-edit copies and the
 * remembered region. Holds the plan lock, so no other tab's save can slip in between.
 */
export async function deleteEverything(openStores: readonly { close(): void }[] = []): Promise<void> {
  await withLock(async () => {
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
