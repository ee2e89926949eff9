import type { Locale } from './locales';

/**
 * Official pages that exist in another language: the English address, and the same service's page in that language.
 * Only addresses seen to exist are listed (Take It Down is run by NCMEC in many languages under /<language>/); any
 * other page keeps its English address and is marked as English where it is cited.
 */
const IN_LANGUAGE: Readonly<Record<string, Partial<Record<Locale, string>>>> = {
  'https://takeitdown.ncmec.org/': {
    es: 'https://takeitdown.ncmec.org/es/',
    ar: 'https://takeitdown.ncmec.org/ar/',
  },
};

/** The address of an official page in the reader's language, where the service has one; else the address given. */
export function officialPageIn(url: string, locale: Locale): string {
  return IN_LANGUAGE[url]?.[locale] ?? url;
}
