import { QUICK_EXIT_EVENT } from '../domain/app-events';
import { fillTemplate } from '../domain/text';
import {
  createQuickExitDetector,
  SHIFT_PRESSES,
  SHIFT_WINDOW_MS,
  type QuickExitInput,
} from '../domain/quick-exit-keys';

/** Things that take Esc for themselves: while focus is in one, or one is open, Esc is theirs. */
const TAKES_ESCAPE =
  'input,textarea,select,[contenteditable=""],[contenteditable="true"],dialog[open],[role=dialog],[role=alertdialog],[role=menu],[role=listbox],details[open]';
const OPEN_ELSEWHERE = 'dialog[open],[role=alertdialog],[aria-modal="true"],[role=menu]:not([hidden])';

/** Hide everything at once, tell islands (the plan locks itself), then leave, replacing this page in history. */
function quickExit(destination: string): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  window.dispatchEvent(new CustomEvent(QUICK_EXIT_EVENT));
  window.location.replace(destination);
}

function escapeTaken(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    event.defaultPrevented ||
    (target instanceof Element && target.closest(TAKES_ESCAPE) !== null) ||
    document.querySelector(OPEN_ELSEWHERE) !== null
  );
}

export function installQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const destination = link.href;
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  const progress = status?.dataset['progress'] ?? '';
  const title = document.title;
  const detect = createQuickExitDetector();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string): void => {
    if (status && status.textContent !== text) status.textContent = text;
  };
  const feed = (input: QuickExitInput): void => {
    const { exit, shiftCount } = detect(input);
    if (exit) return quickExit(destination);
    if (input.type !== 'keyup' || input.key !== 'Shift') {
      if (shiftCount === 0) say('');
      return;
    }
    if (shiftCount === 0) return;
    say(fillTemplate(progress, { n: shiftCount, total: SHIFT_PRESSES }));
    clearTimeout(timer);
    timer = setTimeout(() => feed({ type: 'reset' }), SHIFT_WINDOW_MS);
  };

  link.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit(destination);
  });
  document.addEventListener('keydown', (event) =>
    feed({
      type: 'keydown',
      key: event.key,
      time: event.timeStamp,
      repeat: event.repeat,
      consumed: escapeTaken(event),
    }),
  );
  document.addEventListener('keyup', (event) => feed({ type: 'keyup', key: event.key, time: event.timeStamp }), true);
  for (const type of ['pointerdown', 'wheel']) {
    document.addEventListener(type, (event) => feed({ type: 'pointer', time: event.timeStamp }), {
      capture: true,
      passive: true,
    });
  }
  // A dialog or details closing: the Esc that follows was meant for it.
  for (const type of ['close', 'toggle']) {
    document.addEventListener(
      type,
      (event) => {
        if (type === 'close' || !(event.target as HTMLDetailsElement).open)
          feed({ type: 'closed', time: event.timeStamp });
      },
      true,
    );
  }
  window.addEventListener('blur', () => feed({ type: 'reset' }));
  // Back to this page from the back-forward cache: show it again, with no half-counted shortcut.
  window.addEventListener('pageshow', () => {
    document.documentElement.style.visibility = '';
    document.title = title;
    feed({ type: 'reset' });
  });
  // Armed: the shell loads after the first paint, and tests (and anything else) can tell when the shortcuts listen.
  link.dataset['ready'] = '';
}
