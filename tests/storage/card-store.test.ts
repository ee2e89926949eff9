import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { decodeCardRecord, encodeCardRecord, type Card } from '../../src/domain/card';
import { addEntry, emptyNoteBook, readNoteBook } from '../../src/domain/notebook';
import { createCardStore, createNoteBookStore } from '../../src/storage/card-store';
import { DB_NAME, DB_VERSION } from '../../src/storage/db';
import { deleteEverything } from '../../src/storage/plan-store';
import { useFreshIndexedDB } from './helpers';

const now = new Date('2026-12-01T09:00:00Z');
const databases = useFreshIndexedDB();
const card: Card = {
  schemaVersion: 1,
  adults: [{ name: 'Gran', contact: '07700 900456' }],
  codeWord: 'kiwi',
  promise: 'Wake me any time.',
};

/** The database exactly as version 2 left it: quiz progress and a plan. */
async function buildVersion2Database(): Promise<void> {
  const db = await openDB(DB_NAME, 2, {
    upgrade(database) {
      database.createObjectStore('quiz-progress', { keyPath: 'band' });
      database.createObjectStore('plan');
    },
  });
  await db.put('quiz-progress', { band: '11-13', schemaVersion: 1, answers: { a: 2 }, position: 1 });
  await db.put('plan', { kind: 'plain', plan: { schemaVersion: 1, ifItHappens: { codeWord: 'mango' } } }, 'current');
  db.close();
}

describe('database version 3', () => {
  it('opens an old version 2 database with nothing lost and the three new stores empty', async () => {
    await buildVersion2Database();
    const database = await databases.open();
    expect(DB_VERSION).toBe(3);
    expect(database.version).toBe(3);
    expect([...database.objectStoreNames].sort()).toEqual(['card', 'evidence', 'plan', 'quiz-progress', 'safety-plan']);
    expect(await database.get('quiz-progress', '11-13')).toMatchObject({ answers: { a: 2 } });
    expect(await database.get('plan', 'current')).toMatchObject({ plan: { ifItHappens: { codeWord: 'mango' } } });
    expect(await database.count('card')).toBe(0);
  });

  it('keeps the card, the evidence and the safety plan apart, and "Delete everything" removes them all', async () => {
    const cards = createCardStore(databases.open);
    const evidence = createNoteBookStore('evidence', databases.open);
    const safety = createNoteBookStore('safety-plan', databases.open);
    await cards.write(await encodeCardRecord(card, undefined));
    await evidence.write(addEntry(emptyNoteBook(now), { id: 'a', section: 'usernames', text: '@someone' }, now));
    expect(await decodeCardRecord(await cards.read(), undefined)).toEqual({ status: 'ready', card });
    expect(readNoteBook(await evidence.read(), now).book.entries).toHaveLength(1);
    expect(await safety.read()).toBeUndefined();
    await deleteEverything([cards, evidence, safety]);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(DB_NAME);
    const again = createNoteBookStore('evidence', databases.open);
    expect(await again.read()).toBeUndefined();
    again.close();
  });
});
