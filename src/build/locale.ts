import { DEFAULT_LOCALE, LOCALES, localeOfPath, toLocale, type Locale } from '../domain/locales';

/** The language of the page being rendered (Astro's i18n routing works it out from the URL). */
export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
  return toLocale(astro.currentLocale);
}

/**
 * The language a getStaticPaths call is building for, from its route pattern ("/es/talk/[band]/[topic]" -> "es"):
 * every language's twin of a page shares one getStaticPaths (see scripts/language-routes.mjs).
 */
export function patternLocale(routePattern: string): Locale {
  return localeOfPath(routePattern.startsWith('/') ? routePattern : `/${routePattern}`);
}

/** The languages other than English, each with its own prefix. */
export const PREFIXED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
