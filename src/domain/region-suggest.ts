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
