import type { HelpRegion, HelpRoute } from './help-routes';
import { REGION_IDS, type RegionId } from './regions';
import { REGION_ROLES, type RegionOrNeutral, type RegionRole, type RoleTexts } from './region-text';

/** One thing a role reads as: a route's words ("Childline (0800 1111)") with its page, or plain words. */
export interface RolePiece {
  text: string;
  url?: string;
}

/** Every region's reading of every role, plus the labelled neutral one shown before a choice and without JavaScript. */
export type RoleTable = Record<RegionOrNeutral, Record<RegionRole, RolePiece[]>>;

/** Words the neutral reading is built from (from the dictionary). */
export interface NeutralLabels {
  /** What each role is, in words that name no country ("your country's emergency number"). */
  roles: Record<RegionRole, string>;
  /** Joins two readings of one role ("or"). */
  or: string;
  /** Joins the last two regions sharing a number ("and"). */
  and: string;
  /** Points to the full list, for roles too long to list inline ("see help by country"). */
  seeByCountry: string;
  /**
   * How the language punctuates the lists: between countries (", "; Arabic "، "), between groups ("; "; Arabic "؛ ")
   * and before the last country sharing a number (" and "; Arabic " و", which joins the next word). English if absent.
   */
  list?: { comma: string; semicolon: string; and: string };
}

/** Roles whose neutral reading lists every country's number inline: the ones a frightened reader must not hunt for. */
export const LISTED_ROLES: readonly RegionRole[] = ['emergency', 'child-helpline', 'crisis-line'];

/** How a route reads inside a sentence. */
export function routeSays(route: HelpRoute): string {
  if (route.says) return route.says;
  return route.phone ? `${route.name} (${route.phone.display})` : route.name;
}

function piecesFor(region: HelpRegion, role: RegionRole): RolePiece[] {
  return region.roles[role].map((filler) => {
    if (typeof filler !== 'string') return { text: filler.text };
    const route = region.routes.find((candidate) => candidate.id === filler);
    if (!route) throw new Error(`Region ${region.region}: role ${role} names unknown route ${filler}`);
    return route.kind === 'emergency' ? { text: routeSays(route) } : { text: routeSays(route), url: route.url };
  });
}

/** The text of a role in one region, as plain words ("Report Remove (from Childline and the IWF) or Take It Down"). */
export function joinPieces(pieces: readonly RolePiece[], or: string): string {
  return pieces.map((piece) => piece.text).join(` ${or} `);
}

function neutralFor(regions: readonly HelpRegion[], role: RegionRole, labels: NeutralLabels): RolePiece[] {
  const label = labels.roles[role];
  if (!LISTED_ROLES.includes(role)) return [{ text: `${label} (${labels.seeByCountry})` }];
  const countries = regions.filter((region) => region.region !== 'anywhere');
  if (role === 'emergency') {
    // "999 UK, 112 or 999 Ireland, 911 US and Canada…": countries sharing a number are named together.
    const groups: { number: string; names: string[] }[] = [];
    for (const region of countries) {
      const route = region.routes.find((candidate) => candidate.id === region.roles.emergency[0]);
      const number = route?.phone?.display ?? joinPieces(piecesFor(region, role), labels.or);
      const group = groups.find((candidate) => candidate.number === number);
      if (group) group.names.push(region.shortName);
      else groups.push({ number, names: [region.shortName] });
    }
    const and = labels.list?.and ?? ` ${labels.and} `;
    const list = groups.map((group) => `${group.number} ${group.names.join(and)}`).join(labels.list?.comma ?? ', ');
    return [{ text: `${label}: ${list}` }];
  }
  const list = countries
    .map((region) => `${region.shortName}: ${joinPieces(piecesFor(region, role), labels.or)}`)
    .join(labels.list?.semicolon ?? '; ');
  return [{ text: `${label} [${list}]` }];
}

/** Builds every region's reading of every role from the help-route data, once, at build time. */
export function buildRoleTable(unordered: readonly HelpRegion[], labels: NeutralLabels): RoleTable {
  // Neutral lists read in the picker's order (UK, Ireland, US…), whatever order the files were read in.
  const regions = [...unordered].sort((a, b) => a.order - b.order);
  const table = {} as RoleTable;
  for (const id of REGION_IDS) {
    const region = regions.find((candidate) => candidate.region === id);
    if (!region) throw new Error(`No help-route data for region ${id}`);
    table[id] = Object.fromEntries(REGION_ROLES.map((role) => [role, piecesFor(region, role)])) as Record<
      RegionRole,
      RolePiece[]
    >;
  }
  table.neutral = Object.fromEntries(REGION_ROLES.map((role) => [role, neutralFor(regions, role, labels)])) as Record<
    RegionRole,
    RolePiece[]
  >;
  return table;
}

/** The same table as plain strings, for islands and print (fillRegionText takes one region's row). */
export function roleTextTable(table: RoleTable, or: string): Record<RegionOrNeutral, RoleTexts> {
  return Object.fromEntries(
    Object.entries(table).map(([region, roles]) => [
      region,
      Object.fromEntries(Object.entries(roles).map(([role, pieces]) => [role, joinPieces(pieces, or)])),
    ]),
  ) as Record<RegionOrNeutral, RoleTexts>;
}

/** Every region a reader can be shown, neutral last. */
export const REGIONS_AND_NEUTRAL: readonly RegionOrNeutral[] = [...REGION_IDS, 'neutral'];

/** True for a region id (what ?region= and the remembered choice may hold). */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}
