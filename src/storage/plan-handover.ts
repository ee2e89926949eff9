// The one place that reads and writes the words handed to My plan with an "add this talk" request (see
// src/domain/plan-handover.ts): this tab's session storage, read once and removed at once. Storage can be blocked
// (private mode, settings): then nothing is handed over and the talk is added with an empty note.
import { readHandover, writeHandover } from '../domain/plan-handover';

/** Where the words wait between the two pages. Do not rename: a page of the old version may have just written it. */
export const HANDOVER_KEY = 'opendoor:plan-handover';

/** Keeps the words for My plan, for this talk only ("<band>/<topic>"), replacing anything handed over before. */
export function handOverToPlan(talk: string, lines: readonly string[]): void {
  try {
    sessionStorage.setItem(HANDOVER_KEY, writeHandover(talk, lines, Date.now()));
  } catch {
    // Blocked or full storage: the talk is still added, without the words.
  }
}

/** The words handed over for this talk, at most maxLength characters, read once: whatever was there is removed. */
export function takeHandover(talk: string, maxLength: number): string | undefined {
  try {
    const stored = sessionStorage.getItem(HANDOVER_KEY);
    sessionStorage.removeItem(HANDOVER_KEY);
    return readHandover(stored, talk, Date.now(), maxLength);
  } catch {
    return undefined;
  }
}
