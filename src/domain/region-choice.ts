import type { HelpRegion, RegionId } from './help-routes';
import { suggestRegion } from './region-suggest';

export { suggestRegion };

/** Where the chosen region is remembered on this device (localStorage). Do not rename without migrating. */
export const REGION_STORAGE_KEY = 'opendoor:help-region';

/** The region to show: a remembered choice if it is still valid, else the suggestion. */
export function initialRegion(
  remembered: string | null,
  languages: readonly string[],
  regions: readonly Pick<HelpRegion, 'region' | 'languageHints'>[],
): RegionId | undefined {
  const known = regions.find((region) => region.region === remembered);
  return known ? known.region : suggestRegion(languages, regions);
}
