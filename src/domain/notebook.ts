// A private notebook of short text lines under a few headings, kept only on this device. Two of them exist:
// the evidence checklist (/help/report/) and the personal safety plan (/help/after/). Text only, on
// purpose: nothing here can hold an image. Valibot, because this runs in the browser.
import * as v from 'valibot';

export const NOTEBOOK_SCHEMA_VERSION = 1;
export const MAX_ENTRY_LENGTH = 500;
export const MAX_ENTRIES = 200;

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const noteEntrySchema = v.object({
  id,
  /** Which heading the line sits under (a section id of that notebook). */
  section: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  text: v.pipe(v.string(), v.maxLength(MAX_ENTRY_LENGTH)),
});

export const noteBookSchema = v.object({
  schemaVersion: v.literal(NOTEBOOK_SCHEMA_VERSION),
  entries: v.pipe(v.array(noteEntrySchema), v.maxLength(MAX_ENTRIES)),
  /** Ids of checklist items ticked off (the evidence checklist's "done" boxes). */
  done: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
});

export type NoteBook = v.InferOutput<typeof noteBookSchema>;
export type NoteEntry = v.InferOutput<typeof noteEntrySchema>;

export function emptyNoteBook(now: Date): NoteBook {
  return { schemaVersion: NOTEBOOK_SCHEMA_VERSION, entries: [], done: [], updatedAt: now.toISOString() };
}

/** A stored notebook, checked; a damaged or missing one starts empty (never throws). */
export function readNoteBook(raw: unknown, now: Date): { book: NoteBook; damaged: boolean } {
  if (raw === undefined || raw === null) return { book: emptyNoteBook(now), damaged: false };
  const result = v.safeParse(noteBookSchema, raw);
  return result.success ? { book: result.output, damaged: false } : { book: emptyNoteBook(now), damaged: true };
}

/**
 * The notebook to show: the copy of a save the page went away during (storage/pending-copy.ts) is newer than the
 * stored one, so it wins, unless it is damaged; `recovered` says it still has to be saved.
 */
export function latestNoteBook(
  stored: unknown,
  pending: unknown,
  now: Date,
): { book: NoteBook; damaged: boolean; recovered: boolean } {
  if (pending !== undefined) {
    const copy = readNoteBook(pending, now);
    if (!copy.damaged) return { ...copy, recovered: true };
  }
  return { ...readNoteBook(stored, now), recovered: false };
}

export function addEntry(book: NoteBook, entry: NoteEntry, now: Date): NoteBook {
  const text = entry.text.trim().slice(0, MAX_ENTRY_LENGTH);
  if (!text || book.entries.length >= MAX_ENTRIES || book.entries.some((existing) => existing.id === entry.id))
    return book;
  return { ...book, entries: [...book.entries, { ...entry, text }], updatedAt: now.toISOString() };
}

export function removeEntry(book: NoteBook, entryId: string, now: Date): NoteBook {
  return { ...book, entries: book.entries.filter((entry) => entry.id !== entryId), updatedAt: now.toISOString() };
}

export function setDone(book: NoteBook, itemId: string, done: boolean, now: Date): NoteBook {
  const others = book.done.filter((existing) => existing !== itemId);
  return { ...book, done: done ? [...others, itemId] : others, updatedAt: now.toISOString() };
}

/**
 * The notebook as plain text for printing, saving or giving to the police: a title, then each heading with its
 * lines, then the ticked checklist items. Headings with nothing under them are left out.
 */
export function noteBookText(
  book: NoteBook,
  layout: {
    title: string;
    sections: readonly { id: string; label: string }[];
    checklist?: readonly { id: string; label: string }[];
    doneLabel?: string;
    writtenOn: string;
  },
): string {
  const lines = [layout.title, layout.writtenOn, ''];
  for (const section of layout.sections) {
    const entries = book.entries.filter((entry) => entry.section === section.id);
    if (entries.length === 0) continue;
    lines.push(section.label, ...entries.map((entry) => `- ${entry.text}`), '');
  }
  const ticked = (layout.checklist ?? []).filter((item) => book.done.includes(item.id));
  if (ticked.length > 0 && layout.doneLabel)
    lines.push(layout.doneLabel, ...ticked.map((item) => `[x] ${item.label}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
