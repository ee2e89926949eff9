import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { exportPlainFile, readPlanFile } from '../../src/domain/plan-file';
import { applyOp } from '../../src/domain/plan-ops';
import { decodeRecord, encodeRecord } from '../../src/domain/plan-record';
import type { Plan } from '../../src/domain/plan-schema';
import { DB_NAME, DB_VERSION, openDatabase, StorageUnavailableError } from '../../src/storage/db';
import { commitImport } from '../../src/storage/plan-import';
import { enPlan } from '../../src/i18n/en-plan';
import { createPlanStore, deleteEverything, PlanDeletedError, type PlanStore } from '../../src/storage/plan-store';
import { largePlan, planFixture } from '../domain/plan-helpers';
import { useFreshIndexedDB } from './helpers';

const now = new Date('2026-11-28T21:00:00Z');
const plan = planFixture(1) as Plan;
const databases = useFreshIndexedDB();

/** Builds the database exactly as version 1 of Open Door left it, with some quiz progress in it. */
async function buildVersion1Database(extra?: (db: IDBDatabase) => void): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('quiz-progress', { keyPath: 'band' });
      extra?.(database as unknown as IDBDatabase);
    },
  });
  await db.put('quiz-progress', {
    band: '8-10',
    schemaVersion: 1,
    mode: 'together',
    order: ['a'],
    answers: { a: 1 },
    position: 1,
    updatedAt: 'x',
  });
  db.close();
}

describe('database upgrades', () => {
  it('opens a version 1 database at the current version with nothing lost', async () => {
    await buildVersion1Database();
    const database = await databases.open();
    expect(database.version).toBe(DB_VERSION);
    expect([...database.objectStoreNames].sort()).toEqual(['card', 'evidence', 'plan', 'quiz-progress', 'safety-plan']);
    expect(await database.get('quiz-progress', '8-10')).toMatchObject({ answers: { a: 1 } });
  });

  it('aborts a failing upgrade and leaves the old database and its data as they were', async () => {
    // A store named like the new one already exists, so creating it throws in the middle of the upgrade.
    await buildVersion1Database((db) => db.createObjectStore('plan'));
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
    const old = await openDB(DB_NAME);
    expect(old.version).toBe(1);
    expect(await old.get('quiz-progress', '8-10')).toMatchObject({ answers: { a: 1 } });
    old.close();
  });
});

describe('plan store', () => {
  it('stores, updates and reads back a plan', async () => {
    const store = createPlanStore(databases.open);
    expect(await store.read()).toBeUndefined();
    await store.update(async () => encodeRecord(plan, undefined));
    await store.update(async (current) => {
      const decoded = await decodeRecord(current, undefined);
      if (decoded.status !== 'ready') throw new Error('expected a plan');
      return encodeRecord(
        applyOp(decoded.plan, { type: 'set-if-it-happens', changes: { codeWord: 'kiwi' } }, now),
        undefined,
      );
    });
    expect(await decodeRecord(await store.read(), undefined)).toMatchObject({
      status: 'ready',
      plan: { ifItHappens: { codeWord: 'kiwi' } },
    });
  });

  it('keeps both edits when two connections (two tabs) change the plan at the same moment', async () => {
    const tabA = createPlanStore(databases.open);
    const tabB = createPlanStore(databases.open);
    await tabA.update(async () => encodeRecord(plan, undefined));
    const edit = (op: Parameters<typeof applyOp>[1]) => async (current: unknown) => {
      const decoded = await decodeRecord(current, undefined);
      if (decoded.status !== 'ready') throw new Error('expected a plan');
      await new Promise((resolve) => setTimeout(resolve, 5)); // as slow as encryption would be
      return encodeRecord(applyOp(decoded.plan, op, now), undefined);
    };
    await Promise.all([
      tabA.update(edit({ type: 'add-trusted-adult', adult: { id: 'gran', name: 'Gran', contact: '' } })),
      tabB.update(edit({ type: 'remove-agreement', id: 'agree-2' })),
    ]);
    const result = await decodeRecord(await tabA.read(), undefined);
    expect(result).toMatchObject({ status: 'ready' });
    if (result.status !== 'ready') return;
    expect(result.plan.trustedAdults.map((adult) => adult.id)).toEqual(['adult-1', 'gran']);
    expect(result.plan.agreements.map((agreement) => agreement.id)).toEqual(['agree-1']);
  });

  it('reading creates no database: only a save does', async () => {
    const store = createPlanStore();
    expect(await store.read()).toBeUndefined();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
    await store.update(async () => encodeRecord(plan, undefined));
    expect((await indexedDB.databases()).map((database) => database.name)).toContain(DB_NAME);
  });

  it('never re-creates a database deleted by another tab', async () => {
    const store = createPlanStore();
    await store.update(async () => encodeRecord(plan, undefined));
    await deleteEverything([createPlanStore()]);
    await expect(store.update(async () => encodeRecord(plan, undefined))).rejects.toBeInstanceOf(PlanDeletedError);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
  });

  it('deletes everything: the database is gone', async () => {
    const store = createPlanStore(databases.open);
    await store.update(async () => encodeRecord(plan, undefined));
    await deleteEverything([store]);
    const databasesLeft = await indexedDB.databases();
    expect(databasesLeft.map((database) => database.name)).not.toContain(DB_NAME);
  });
});

describe('import', () => {
  it('replaces the stored plan in one step when the file is good', async () => {
    const store = createPlanStore(databases.open);
    await store.update(async () => encodeRecord(plan, undefined));
    const result = readPlanFile(exportPlainFile(largePlan(), now), 10_000);
    if (result.kind !== 'plan') throw new Error('expected a plan');
    await commitImport(store, result.plan, undefined);
    expect(await decodeRecord(await store.read(), undefined)).toEqual({ status: 'ready', plan: largePlan() });
  });

  it('leaves the stored plan byte-identical after 1,000 malformed or hostile files, even when writing fails', async () => {
    const real = createPlanStore(databases.open);
    await real.update(async () => encodeRecord(plan, undefined));
    const before = JSON.stringify(await real.read());
    // The store's write fails part-way (a full disk): an import that gets as far as writing must change nothing.
    let writes = 0;
    const failing: PlanStore = {
      ...real,
      read: () => real.read(),
      update: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      replace: async () => {
        writes += 1;
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const valid = exportPlainFile(largePlan(), now);
    const hostileFile = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .jsonValue()
        .map((value) => JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: '', plan: value })),
      fc.integer({ min: 1, max: valid.length - 1 }).map((cut) => valid.slice(0, cut)),
      fc
        .tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.constantFrom('"', '{', ']', ',', '\u0000', 'x', ' '))
        .map(([at, character]) => `${valid.slice(0, at)}${character}${valid.slice(at + 1)}`),
    );
    let tried = 0;
    let refused = 0;
    let failedWrites = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        tried += 1;
        const result = readPlanFile(text, new TextEncoder().encode(text).length);
        if (result.kind === 'plan') {
          // Some mutations still parse (a space, a changed letter in a note): those reach the real write path.
          await expect(commitImport(failing, result.plan, undefined)).rejects.toThrow();
          failedWrites += 1;
        } else {
          refused += 1;
          // Every refusal has a plain message.
          if (result.kind === 'problem') expect(enPlan.safety.problems[result.problem]).toMatch(/Nothing was changed/);
        }
        expect(JSON.stringify(await real.read())).toBe(before);
      }),
      { numRuns: 1000 },
    );
    expect(tried).toBe(1000);
    expect(failedWrites).toBe(writes);
    expect(failedWrites).toBeGreaterThan(0);
    console.log(
      `Hostile imports: ${tried} tried, ${refused} refused, ${failedWrites} reached a failing write; stored plan unchanged in all ${tried}.`,
    );
  });
});
