// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry, emptyNoteBook } from '../../src/domain/notebook';
import { createNoteBookStore } from '../../src/storage/card-store';
import { deleteEverything } from '../../src/storage/db';
import { createPendingCopy } from '../../src/storage/pending-copy';
import { createQuizStore, NewerQuizProgressError } from '../../src/storage/quiz-store';
import { startQuiz } from '../../src/domain/quiz';
import { useFreshIndexedDB } from './helpers';

const now = new Date('2026-12-01T09:00:00Z');
const databases = useFreshIndexedDB();
const book = addEntry(emptyNoteBook(now), { id: 'a', section: 'signs', text: 'Checking my phone' }, now);

beforeEach(() => localStorage.clear());

describe('the copy kept while a whole record is saved', () => {
  it('is kept the moment a save starts and goes once IndexedDB has it', async () => {
    const store = createNoteBookStore('safety-plan', databases.open);
    const saving = store.write(book);
    // Before anything asynchronous has run: what a page going away now leaves behind.
    expect(store.pending()).toEqual(book);
    await saving;
    expect(store.pending()).toBeUndefined();
    expect(await store.read()).toEqual(book);
    store.close();
  });

  it('stays when the save fails, for the next visit to save', async () => {
    const store = createNoteBookStore('safety-plan', () => Promise.reject(new Error('blocked')));
    await expect(store.write(book)).rejects.toThrow('blocked');
    expect(createNoteBookStore('safety-plan', databases.open).pending()).toEqual(book);
    expect(createNoteBookStore('evidence', databases.open).pending()).toBeUndefined();
  });

  it('is not removed by an older save finishing after a newer one was kept (another tab)', () => {
    const mine = createPendingCopy<{ n: number }>('card');
    const theirs = createPendingCopy<{ n: number }>('card');
    mine.keep({ n: 1 });
    theirs.keep({ n: 2 });
    mine.settle({ n: 1 });
    expect(mine.read()).toEqual({ n: 2 });
    theirs.settle({ n: 2 });
    expect(mine.read()).toBeUndefined();
  });

  it('ignores a copy that does not parse, and carries on where localStorage is blocked', () => {
    localStorage.setItem('open-door-plan-copy:card', '{not json');
    expect(createPendingCopy('card').read()).toBeUndefined();
    const blocked = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(createPendingCopy('card').keep({ n: 1 })).toBe(false);
    blocked.mockRestore();
  });

  it('goes with "Delete everything" and with clearing the record', async () => {
    const store = createNoteBookStore('evidence', () => Promise.reject(new Error('blocked')));
    await store.write(book).catch(() => undefined);
    expect(store.pending()).toEqual(book);
    await deleteEverything();
    expect(store.pending()).toBeUndefined();
    await store.write(book).catch(() => undefined);
    await store.clear().catch(() => undefined);
    expect(store.pending()).toBeUndefined();
  });

  it('keeps quiz progress per band while it saves, and never over progress from a newer version', async () => {
    const scenarios = [
      { id: 'a', order: 1, title: 'A', talkingPoint: 'T', relatedScript: 's', agree: 'A', options: [{ best: true }] },
    ];
    const store = createQuizStore(databases.open);
    const progress = startQuiz('8-10', scenarios, 'together', now, 1);
    const saving = store.save(progress);
    expect(store.pending('8-10')).toEqual(progress);
    expect(store.pending('11-13')).toBeUndefined();
    await saving;
    expect(store.pending('8-10')).toBeUndefined();
    await (await databases.open()).put('quiz-progress', { ...progress, schemaVersion: 99 } as never);
    await expect(store.save(progress)).rejects.toBeInstanceOf(NewerQuizProgressError);
    expect(store.pending('8-10')).toBeUndefined();
  });
});
