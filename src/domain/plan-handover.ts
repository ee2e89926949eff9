/**
 * Words handed to My plan together with an "add this talk" request: a practice's summary ("You practised 4
 * replies; the one to come back to is…") or a quiz's things to agree, for the new talk's private note. They never
 * travel in the address (it is kept in the browser's history): the page that offers the request writes them to
 * this tab's session storage (src/storage/plan-handover.ts) and My plan reads them once, only for the same talk,
 * only while fresh, and shows them before the family chooses to add them.
 *
 * Small on purpose and free of other imports: the practice and the quiz carry the writing half.
 */

/** What is handed over, as stored for the moment between the two pages. */
export interface PlanHandover {
  /** The talk it belongs to, as the request in the address names it: "<band>/<topic>" ("14-17/if-it-ever-happens"). */
  talk: string;
  /** The words for the talk's note, one line each. */
  lines: readonly string[];
  /** When it was handed over (ms since 1970). */
  at: number;
}

/** How long words wait for My plan to open: long enough for a slow phone, short enough not to linger. */
export const HANDOVER_MAX_AGE_MS = 30 * 60 * 1000;

/** The talk a request names, as a handover names it ("14-17/if-it-ever-happens"). */
export const handoverTalk = (request: { band: string; topic: string }): string => `${request.band}/${request.topic}`;

/** The handover for a talk, ready to store (JSON). */
export function writeHandover(talk: string, lines: readonly string[], now: number): string {
  return JSON.stringify({ talk, lines, at: now } satisfies PlanHandover);
}

/** The words as one note: lines trimmed, blank lines dropped, and at most maxLength characters (LIMITS.note). */
export function handoverNote(lines: readonly string[], maxLength: number): string {
  const note = lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
  return note.length <= maxLength ? note : `${note.slice(0, maxLength - 1).trimEnd()}…`;
}

/**
 * The note handed over for this talk, at most maxLength characters (the plan passes LIMITS.note), if what was
 * stored is well formed, for the same talk and fresh; otherwise undefined (the talk is still added, note empty).
 */
export function readHandover(stored: string | null, talk: string, now: number, maxLength: number): string | undefined {
  let value: Partial<PlanHandover> | null;
  try {
    value = JSON.parse(stored ?? 'null') as Partial<PlanHandover> | null;
  } catch {
    return undefined;
  }
  const lines = value?.lines;
  const at = value?.at;
  if (value?.talk !== talk || !Array.isArray(lines) || !lines.every((line) => typeof line === 'string'))
    return undefined;
  if (typeof at !== 'number' || !(now - at <= HANDOVER_MAX_AGE_MS && at - now <= 60_000)) return undefined;
  return handoverNote(lines, maxLength) || undefined;
}
