// A plan read back from IndexedDB (or from another tab) is a fresh copy: every child, talk and list is a new
// object even where nothing changed. The page's lists are keyed by object, so a fresh copy would redraw every
// row (and the printed sheets) after each save. keepUnchanged() gives back the same values, reusing the
// objects of the plan already on screen wherever they are equal, so only what really changed is redrawn.
import type { Plan } from './plan-schema';

/** Deep equality of plain JSON-like values (what a plan is made of: objects, arrays, strings, numbers, booleans). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameValue(left[key], right[key]));
}

type Keyed = { id: string };

/** `next`, with each item equal to the previous item of the same id replaced by that previous object. */
function keepItems<T extends Keyed>(next: T[], previous: T[]): T[] {
  if (next === previous) return previous;
  const before = new Map(previous.map((item) => [item.id, item]));
  let allKept = next.length === previous.length;
  const kept = next.map((item, index) => {
    const old = before.get(item.id);
    const same = old !== undefined && sameValue(item, old);
    if (!same || previous[index] !== old) allKept = false;
    return same ? old : item;
  });
  return allKept ? previous : kept;
}

/**
 * The same plan as `next` (equal in every value), sharing every part that is unchanged since `previous`:
 * children, talks, agreements, trusted adults, check-ins (by id), the "if it happens" card and whole lists.
 * Returns `previous` itself when nothing at all differs.
 */
export function keepUnchanged(next: Plan, previous: Plan): Plan {
  if (next === previous) return previous;
  const shared: Plan = {
    ...next,
    children: keepItems(next.children, previous.children),
    talks: keepItems(next.talks, previous.talks),
    agreements: keepItems(next.agreements, previous.agreements),
    trustedAdults: keepItems(next.trustedAdults, previous.trustedAdults),
    checkIns: keepItems(next.checkIns, previous.checkIns),
    ifItHappens: sameValue(next.ifItHappens, previous.ifItHappens) ? previous.ifItHappens : next.ifItHappens,
  };
  return sameValue(shared, previous) ? previous : shared;
}
