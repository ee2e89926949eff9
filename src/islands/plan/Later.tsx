import { createSignal, onCleanup, Show, type JSX } from 'solid-js';

// Drawing every section of the plan at once is one long task (about a second on a slow phone), during which
// the page can't answer a tap. Each section waits for its own turn instead, one per task, in page order (the first
// screen first), so the browser can paint and answer input in between.

const waiting: (() => void)[] = [];
let running = false;

function runNext(): void {
  const next = waiting.shift();
  if (!next) {
    running = false;
    return;
  }
  next();
  setTimeout(runNext, 0);
}

function takeTurn(draw: () => void): () => void {
  waiting.push(draw);
  if (!running) {
    running = true;
    setTimeout(runNext, 0);
  }
  return () => {
    const at = waiting.indexOf(draw);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/** Draws its children in a task of their own, after the sections before it (see above). */
export function Later(props: { children: JSX.Element }) {
  const [shown, setShown] = createSignal(false);
  onCleanup(takeTurn(() => setShown(true)));
  return <Show when={shown()}>{props.children}</Show>;
}
