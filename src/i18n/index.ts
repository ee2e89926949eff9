import { en, type UiStrings } from './en';

export const DEFAULT_LOCALE = 'en';
const dictionaries: Record<string, UiStrings> = { en };

/** The UI strings for a locale (English until more languages exist). */
export function strings(locale: string = DEFAULT_LOCALE): UiStrings {
  return dictionaries[locale] ?? en;
}
