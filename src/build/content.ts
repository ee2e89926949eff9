import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE } from '../i18n';

/** The scripts written for a locale (content lives in src/content/scripts/<locale>/<band>/<topic>.yaml). */
export async function localeScripts(locale: string = DEFAULT_LOCALE) {
  return (await getCollection('scripts', (entry) => entry.id.startsWith(`${locale}/`))).map((entry) => entry.data);
}

export async function localeGuides(locale: string = DEFAULT_LOCALE) {
  return (await getCollection('guides', (entry) => entry.id.startsWith(`${locale}/`))).map((entry) => ({
    ...entry,
    slug: entry.id.slice(locale.length + 1),
  }));
}

export async function localeHelpRegions(locale: string = DEFAULT_LOCALE) {
  return (await getCollection('helpRoutes', (entry) => entry.id.startsWith(`${locale}/`)))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order);
}

export async function localeScenarios(locale: string = DEFAULT_LOCALE) {
  return (await getCollection('scenarios', (entry) => entry.id.startsWith(`${locale}/`)))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order);
}

/** The schools kit (newsletter text, poster and flyer words, parents' evening outline) for a locale. */
export async function localeSchoolKit(locale: string = DEFAULT_LOCALE) {
  const [entry] = await getCollection('schools', (candidate) => candidate.id === `${locale}/kit`);
  if (!entry) throw new Error(`No schools kit for ${locale}: add src/content/schools/${locale}/kit.yaml`);
  return entry.data;
}

/** A "see it through their eyes" simulation for a locale (src/content/simulations/<locale>/<id>.yaml). */
export async function localeSimulation(id: string, locale: string = DEFAULT_LOCALE) {
  const [entry] = await getCollection('simulations', (candidate) => candidate.id === `${locale}/${id}`);
  if (!entry) throw new Error(`No simulation ${id} for ${locale}: add src/content/simulations/${locale}/${id}.yaml`);
  return entry.data;
}
