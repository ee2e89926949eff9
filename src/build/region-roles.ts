import { localeHelpRegions } from './content';
import { DEFAULT_LOCALE, type Locale } from '../domain/locales';
import { buildRoleTable, roleTextTable, type RoleTable } from '../domain/region-roles';
import type { RegionOrNeutral, RoleTexts } from '../domain/region-text';
import { strings } from '../i18n';

const cached = new Map<Locale, Promise<RoleTable>>();

/** Every region's reading of every content role in a language, built once per build from the help-route data. */
export function roleTable(locale: Locale = DEFAULT_LOCALE): Promise<RoleTable> {
  let table = cached.get(locale);
  if (!table) {
    table = localeHelpRegions(locale).then((regions) => {
      const text = strings(locale).regionText;
      return buildRoleTable(regions, {
        roles: text.neutral,
        or: text.or,
        and: text.and,
        seeByCountry: text.seeByCountry,
        list: text.list,
      });
    });
    cached.set(locale, table);
  }
  return table;
}

/** The same as plain strings per region, the prop islands fill content text from. */
export async function roleTexts(locale: Locale = DEFAULT_LOCALE): Promise<Record<RegionOrNeutral, RoleTexts>> {
  return roleTextTable(await roleTable(locale), strings(locale).regionText.or);
}
