/**
 * "See it through their eyes", with JavaScript: one step at a time. "Next step" shows the next one and moves
 * focus to its heading; "Stop" (a plain link to what helps) shows the ending straight away. Without this
 * script every step is simply listed. Nothing moves on its own, and scrolling is instant when the reader
 * asks for reduced motion (global.css sets scroll-behavior on this page only without that request).
 */
export function installSimulation(): void {
  const root = document.querySelector<HTMLElement>('[data-simulation]');
  if (!root) return;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const helps = root.querySelector<HTMLElement>('#what-helps');
  const show = (element: HTMLElement) => {
    element.hidden = false;
    element.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    // Smooth only where the reader has not asked for reduced motion: the CSS decides (scroll-behavior).
    element.scrollIntoView({ block: 'start' });
  };

  // Start at the first step unless the address points at a later one.
  const target = steps.findIndex((step) => `#${step.id}` === window.location.hash);
  const shownUpTo = target >= 0 ? target : 0;
  steps.forEach((step, index) => (step.hidden = index > shownUpTo));

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-next], a[data-stop]');
    if (!link) return;
    event.preventDefault();
    const step = link.closest<HTMLElement>('[data-step]');
    if (link.hasAttribute('data-next') && step) {
      const next = steps[Number(step.dataset['step']) + 1];
      link.closest('.sim__nav')?.setAttribute('hidden', '');
      if (next) show(next);
    } else if (helps) {
      history.replaceState(null, '', '#what-helps');
      show(helps);
    }
  });
}
