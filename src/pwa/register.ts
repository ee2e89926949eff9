import { Workbox } from 'workbox-window';
import { BEFORE_RELOAD_EVENT, type BeforeReloadDetail } from '../domain/app-events';

/** Longest wait for islands to save before an update reload goes ahead anyway. */
const FLUSH_TIMEOUT_MS = 3000;

/**
 * Registers the service worker; shows "ready to use offline" once (in the footer) and "a new version is
 * ready" when one waits (under the header). Where service workers are missing or refused (a browser
 * setting, some private modes, a policy), the site simply stays a normal website: nothing is thrown.
 */
export function registerServiceWorker(): void {
  const notice = document.getElementById('app-notice');
  const scriptUrl = notice?.dataset['sw'];
  if (!notice || !scriptUrl) return;
  let workbox: Workbox;
  try {
    if (!navigator.serviceWorker) return;
    workbox = new Workbox(scriptUrl, { scope: notice.dataset['scope'] ?? '/' });
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

/** Lets islands save unsaved work (they push promises into the event's detail) before the reload. */
async function flushPendingWork(): Promise<void> {
  const detail: BeforeReloadDetail = { pending: [] };
  window.dispatchEvent(new CustomEvent(BEFORE_RELOAD_EVENT, { detail }));
  const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
  await Promise.race([Promise.allSettled(detail.pending), timeout]);
}
