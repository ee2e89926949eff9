import { fillRegionText, splitRegionText, type RegionOrNeutral, type RegionRole, type RoleTexts } from './region-text';
import { REGION_IDS } from './regions';

/** Every region's role texts plus the neutral one: the table islands get as a prop. */
export type RoleTextTable = Record<RegionOrNeutral, RoleTexts>;

/** The region to fill for: <html data-region> as the head script set it, else the labelled neutral text. */
export function regionFromRoot(value: string | undefined): RegionOrNeutral {
  return (REGION_IDS as readonly string[]).includes(value ?? '') ? (value as RegionOrNeutral) : 'neutral';
}

/**
 * A copy of content (strings, arrays, plain objects) with every region token filled in for one region, money written
 * the way the page's language (`locale`) writes it.
 */
export function fillDeep<T>(value: T, region: RegionOrNeutral, table: RoleTextTable, locale?: string): T {
  if (typeof value === 'string') return fillRegionText(value, region, table[region], locale) as T;
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, region, table, locale)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillDeep(item, region, table, locale)]),
    ) as T;
  }
  return value;
}

/** Every string inside content (strings, arrays, plain objects), for finding the tokens it uses. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * The table cut down to the roles the content uses, so each page carries only what it fills (the full table
 * on every script page cost about 1 KB gzip each in the precache). Content with no tokens gets an empty table.
 */
export function roleTableFor(content: unknown, table: RoleTextTable): RoleTextTable {
  const used = new Set(
    stringsIn(content).flatMap((text) =>
      splitRegionText(text).flatMap((part) => (part.kind === 'role' ? [part.role] : [])),
    ),
  );
  const pick = (roles: RoleTexts) =>
    // Only the used roles are ever read by fillRegionText for this content.
    Object.fromEntries(Object.entries(roles).filter(([role]) => used.has(role as RegionRole))) as RoleTexts;
  return Object.fromEntries(Object.entries(table).map(([region, roles]) => [region, pick(roles)])) as RoleTextTable;
}
