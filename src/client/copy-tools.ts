/** The copy buttons of CopyButton.astro: shown only where the browser can copy, and saying what happened. */
export function installCopyTools(): void {
  if (!navigator.clipboard) return;
  for (const tool of document.querySelectorAll<HTMLElement>('[data-copy-tool]')) {
    const [button, status] = tool.children as unknown as [HTMLButtonElement, HTMLElement];
    const { copy, copied, failed } = button.dataset;
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(copy ?? '');
        status.textContent = copied ?? '';
      } catch {
        status.textContent = failed ?? '';
      }
    });
  }
}
