import type { HelpRegion, HelpRoute } from './help-routes';
import { fillTemplate } from './text';
import { DEFAULT_LOCALE, type Locale } from './locales';
import type { HelpRegionWords, Translation } from './translation';
import { officialPageIn } from './official-pages';

/** Where an entry's words come from. */
export interface Localized {
  /** The language the words are in: the page's own, or English where there is no translation yet. */
  contentLocale: Locale;
  /** The translation record of the file, when the words are a translation. */
  translation?: Translation | undefined;
}

/**
 * How a language writes a number to text: "Text {number}", and "Text {keyword} to {number}" where a word must be
 * sent. The number and the keyword always come from the English data.
 */
export interface SmsWords {
  number: string;
  keyword: string;
}

/** A text line's button words in the language, from its number and keyword in the data. */
export function smsDisplay(sms: NonNullable<HelpRoute['sms']>, words: SmsWords): string {
  return fillTemplate(sms.keyword ? words.keyword : words.number, { number: sms.dial, keyword: sms.keyword ?? '' });
}

/**
 * A region's English data with a words file laid over it: names, purposes, opening hours, law notes, plain-word
 * roles, and (given the language's SmsWords) the text numbers' button words.
 */
export function withWords(
  region: HelpRegion,
  words: HelpRegionWords | undefined,
  locale: Locale,
  sms?: SmsWords,
): HelpRegion & Localized {
  if (!words) return { ...region, contentLocale: DEFAULT_LOCALE };
  const byId = new Map(words.routes.map((route) => [route.id, route]));
  const roleTexts = words.roleTexts ?? {};
  return {
    ...region,
    name: words.name,
    shortName: words.shortName,
    routes: region.routes.map((english) => {
      const route = english.url === undefined ? english : { ...english, url: officialPageIn(english.url, locale) };
      const translated = byId.get(route.id);
      if (!translated) return route;
      // A number shown as words and number ("112 or 999"), the same as how it is said, reads in the language too.
      const phone =
        route.phone && translated.says !== undefined && route.phone.display === route.says
          ? { ...route.phone, display: translated.says }
          : route.phone;
      return {
        ...route,
        ...(phone ? { phone } : {}),
        name: translated.name,
        purpose: translated.purpose,
        ...(route.says !== undefined ? { says: translated.says ?? route.says } : {}),
        ...(route.ages !== undefined ? { ages: translated.ages ?? route.ages } : {}),
        ...(route.hours !== undefined ? { hours: translated.hours ?? route.hours } : {}),
        ...(route.sms && sms ? { sms: { ...route.sms, display: smsDisplay(route.sms, sms) } } : {}),
      };
    }),
    law: region.law.map((note, index) => ({ ...note, ...(words.law?.[index] ?? {}) })),
    roles: Object.fromEntries(
      Object.entries(region.roles).map(([role, fillers]) => {
        let textIndex = 0;
        return [
          role,
          fillers.map((filler) => {
            if (typeof filler === 'string') return filler;
            const text = roleTexts[role]?.[textIndex];
            textIndex += 1;
            return text ? { text } : filler;
          }),
        ];
      }),
    ) as HelpRegion['roles'],
    contentLocale: locale,
    translation: words.translation,
  };
}
