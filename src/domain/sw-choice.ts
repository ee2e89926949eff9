import type { Locale } from './locales';

/**
 * Offline per language: each language has its own service worker, scoped to its own pages (/sw.js for English at
 * /, /es/sw.js for /es/, /ar/sw.js for /ar/), each precaching the shared shell and that one language. Which one a
 * page registers (or, for update notices, re-registers):
 * - its own language's, when the reader chose this language, or when no service worker controls the page yet
 *   and the reader has chosen no other language (the language you arrive in is the one kept offline);
 * - else the one already controlling the page (English's controls /es/ and /ar/ pages until theirs is kept, and
 *   caches them as they are visited), so its update notice still shows;
 * - else none: a page in a language the reader did not choose stays online-only until they press
 *   "Keep this language for offline use".
 */
export type ServiceWorkerChoice =
  { register: 'own' } | { register: 'controller'; script: string; scope: string } | { register: 'none' };

export function chooseServiceWorker(input: {
  pageLocale: Locale;
  /** The reader's stored language choice, if any. */
  chosen: Locale | undefined;
  /** The script URL of the service worker controlling this page, if one does. */
  controllerScript: string | undefined;
}): ServiceWorkerChoice {
  const { pageLocale, chosen, controllerScript } = input;
  if (chosen === pageLocale) return { register: 'own' };
  if (controllerScript !== undefined)
    return { register: 'controller', script: controllerScript, scope: scopeOfScript(controllerScript) };
  return chosen === undefined ? { register: 'own' } : { register: 'none' };
}

/** A service worker's scope is the folder its script sits in ("https://x/es/sw.js" -> "https://x/es/"). */
export function scopeOfScript(script: string): string {
  return script.slice(0, script.lastIndexOf('/') + 1);
}

/**
 * Where a language's pages that did not fit its precache are listed (beside its service worker), and the cache they
 * are kept in once read or on request. scripts/build-sw.mjs writes and serves the same names
 * (tests/scripts/precache-plan.test.ts holds the two together).
 */
export const KEEP_LIST_FILE = 'keep-offline.json';
export const keptPagesCacheName = (locale: Locale): string => `open-door-kept-${locale}`;
