/**
 * The share control (ShareControl.astro): the browser's share sheet where it has one, copy-the-link otherwise.
 * As small as it can be: it ships on every help page, inside the 3 KB content-page budget.
 */
export function installShare(): void {
  const box = document.querySelector('[data-share]');
  if (!box || !(navigator.share || navigator.clipboard)) return;
  const [fallback, button, status] = box.children as unknown as [HTMLElement, HTMLButtonElement, HTMLElement];
  const { copy, copied } = button.dataset;
  if (!navigator.share) button.textContent = copy!;
  fallback.hidden = true;
  button.hidden = false;
  button.addEventListener('click', () => {
    const url = location.origin + location.pathname;
    if (navigator.share) {
      // Closing the share sheet is the person's choice: nothing to report.
      navigator.share({ url }).catch(() => {});
    } else {
      // Where copying is refused, the address comes back into view to copy by hand.
      navigator.clipboard.writeText(url).then(
        () => (status.textContent = copied!),
        () => (fallback.hidden = false),
      );
    }
  });
}
