// The language switcher's memory: following a link to a language (the switcher, "Read in English") remembers that
// choice (localStorage), and a page in another language than the reader's (their choice, or else the browser's)
// offers its twin in one calm line, in the reader's language, that can be dismissed. It never redirects.
// Without JavaScript the switcher is plain links. The line is built here, not in every page's HTML, to keep each
// page (and so each language's offline copy) small.
import {
  LANGUAGE_DISMISSED_KEY,
  LANGUAGE_STORAGE_KEY,
  LOCALE_INFO,
  isLocale,
  suggestedLocale,
  toLocale,
  type Locale,
} from '../domain/locales';
import { LANGUAGE_TEXT } from '../i18n/languages';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (a private mode, a setting): the choice simply is not remembered.
  }
}

/** The language of this page, from <html lang> ("en-GB" -> "en"). */
export function currentLocale(): Locale {
  return toLocale(document.documentElement.lang.split('-')[0]);
}

export function installLanguage(): void {
  const pageLocale = currentLocale();
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[hreflang]');
    const chosen = link?.hreflang;
    if (isLocale(chosen)) write(LANGUAGE_STORAGE_KEY, chosen);
  });
  const wanted = suggestedLocale(
    pageLocale,
    read(LANGUAGE_STORAGE_KEY),
    navigator.languages ?? [navigator.language],
    read(LANGUAGE_DISMISSED_KEY) !== null,
  );
  const twin = wanted && document.querySelector<HTMLAnchorElement>(`.languages a[hreflang="${wanted}"]`);
  const header = document.querySelector('.site-header');
  if (!wanted || !twin || !header) return;
  const text = LANGUAGE_TEXT[wanted];
  const box = document.createElement('div');
  box.className = 'language-suggest';
  const line = Object.assign(document.createElement('p'), {
    lang: LOCALE_INFO[wanted].tag,
    dir: LOCALE_INFO[wanted].dir,
  });
  const link = Object.assign(document.createElement('a'), {
    href: twin.getAttribute('href') ?? twin.href,
    hreflang: wanted,
    textContent: text.suggest,
  });
  const dismiss = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'button button--quiet',
    textContent: text.dismiss,
  });
  dismiss.addEventListener('click', () => {
    write(LANGUAGE_DISMISSED_KEY, wanted);
    box.remove();
  });
  line.append(link, ' ', dismiss);
  box.append(line);
  // Inside the header (a landmark), at its end: read after the site's own navigation, before the page.
  header.append(box);
}
