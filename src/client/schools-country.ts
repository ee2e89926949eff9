/**
 * The country choice on /schools/. Its links (?region=<id>) are applied by the inline head script before first
 * paint, so it is shown only with JavaScript; "No country" forgets the choice (the storage key is on the element,
 * as src/domain/region-choice.ts names it) and shows the codes without one.
 */
export function installCountryChoice(): void {
  const choice = document.querySelector<HTMLElement>('[data-country-choice]');
  if (!choice) return;
  choice.hidden = false;
  choice.querySelector('button')?.addEventListener('click', () => {
    try {
      localStorage.removeItem(choice.dataset['countryChoice'] ?? '');
    } catch {
      // Storage blocked: nothing was remembered.
    }
    delete document.documentElement.dataset['region'];
    // A ?region= left in the address would choose it again on reload.
    history.replaceState(null, '', location.pathname + location.hash);
  });
}
