import { fillTemplate } from './text';

/**
 * A phrase in every plural form a language may use (CLDR categories): English uses one and other; Arabic uses all
 * six (3 to 10 take the plural, 11 to 99 the singular). A dictionary gives all six, repeating a form where its
 * language has no such category, so every language has the same keys.
 */
export type PluralWords = Readonly<Record<Intl.LDMLPluralRule, string>>;

/** The phrase for a count in the language's own plural form, with {n} filled ("About 10 minutes"). */
export function pluralText(count: number, words: PluralWords, locale: string): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale || undefined).select(count);
  } catch {
    // An unusable locale tag: the general form.
  }
  return fillTemplate(words[category], { n: count });
}
