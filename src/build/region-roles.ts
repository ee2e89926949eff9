import { localeHelpRegions } from './content';
import { buildRoleTable, roleTextTable, type RoleTable } from '../domain/region-roles';
import type { RegionOrNeutral, RoleTexts } from '../domain/region-text';
import { strings } from '../i18n';

let cached: Promise<RoleTable> | undefined;

/** Every region's reading of every content role, built once per build from the help-route data. */
export function roleTable(): Promise<RoleTable> {
  cached ??= localeHelpRegions().then((regions) => {
    const text = strings().regionText;
    return buildRoleTable(regions, {
      roles: text.neutral,
      or: text.or,
      and: text.and,
      seeByCountry: text.seeByCountry,
    });
  });
  return cached;
}

/** The same as plain strings per region, the prop islands fill content text from. */
export async function roleTexts(): Promise<Record<RegionOrNeutral, RoleTexts>> {
  return roleTextTable(await roleTable(), strings().regionText.or);
}
