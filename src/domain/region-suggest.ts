import type { HelpRegion, RegionId } from './help-routes';

/**
 * Suggests a region from the browser's languages (e.g. "en-GB" → uk), trying each language in order of
 * preference, exact tag first, then the bare language where only one region claims it. Nothing is looked up online.
 * The rule itself is suggestFromTable's, below: the page carries the table, and its first view reads the same one.
 */
export function suggestRegion(
  languages: readonly string[],
  regions: readonly Pick<HelpRegion, 'region' | 'languageHints'>[],
): RegionId | undefined {
  return suggestFromTable(languages, suggestionTable(regions));
}

/** Lower-case language tag -> the region it suggests: what a help-routes block carries (data-suggest). */
export type SuggestionTable = Record<string, RegionId>;

/**
 * The regions' hints as a lookup table, small enough for the page to apply before its first paint: every hint, lower
 * case, to its region. A hint claimed by two regions has no one answer (a bare language must be one region's), so it
 * throws at build time.
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
