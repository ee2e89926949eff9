import type { PlanRecord } from '../domain/plan-record';
import { lazyConnection, openDatabase, PLAN_KEY, STORES, type OpenDoorDatabase } from './db';

/** Name of the cross-tab lock around read-modify-write of the plan. */
const PLAN_LOCK = 'open-door-plan';

export interface PlanStore {
  /** The stored record as it is (validated by domain/plan-record decodeRecord()). */
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
  const db = connection.get;

  return {
    async read() {
      return (await db()).get(STORES.plan, PLAN_KEY);
    },
    update(change) {
      return withLock(async () => {
        const current = await (await db()).get(STORES.plan, PLAN_KEY);
        const next = await change(current);
        if (next) await (await db()).put(STORES.plan, next, PLAN_KEY);
        return next;
      });
    },
    async replace(record) {
      await withLock(async () => {
        const transaction = (await db()).transaction(STORES.plan, 'readwrite');
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

// Deleting everything lives beside the database itself (db.ts), so every page that offers it shares one module.
export { deleteEverything } from './db';
