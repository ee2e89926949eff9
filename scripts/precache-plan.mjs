// Which of one language's pages its service worker precaches, and which it keeps once read, so that the precache
// stays within its budget however long the translations are (Arabic's words weigh about a sixth more than English's
// gzipped). Pure: scripts/build-sw.mjs gives it the sizes; tests/scripts/precache-plan.test.ts checks it.

/**
 * How much a page is needed offline, most needed first. Paths are relative to the language's prefix ("help/",
 * "talk/11-13/what-sextortion-is/"). The crisis and help pages, the plan, the card and the pages that lead to
 * them always come first; then each age band's scripts, older children first (boys of 14 to 17 are the ones
 * sextortion targets most); then the practice quizzes, which a family usually does together, online.
 * @param {string} path
 * @returns {number}
 */
export function pagePriority(path) {
  const [section, band, page] = path.split('/').filter(Boolean);
  if (section === undefined || ['help', 'offline', 'plan', 'card', '404.html'].includes(section)) return 0;
  if (['privacy', 'about'].includes(section)) return 1;
  const bandRank = { '14-17': 0, '11-13': 1, '8-10': 2, '4-7': 3 }[band ?? ''] ?? 0;
  if (section === 'talk') return band === undefined || page === undefined ? 1 : 2 + bandRank;
  if (section === 'quiz') return band === undefined ? 1 : 6 + bandRank;
  return 1;
}

/** The priorities that are always precached: a language whose essential pages do not fit fails the build. */
export const ESSENTIAL_PRIORITY = 1;

/**
 * Fills the precache in order of need: the shell and the essential pages always, then the other pages in priority
 * order (ties in path order) for as long as they fit under the ceiling. The first page that does not fit, and every
 * page after it, is kept once read instead, so what is left out is always the least needed, never a hole in the
 * middle.
 * @param {{ shellBytes: number, pages: { path: string, bytes: number }[], ceilingBytes: number }} input
 * @returns {{ precached: string[], keptOnceRead: string[], bytes: number }}
 */
export function planPrecache({ shellBytes, pages, ceilingBytes }) {
  const ordered = [...pages].sort(
    (a, b) => pagePriority(a.path) - pagePriority(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  /** @type {string[]} */
  const precached = [];
  /** @type {string[]} */
  const keptOnceRead = [];
  let bytes = shellBytes;
  for (const page of ordered) {
    const essential = pagePriority(page.path) <= ESSENTIAL_PRIORITY;
    if (essential || (keptOnceRead.length === 0 && bytes + page.bytes <= ceilingBytes)) {
      precached.push(page.path);
      bytes += page.bytes;
    } else {
      keptOnceRead.push(page.path);
    }
  }
  if (bytes > ceilingBytes) {
    throw new Error(
      `The shell and the essential pages alone take ${(bytes / 1024).toFixed(1)} KB, over the ${(ceilingBytes / 1024).toFixed(1)} KB precache ceiling.`,
    );
  }
  return { precached, keptOnceRead, bytes };
}
