import { QUICK_EXIT_EVENT } from '../domain/app-events';
import { createQuickExitDetector } from '../domain/quick-exit-keys';

/** Hide everything at once, tell islands (the plan locks itself), then leave without a history entry. */
function quickExit(destination: string): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT));
  window.location.replace(destination);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function installQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const destination = link.href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit(destination);
  });
  const detect = createQuickExitDetector();
  document.addEventListener('keydown', (event) => {
    const fire = detect({
      key: event.key,
      time: event.timeStamp,
      repeat: event.repeat,
      typing: isTyping(event.target),
    });
    if (fire) quickExit(destination);
  });
}
