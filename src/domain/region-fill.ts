import { fillRegionText, type RegionOrNeutral, type RoleTexts } from './region-text';
import { REGION_IDS } from './regions';

/** Every region's role texts plus the neutral one: the table islands get as a prop. */
export type RoleTextTable = Record<RegionOrNeutral, RoleTexts>;

/** The region to fill for: <html data-region> as the head script set it, else the labelled neutral text. */
export function regionFromRoot(value: string | undefined): RegionOrNeutral {
  return (REGION_IDS as readonly string[]).includes(value ?? '') ? (value as RegionOrNeutral) : 'neutral';
}

/** A copy of content (strings, arrays, plain objects) with every region token filled in for one region. */
export function fillDeep<T>(value: T, region: RegionOrNeutral, table: RoleTextTable): T {
  if (typeof value === 'string') return fillRegionText(value, region, table[region]) as T;
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, region, table)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillDeep(item, region, table)])) as T;
  }
  return value;
}
