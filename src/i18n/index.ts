import { overlayDictionary } from '../domain/dictionary';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/locales';
import { en, type UiStrings } from './en';

export { DEFAULT_LOCALE };

/**
 * The translated dictionaries, found by file name: src/i18n/es.ts exporting `es`, src/i18n/ar.ts exporting `ar`
 * (each with the shape of en.ts; see the translation file contract in the README). A language without its file
 * yet shows the English words.
 */
const translations = import.meta.glob<Record<string, unknown>>('./{es,ar}.ts', { eager: true });

const dictionaries = new Map<Locale, UiStrings>([[DEFAULT_LOCALE, en]]);
for (const locale of LOCALES) {
  if (locale === DEFAULT_LOCALE) continue;
  const translated = translations[`./${locale}.ts`]?.[locale];
  // Any string a translation lacks falls back to English, so a page never shows a hole; the completeness test
  // (tests/i18n/dictionaries.test.ts) and `npm run i18n:report` say what is missing.
  dictionaries.set(locale, { ...overlayDictionary(en, translated), locale: localeTag(translated, locale) });
}

function localeTag(translated: unknown, locale: Locale): UiStrings['locale'] {
  const tag = (translated as { locale?: unknown } | undefined)?.locale;
  return (typeof tag === 'string' ? tag : locale) as UiStrings['locale'];
}

/** The interface strings for a language (English for an unknown one). */
export function strings(locale: string = DEFAULT_LOCALE): UiStrings {
  return dictionaries.get(locale as Locale) ?? en;
}

/** The raw translated dictionary of a language as its file exports it (undefined when there is no file yet). */
export function translatedDictionary(locale: Locale): unknown {
  return translations[`./${locale}.ts`]?.[locale];
}
