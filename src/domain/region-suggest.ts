import type { HelpRegion, RegionId } from './help-routes';

/**
 * Suggests a region from the browser's languages (e.g. "en-GB" → uk), trying each language in order of
 * preference, exact tag first, then the bare language where only one region claims it. Nothing is looked up online.
 */
export function suggestRegion(
  languages: readonly string[],
  regions: readonly Pick<HelpRegion, 'region' | 'languageHints'>[],
): RegionId | undefined {
  for (const language of languages.map((tag) => tag.toLowerCase())) {
    const exact = regions.find((region) => region.languageHints.some((hint) => hint.toLowerCase() === language));
    if (exact) return exact.region;
    const bare = language.split('-')[0];
    const byLanguage = regions.filter((region) => region.languageHints.some((hint) => hint.toLowerCase() === bare));
    if (byLanguage.length === 1) return byLanguage[0]!.region;
  }
  return undefined;
}

/** Lower-case language tag -> the region it suggests: what the page carries for suggestRegion's quick twin. */
export type SuggestionTable = Record<string, RegionId>;

/**
 * suggestRegion as a lookup table, small enough for the page to apply before its first paint: every hint, lower
 * case, to its region. A hint claimed by two regions would make the table and suggestRegion disagree, so it throws.
 */
export function suggestionTable(regions: readonly Pick<HelpRegion, 'region' | 'languageHints'>[]): SuggestionTable {
  const table: SuggestionTable = {};
  for (const { region, languageHints } of regions) {
    for (const hint of languageHints.map((tag) => tag.toLowerCase())) {
      if (table[hint] && table[hint] !== region) throw new Error(`Language hint "${hint}" is claimed by two regions`);
      table[hint] = region;
    }
  }
  return table;
}

/** suggestRegion read from its table: each language in order, its exact tag first, then its bare language. */
export function suggestFromTable(languages: readonly string[], table: SuggestionTable): RegionId | undefined {
  for (const language of languages.map((tag) => tag.toLowerCase())) {
    const region = table[language] ?? table[language.split('-')[0]!];
    if (region) return region;
  }
  return undefined;
}
