import { initialRegion } from '../domain/region-choice';

/** Turns the list of every region into a one-region view with a remembered picker (progressive enhancement). */
export function installRegionPicker(): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-region-picker]')) {
    const picker = container.querySelector<HTMLElement>('[data-picker]');
    const select = container.querySelector<HTMLSelectElement>('select');
    const links = container.querySelector<HTMLElement>('[data-region-links]');
    const storageKey = container.dataset['storageKey'];
    if (!picker || !select || !links || !storageKey) continue;
    const hints = JSON.parse(container.dataset['hints'] ?? '{}') as Record<string, string[]>;
    const regions = Object.entries(hints).map(([region, languageHints]) => ({ region, languageHints })) as Parameters<
      typeof initialRegion
    >[2];

    const show = (region: string) => {
      container.querySelectorAll<HTMLElement>('[data-region]').forEach((section) => {
        section.hidden = region !== '' && section.dataset['region'] !== region;
      });
    };

    select.value = initialRegion(readChoice(storageKey), navigator.languages, regions) ?? '';
    show(select.value);
    picker.hidden = false;
    links.hidden = true;
    select.addEventListener('change', () => {
      show(select.value);
      saveChoice(storageKey, select.value);
    });
  }
}

// Storage can be blocked (private mode, settings): the picker still works, it just forgets.
function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function saveChoice(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Nothing to do: the choice simply isn't remembered.
  }
}
