import type { PlanRecord } from '../domain/plan-record';
import {
  databaseExists,
  lazyConnection,
  openDatabase,
  PLAN_KEY,
  STORES,
  withPlanLock as withLock,
  type OpenDoorDatabase,
} from './db';

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

// "Delete everything" holds the same lock; it lives beside the database (db.ts) so the young person's pages share it.
export { deleteEverything } from './db';
