import { describe, expect, it } from 'vitest';
import { startQuiz } from '../../src/domain/quiz';
import { DB_NAME, openDatabase, StorageUnavailableError } from '../../src/storage/db';
import { createQuizStore, NewerQuizProgressError } from '../../src/storage/quiz-store';
import { useFreshIndexedDB } from './helpers';

const now = new Date('2026-11-28T20:00:00Z');
const scenarios = [
  {
    id: 'a',
    order: 1,
    title: 'A',
    talkingPoint: 'Talk',
    relatedScript: 's',
    agree: 'Agree',
    options: [{ best: true }],
  },
];
const databases = useFreshIndexedDB();

describe('quiz store', () => {
  it('saves, loads and clears progress per band', async () => {
    const store = createQuizStore(databases.open);
    const progress = startQuiz('8-10', scenarios, 'together', now, 1);
    await store.save(progress);
    expect(await store.load('8-10')).toEqual(progress);
    expect(await store.load('11-13')).toBeUndefined();
    await store.clear('8-10');
    expect(await store.load('8-10')).toBeUndefined();
  });

  it('keeps progress across connections, as after closing the browser', async () => {
    const progress = startQuiz('14-17', scenarios, 'alone', now, 1);
    const first = await databases.open();
    await createQuizStore(async () => first).save(progress);
    first.close();
    expect(await createQuizStore(databases.open).load('14-17')).toEqual(progress);
  });
});

describe('storage only on intent', () => {
  it('opening the quiz (loading progress) creates no database', async () => {
    const store = createQuizStore();
    expect(await store.load('8-10')).toBeUndefined();
    await store.clear('8-10');
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
    await store.save(startQuiz('8-10', scenarios, 'together', now, 1));
    expect((await indexedDB.databases()).map((database) => database.name)).toContain(DB_NAME);
  });

  it('keeps progress saved by a newer version instead of dropping or overwriting it', async () => {
    const store = createQuizStore(databases.open);
    const newer = { ...startQuiz('8-10', scenarios, 'together', now, 1), schemaVersion: 99 };
    await (await databases.open()).put('quiz-progress', newer as never);
    await expect(store.load('8-10')).rejects.toBeInstanceOf(NewerQuizProgressError);
    await expect(store.save(startQuiz('8-10', scenarios, 'alone', now, 1))).rejects.toBeInstanceOf(
      NewerQuizProgressError,
    );
    expect(await (await databases.open()).get('quiz-progress', '8-10')).toEqual(newer);
  });
});

describe('opening the database', () => {
  it('creates the current layout on a new device', async () => {
    const database = await databases.open();
    expect(database.name).toBe(DB_NAME);
    expect([...database.objectStoreNames].sort()).toEqual(['card', 'evidence', 'plan', 'quiz-progress', 'safety-plan']);
  });

  it('reports plainly when the browser has no IndexedDB', async () => {
    Object.assign(globalThis, { indexedDB: undefined });
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('reports plainly when opening fails', async () => {
    const broken = {
      open: () => {
        throw new DOMException('blocked by settings', 'SecurityError');
      },
    };
    Object.assign(globalThis, { indexedDB: broken });
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('lets go when a newer version asks, so an update in another tab is never stalled', async () => {
    await databases.open();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('the old connection blocked the upgrade'));
    });
    expect(upgraded.version).toBe(99);
    upgraded.close();
  });

  it('reports plainly (never an InvalidStateError) after another tab upgraded the database past this version', async () => {
    const store = createQuizStore(databases.open);
    await store.save(startQuiz('4-7', scenarios, 'together', now, 1));
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 50);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    // The store's old connection was closed by the upgrade; a later call must not fail with InvalidStateError.
    await expect(store.load('4-7')).rejects.toBeInstanceOf(StorageUnavailableError);
  });
});
