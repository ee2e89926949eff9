import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type OpenDoorDatabase } from '../../src/storage/db';

/** Gives every test a fresh, empty IndexedDB (idb uses the global one) and closes what the test opened. */
export function useFreshIndexedDB(): { open: () => Promise<OpenDoorDatabase> } {
  const opened: OpenDoorDatabase[] = [];
  beforeEach(() => {
    Object.assign(globalThis, { indexedDB: new IDBFactory() });
  });
  afterEach(() => {
    opened.splice(0).forEach((database) => database.close());
  });
  return {
    async open() {
      const database = await openDatabase();
      opened.push(database);
      return database;
    },
  };
}
