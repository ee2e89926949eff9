import { Workbox } from 'workbox-window';
import { BEFORE_RELOAD_EVENT, type BeforeReloadDetail } from '../domain/app-events';
import { LANGUAGE_STORAGE_KEY, isLocale, toLocale, type Locale } from '../domain/locales';
import { KEEP_LIST_FILE, chooseServiceWorker, keptPagesCacheName } from '../domain/sw-choice';
import { LANGUAGE_TEXT } from '../i18n/languages';

/** Longest wait for islands to save before an update reload goes ahead anyway. */
const FLUSH_TIMEOUT_MS = 3000;

function storedLocale() {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Registers the service worker of this page's language (see src/domain/sw-choice.ts for which one); shows "ready to use offline" once (in the footer) and "a new version is
 * ready" when one waits (under the header). Where service workers are missing or refused (a browser
 * setting, some private modes, a policy), the site simply stays a normal website: nothing is thrown.
 */
export function registerServiceWorker(): void {
  const notice = document.getElementById('app-notice');
  const ownScript = notice?.dataset['sw'];
  const ownScope = notice?.dataset['scope'] ?? '/';
  if (!notice || !ownScript) return;
  let workbox: Workbox;
  try {
    if (!navigator.serviceWorker) return;
    const ownUrl = new URL(ownScript, location.href).href;
    const pageLocale = toLocale(document.documentElement.lang.split('-')[0]);
    const controller = navigator.serviceWorker.controller?.scriptURL;
    const choice = chooseServiceWorker({
      pageLocale,
      chosen: storedLocale(),
      controllerScript: controller,
    });
    // This language is not the one kept offline: offer to keep it (its own service worker precaches it). Or it is, but
    // some of its pages did not fit the precache: offer to keep those too, once the page has settled.
    if (choice.register !== 'own' && controller !== ownUrl)
      offerToKeep({ script: ownScript, scope: ownScope, locale: pageLocale, register: true });
    else setTimeout(() => void offerToKeepTheRest(ownScript, ownScope, pageLocale), KEEP_CHECK_DELAY_MS);
    if (choice.register === 'none') return;
    workbox =
      choice.register === 'own'
        ? new Workbox(ownScript, { scope: ownScope })
        : new Workbox(choice.script, { scope: choice.scope });
  } catch {
    return;
  }
  const part = (which: string): HTMLElement | null => document.querySelector(`[data-notice="${which}"]`);
  const update = part('update');

  workbox.addEventListener('installed', (event) => {
    const ready = part('ready');
    if (!event.isUpdate && ready) ready.hidden = false;
  });
  workbox.addEventListener('waiting', () => {
    if (!update) return;
    update.hidden = false;
    update.querySelector<HTMLButtonElement>('[data-action="reload"]')?.addEventListener(
      'click',
      async () => {
        await flushPendingWork();
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      },
      { once: true },
    );
  });
  update?.querySelector('[data-action="dismiss"]')?.addEventListener('click', () => {
    update.hidden = true;
  });
  workbox.register().catch(() => undefined);
}

/** How long after load the page checks whether all of its language is kept (nothing competes with the page then). */
const KEEP_CHECK_DELAY_MS = 2000;

/** The pages of this language its service worker left out of the precache (written by scripts/build-sw.mjs). */
async function pagesLeftOut(scope: string): Promise<string[]> {
  const response = await fetch(`${scope}${KEEP_LIST_FILE}`);
  if (!response.ok) return [];
  const list: unknown = await response.json();
  return Array.isArray(list) ? list.filter((url): url is string => typeof url === 'string') : [];
}

/** Of this language's left-out pages, those not kept yet. */
async function pagesNotKept(scope: string, locale: Locale): Promise<string[]> {
  const leftOut = await pagesLeftOut(scope);
  if (leftOut.length === 0) return [];
  const cache = await caches.open(keptPagesCacheName(locale));
  const kept = await Promise.all(leftOut.map((url) => cache.match(url, { ignoreSearch: true })));
  return leftOut.filter((_, index) => kept[index] === undefined);
}

async function offerToKeepTheRest(script: string, scope: string, locale: Locale): Promise<void> {
  try {
    if (!('caches' in window) || (await pagesNotKept(scope, locale)).length === 0) return;
  } catch {
    return;
  }
  offerToKeep({ script, scope, locale, register: false });
}

/**
 * "Keep this language for offline use" (or, in the language already kept, "Keep every page for offline use"), in
 * the footer: registers the language's own service worker when it is not the one kept (it precaches the language),
 * then keeps the pages it left out of its precache, then says so in the footer's status line.
 */
function offerToKeep({
  script,
  scope,
  locale,
  register,
}: {
  script: string;
  scope: string;
  locale: Locale;
  register: boolean;
}): void {
  const status = document.querySelector('[data-notice="ready"]')?.parentElement;
  if (!status) return;
  const text = LANGUAGE_TEXT[locale];
  const control = Object.assign(document.createElement('p'), { className: 'keep-language' });
  const button = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'button button--quiet',
    textContent: register ? text.keepOffline : text.keepEveryPage,
  });
  const say = (words: string) => {
    const line = Object.assign(document.createElement('p'), { className: 'app-ready', textContent: words });
    status.replaceChildren(line);
  };
  control.append(button);
  status.after(control);
  button.addEventListener('click', () => {
    button.disabled = true;
    (register ? navigator.serviceWorker.register(script, { scope }).then(waitUntilActive) : Promise.resolve())
      .then(() => keepTheRest(scope, locale))
      .then(() => {
        control.remove();
        say(text.kept);
      })
      .catch(() => {
        button.disabled = false;
        say(text.keepFailed);
      });
  });
}

/** Fetches the language's left-out pages into the cache its service worker serves them from when offline. */
async function keepTheRest(scope: string, locale: Locale): Promise<void> {
  const missing = await pagesNotKept(scope, locale);
  if (missing.length > 0) await (await caches.open(keptPagesCacheName(locale))).addAll(missing);
}

/** Resolves once the registration's worker has installed (its precache filled) and activated. */
function waitUntilActive(registration: ServiceWorkerRegistration): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) return reject(new Error('No service worker'));
    if (worker.state === 'activated') return resolve();
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('The service worker could not install'));
    });
  });
}

/** Lets islands save unsaved work (they push promises into the event's detail) before the reload. */
async function flushPendingWork(): Promise<void> {
  const detail: BeforeReloadDetail = { pending: [] };
  window.dispatchEvent(new CustomEvent(BEFORE_RELOAD_EVENT, { detail }));
  const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
  await Promise.race([Promise.allSettled(detail.pending), timeout]);
}
