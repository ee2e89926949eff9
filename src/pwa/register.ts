import { Workbox } from 'workbox-window';
import { BEFORE_RELOAD_EVENT, type BeforeReloadDetail } from '../domain/app-events';

/** Longest wait for islands to save before an update reload goes ahead anyway. */
const FLUSH_TIMEOUT_MS = 3000;
/** "Ready to use offline" is good news, not a task: it steps aside by itself. */
const READY_NOTICE_MS = 8000;

/** Registers the service worker and shows "ready offline" once and "new version ready" when one waits. */
export function registerServiceWorker(): void {
  const notice = document.getElementById('app-notice');
  if (!('serviceWorker' in navigator) || !notice) return;
  const scriptUrl = notice.dataset['sw'];
  if (!scriptUrl) return;
  const workbox = new Workbox(scriptUrl, { scope: notice.dataset['scope'] ?? '/' });

  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    show(notice, 'ready');
    setTimeout(() => {
      if (!notice.querySelector<HTMLElement>('[data-notice="ready"]')?.hidden) notice.hidden = true;
    }, READY_NOTICE_MS);
  });
  workbox.addEventListener('waiting', () => {
    show(notice, 'update');
    notice.querySelector<HTMLButtonElement>('[data-action="reload"]')?.addEventListener(
      'click',
      async () => {
        await flushPendingWork();
        workbox.addEventListener('controlling', () => window.location.reload());
        workbox.messageSkipWaiting();
      },
      { once: true },
    );
  });
  notice.querySelectorAll<HTMLButtonElement>('[data-action="dismiss"]').forEach((button) =>
    button.addEventListener('click', () => {
      notice.hidden = true;
    }),
  );
  void workbox.register();
}

function show(notice: HTMLElement, which: 'ready' | 'update'): void {
  notice.querySelectorAll<HTMLElement>('[data-notice]').forEach((part) => {
    part.hidden = part.dataset['notice'] !== which;
  });
  notice.hidden = false;
}

/** Lets islands save unsaved work (they push promises into the event's detail) before the reload. */
async function flushPendingWork(): Promise<void> {
  const detail: BeforeReloadDetail = { pending: [] };
  window.dispatchEvent(new CustomEvent(BEFORE_RELOAD_EVENT, { detail }));
  const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
  await Promise.race([Promise.allSettled(detail.pending), timeout]);
}
