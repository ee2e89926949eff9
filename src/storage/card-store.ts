import type { CardRecord } from '../domain/card';
import type { NoteBook } from '../domain/notebook';
import { CURRENT_KEY, lazyConnection, openDatabase, STORES, type OpenDoorDatabase } from './db';
import { createPendingCopy } from './pending-copy';

// "Delete everything" (db.ts) holds the plan's cross-tab lock and clears the plan's unsaved-edit copies too.
export { deleteEverything } from './db';

/** The young person's card on this device. Raw values are checked by domain/card decodeCardRecord(). */
export interface CardStore {
  read(): Promise<unknown>;
  /** The record of a save the page went away during (storage/pending-copy.ts), or undefined. */
  pending(): unknown;
  /** Keeps a copy at once, then saves; the copy goes when the save is done. */
  write(record: CardRecord): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

export function createCardStore(open: () => Promise<OpenDoorDatabase> = openDatabase): CardStore {
  const connection = lazyConnection(open);
  const db = connection.get;
  const copy = createPendingCopy<CardRecord>(STORES.card);
  return {
    async read() {
      return (await db()).get(STORES.card, CURRENT_KEY);
    },
    pending: copy.read,
    async write(record) {
      copy.keep(record);
      await (await db()).put(STORES.card, record, CURRENT_KEY);
      copy.settle(record);
    },
    async clear() {
      copy.discard();
      await (await db()).delete(STORES.card, CURRENT_KEY);
    },
    close: connection.close,
  };
}

/** Which private notebook: the evidence checklist or the personal safety plan. */
export type NoteBookName = typeof STORES.evidence | typeof STORES.safetyPlan;

/** One notebook on this device. Raw values are checked by domain/notebook readNoteBook(). */
export interface NoteBookStore {
  read(): Promise<unknown>;
  /** The notebook of a save the page went away during (storage/pending-copy.ts), or undefined. */
  pending(): unknown;
  /** Keeps a copy at once, then saves; the copy goes when the save is done. */
  write(book: NoteBook): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

export function createNoteBookStore(
  name: NoteBookName,
  open: () => Promise<OpenDoorDatabase> = openDatabase,
): NoteBookStore {
  const connection = lazyConnection(open);
  const db = connection.get;
  const copy = createPendingCopy<NoteBook>(name);
  return {
    async read() {
      return (await db()).get(name, CURRENT_KEY);
    },
    pending: copy.read,
    async write(book) {
      copy.keep(book);
      await (await db()).put(name, book, CURRENT_KEY);
      copy.settle(book);
    },
    async clear() {
      copy.discard();
      await (await db()).delete(name, CURRENT_KEY);
    },
    close: connection.close,
  };
}
