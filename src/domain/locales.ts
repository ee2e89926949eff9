import { officialPageIn } from './official-pages';
/**
 * The languages Open Door is written in. English sits at the root of the site, every other language under its
 * own prefix ("/es/", "/ar/"), each page built from the same components. Stored data (the plan, quiz progress,
 * the card) holds ids, never words, so it works whichever language is chosen.
 */
export const LOCALES = ['en', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The language's name in the language itself, as the switcher shows it. */
  name: string;
  /** BCP 47 tag for <html lang>, hreflang and Intl (dates, money). */
  tag: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: 'English', tag: 'en-GB', dir: 'ltr' },
  es: { name: 'Español', tag: 'es', dir: 'ltr' },
  ar: { name: 'العربية', tag: 'ar', dir: 'rtl' },
};

/** Where the reader's language choice is kept (localStorage). Do not rename: a stored choice would be lost. */
export const LANGUAGE_STORAGE_KEY = 'opendoor:language';
/** Set when the reader dismisses the "also in your language" line (localStorage). */
export const LANGUAGE_DISMISSED_KEY = 'opendoor:language-suggestion-dismissed';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A locale from a value that may be anything (Astro.currentLocale, a stored choice); English otherwise. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language of a site path written without the base path ("/es/talk/" -> "es", "/talk/" -> "en"). */
export function localeOfPath(path: string): Locale {
  const first = /^\/([^/]+)(?:\/|$)/.exec(path)?.[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The page a path shows, without its language prefix ("/es/talk/" -> "/talk/", "/es/" -> "/"). */
export function pathWithoutLocale(path: string): string {
  const locale = localeOfPath(path);
  return locale === DEFAULT_LOCALE ? path : path.slice(locale.length + 1) || '/';
}

/** The same page in another language ("/talk/" in "ar" -> "/ar/talk/"). The path is written without base path. */
export function localizedPath(path: string, locale: Locale): string {
  const page = pathWithoutLocale(path.startsWith('/') ? path : `/${path}`);
  return locale === DEFAULT_LOCALE ? page : `/${locale}${page}`;
}

/**
 * The reader's preferred language from the browser's list (navigator.languages), if Open Door has it:
 * "es-MX" -> "es", "ar-EG" -> "ar"; undefined when none of them is one of ours.
 */
export function preferredLocale(browserLanguages: readonly string[]): Locale | undefined {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/**
 * Which language to suggest on a page, if any: the reader's own choice when they made one, else the browser's
 * language; nothing when that is the page's language or the reader said no. Never used to redirect.
 */
export function suggestedLocale(
  pageLocale: Locale,
  chosen: string | null | undefined,
  browserLanguages: readonly string[],
  dismissed: boolean,
): Locale | undefined {
  if (dismissed) return undefined;
  const wanted = isLocale(chosen) ? chosen : preferredLocale(browserLanguages);
  return wanted === undefined || wanted === pageLocale ? undefined : wanted;
}

/**
 * Links to site pages inside rendered HTML (a translated guide's Markdown says "/help/parent/") pointed at the same
 * pages in the page's language, and links to an official page that exists in that language (src/domain/official-pages.ts)
 * at that version. `base` is the site's base path ("/" or "/open-door/"); other links stay as they are.
 */
export function localizeLinks(html: string, base: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return html;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return html.replace(/href="([^"]*)"/g, (whole, href: string) => {
    if (/^https?:/.test(href)) return `href="${officialPageIn(href, locale)}"`;
    if (!href.startsWith(`${prefix}/`) || href.startsWith('//')) return whole;
    const path = href.slice(prefix.length);
    if (/\.[a-z0-9]+(?:[?#]|$)/i.test(path.split('/').pop() ?? '') || localeOfPath(path) !== DEFAULT_LOCALE)
      return whole;
    return `href="${prefix}${localizedPath(path, locale)}"`;
  });
}
