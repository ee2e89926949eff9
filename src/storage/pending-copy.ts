// A synchronous copy of a whole record (a notebook, the card) in localStorage, kept from the moment a save starts
// until IndexedDB confirms it. A save still in flight when the page goes away (a reload, quick exit, the tab
// closed) is aborted with the page; the copy is then found on the next visit and saved there. The plan keeps its
// unsaved edits the same way (plan-write-ahead.ts). The name starts with the plan's prefix, so "Delete
// everything" removes these copies too.
import { WRITE_AHEAD_PREFIX } from './db';

export interface PendingCopy<Value> {
  /** Keeps the value at once (synchronously). False if localStorage is blocked or full. */
  keep(value: Value): boolean;
  /** The save of this value is done: the copy goes, unless a later keep (this tab or another) replaced it. */
  settle(value: Value): void;
  /** The copy of a save that never finished, or undefined. A copy that does not parse is ignored. */
  read(): unknown;
  /** Removes the copy, whatever it holds (the record itself was deleted). */
  discard(): void;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createPendingCopy<Value>(name: string): PendingCopy<Value> {
  const key = `${WRITE_AHEAD_PREFIX}copy:${name}`;
  return {
    keep(value) {
      try {
        const store = storage();
        if (!store) return false;
        store.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    settle(value) {
      try {
        const store = storage();
        if (store?.getItem(key) === JSON.stringify(value)) store.removeItem(key);
      } catch {
        // Storage blocked: nothing was kept.
      }
    },
    read() {
      try {
        const text = storage()?.getItem(key);
        return text ? (JSON.parse(text) as unknown) : undefined;
      } catch {
        return undefined;
      }
    },
    discard() {
      try {
        storage()?.removeItem(key);
      } catch {
        // Storage blocked: nothing was kept.
      }
    },
  };
}
