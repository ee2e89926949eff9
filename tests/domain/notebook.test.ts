import { describe, expect, it } from 'vitest';
import {
  addEntry,
  emptyNoteBook,
  latestNoteBook,
  MAX_ENTRY_LENGTH,
  noteBookText,
  readNoteBook,
  removeEntry,
  setDone,
} from '../../src/domain/notebook';

const now = new Date('2026-12-01T09:00:00Z');

describe('a private notebook (evidence checklist, safety plan)', () => {
  it('adds trimmed lines, refuses empty ones and duplicates, removes by id', () => {
    let book = emptyNoteBook(now);
    book = addEntry(book, { id: 'a', section: 'usernames', text: '  @not_a_friend  ' }, now);
    book = addEntry(book, { id: 'b', section: 'usernames', text: '   ' }, now);
    book = addEntry(book, { id: 'a', section: 'times', text: 'again' }, now);
    book = addEntry(book, { id: 'c', section: 'times', text: 'x'.repeat(MAX_ENTRY_LENGTH + 50) }, now);
    expect(book.entries.map((entry) => entry.id)).toEqual(['a', 'c']);
    expect(book.entries[0]!.text).toBe('@not_a_friend');
    expect(book.entries[1]!.text.length).toBe(MAX_ENTRY_LENGTH);
    expect(removeEntry(book, 'a', now).entries.map((entry) => entry.id)).toEqual(['c']);
  });

  it('ticks and unticks checklist items', () => {
    let book = setDone(emptyNoteBook(now), 'screenshots', true, now);
    book = setDone(book, 'screenshots', true, now);
    expect(book.done).toEqual(['screenshots']);
    expect(setDone(book, 'screenshots', false, now).done).toEqual([]);
  });

  it('reads what it stored and starts afresh, saying so, from anything damaged', () => {
    const book = addEntry(emptyNoteBook(now), { id: 'a', section: 'usernames', text: 'x' }, now);
    expect(readNoteBook(structuredClone(book), now)).toEqual({ book, damaged: false });
    expect(readNoteBook(undefined, now)).toEqual({ book: emptyNoteBook(now), damaged: false });
    expect(readNoteBook({ entries: 'x' }, now).damaged).toBe(true);
    expect(readNoteBook({ ...book, entries: [{ id: 'a', section: 'x', text: 1 }] }, now).damaged).toBe(true);
  });

  it('takes the copy of a save cut short over the stored notebook, unless the copy is damaged', () => {
    const stored = addEntry(emptyNoteBook(now), { id: 'a', section: 'signs', text: 'old' }, now);
    const newer = addEntry(stored, { id: 'b', section: 'signs', text: 'typed just before leaving' }, now);
    expect(latestNoteBook(stored, structuredClone(newer), now)).toEqual({
      book: newer,
      damaged: false,
      recovered: true,
    });
    expect(latestNoteBook(stored, undefined, now)).toEqual({ book: stored, damaged: false, recovered: false });
    expect(latestNoteBook(stored, { entries: 'x' }, now)).toEqual({ book: stored, damaged: false, recovered: false });
    expect(latestNoteBook(undefined, newer, now).book).toEqual(newer);
    expect(latestNoteBook({ entries: 'x' }, undefined, now).damaged).toBe(true);
  });

  it('prints as plain text, with only the headings that have lines', () => {
    let book = addEntry(emptyNoteBook(now), { id: 'a', section: 'usernames', text: '@not_a_friend' }, now);
    book = addEntry(book, { id: 'b', section: 'amounts', text: '£50 by gift card, 30 Nov 21:40' }, now);
    book = setDone(book, 'screenshots', true, now);
    const text = noteBookText(book, {
      title: 'Evidence',
      writtenOn: 'Written on 1 December 2026',
      sections: [
        { id: 'usernames', label: 'Usernames' },
        { id: 'links', label: 'Profile links' },
        { id: 'amounts', label: 'Money' },
      ],
      checklist: [
        { id: 'screenshots', label: 'Screenshots of the chat' },
        { id: 'profile', label: 'Screenshot of the profile' },
      ],
      doneLabel: 'Done',
    });
    expect(text).toBe(
      'Evidence\nWritten on 1 December 2026\n\nUsernames\n- @not_a_friend\n\nMoney\n- £50 by gift card, 30 Nov 21:40\n\nDone\n[x] Screenshots of the chat\n',
    );
  });
});
