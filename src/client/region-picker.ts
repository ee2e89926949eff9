import { suggestFromTable, type SuggestionTable } from '../domain/region-suggest';

/** Turns the list of every region into a one-region view with a remembered picker (progressive enhancement). */
export function installRegionPicker(): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-region-picker]')) {
    const picker = container.querySelector<HTMLElement>('[data-picker]');
    const select = container.querySelector<HTMLSelectElement>('select');
    const links = container.querySelector<HTMLElement>('[data-region-links]');
    const storageKey = container.dataset['storageKey'];
    if (!picker || !select || !links || !storageKey) continue;
    const suggestions = JSON.parse(container.dataset['suggest'] ?? '{}') as SuggestionTable;

    const show = (region: string) => {
      container.querySelectorAll<HTMLElement>('[data-region]').forEach((section) => {
        section.hidden = region !== '' && section.dataset['region'] !== region;
      });
    };

    // The head script has already applied ?region= or the remembered choice to <html data-region>; with neither,
    // the browser's language suggests one (shown in the list only, until it is chosen). The block's inline script
    // (src/build/region-picker-script.ts) drew this same view before the first paint; this makes it work.
    const root = document.documentElement;
    select.value = root.dataset['region'] ?? suggestFromTable(navigator.languages, suggestions) ?? '';
    show(select.value);
    picker.hidden = false;
    links.hidden = true;
    // The regions' own `hidden` now says what shows: the first view's CSS (critical.css, data-show) steps aside.
    delete container.dataset['show'];
    select.onchange = null;
    select.addEventListener('change', () => {
      show(select.value);
      saveChoice(storageKey, select.value);
      // Every region text on the page ({emergency}, "Numbers for: …") follows the choice at once.
      if (select.value) root.dataset['region'] = select.value;
      else delete root.dataset['region'];
    });
  }
}

// Storage can be blocked (private mode, settings): the picker still works, it just forgets.
function saveChoice(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Nothing to do: the choice simply isn't remembered.
  }
}
