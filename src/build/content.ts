// Content in a language. Every page shows the English entries in their order; where a translation of an entry
// exists (the same path under src/content/<collection>/<locale>/) its words are used, else the English ones, as a
// safety net: `contentLocale` then says "en", the page marks that part lang="en" and says it is not translated yet,
// and `npm run i18n:report` lists the file as missing.
import { getCollection } from 'astro:content';
import type { HelpRegion } from '../domain/help-routes';
import { DEFAULT_LOCALE, type Locale } from '../domain/locales';
import { withWords, type Localized } from '../domain/localized';
import { strings } from '../i18n';
import type { Translation } from '../domain/translation';

type Collection = 'scripts' | 'guides' | 'scenarios' | 'schools' | 'simulations';

/** The English entries of a collection, each replaced by its translation where there is one. */
async function localized<C extends Collection>(collection: C, locale: Locale) {
  const entries = await getCollection(collection);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return entries
    .filter((entry) => entry.id.startsWith(`${DEFAULT_LOCALE}/`))
    .map((english) => {
      const rest = english.id.slice(DEFAULT_LOCALE.length + 1);
      const translated = locale === DEFAULT_LOCALE ? undefined : byId.get(`${locale}/${rest}`);
      const entry = translated ?? english;
      const meta: Localized = {
        contentLocale: translated ? locale : DEFAULT_LOCALE,
        translation: (translated?.data as { translation?: Translation } | undefined)?.translation,
      };
      return { entry, rest, meta };
    });
}

/** The scripts in a language (src/content/scripts/<locale>/<band>/<topic>.yaml). */
export async function localeScripts(locale: Locale = DEFAULT_LOCALE) {
  return (await localized('scripts', locale)).map(({ entry, meta }) => ({ ...entry.data, ...meta }));
}

/** The "get help now" guides in a language, each with its slug ("young-person/already-paid"). */
export async function localeGuides(locale: Locale = DEFAULT_LOCALE) {
  return (await localized('guides', locale)).map(({ entry, rest, meta }) => ({ ...entry, slug: rest, ...meta }));
}

export async function localeScenarios(locale: Locale = DEFAULT_LOCALE) {
  return (await localized('scenarios', locale))
    .map(({ entry, meta }) => ({ ...entry.data, ...meta }))
    .sort((a, b) => a.order - b.order);
}

/** The schools kit (newsletter text, poster and flyer words, parents' evening outline) in a language. */
export async function localeSchoolKit(locale: Locale = DEFAULT_LOCALE) {
  const found = (await localized('schools', locale)).find(({ rest }) => rest === 'kit');
  if (!found) throw new Error(`No schools kit: add src/content/schools/${DEFAULT_LOCALE}/kit.yaml`);
  return { ...found.entry.data, ...found.meta };
}

/** A "see it through their eyes" simulation in a language (src/content/simulations/<locale>/<id>.yaml). */
export async function localeSimulation(id: string, locale: Locale = DEFAULT_LOCALE) {
  const found = (await localized('simulations', locale)).find(({ rest }) => rest === id);
  if (!found) throw new Error(`No simulation ${id}: add src/content/simulations/${DEFAULT_LOCALE}/${id}.yaml`);
  return { ...found.entry.data, ...found.meta };
}

/** The help routes of every region, with their names and purposes in a language where a words file has them. */
export async function localeHelpRegions(locale: Locale = DEFAULT_LOCALE): Promise<(HelpRegion & Localized)[]> {
  const english = (await getCollection('helpRoutes')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
  if (locale === DEFAULT_LOCALE) return english.map((region) => ({ ...region, contentLocale: DEFAULT_LOCALE }));
  const words = new Map(
    (await getCollection('helpRouteWords', (entry) => entry.id.startsWith(`${locale}/`))).map((entry) => [
      entry.data.region,
      entry.data,
    ]),
  );
  const { textNumber, textKeyword } = strings(locale).helpRoute;
  return english.map((region) =>
    withWords(region, words.get(region.region), locale, { number: textNumber, keyword: textKeyword }),
  );
}
