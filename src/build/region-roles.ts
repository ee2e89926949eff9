import { localeHelpRegions } from './content';
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../domain/locales';
import { isolateLtrRuns } from '../domain/bidi';
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

/**
 * The same as plain strings per region, the prop islands fill content text from. In a right-to-left language each
 * number run sits between the invisible isolate marks, so an island's Arabic sentence keeps "0800 1111" in order.
 */
export async function roleTexts(locale: Locale = DEFAULT_LOCALE): Promise<Record<RegionOrNeutral, RoleTexts>> {
  const table = roleTextTable(await roleTable(locale), strings(locale).regionText.or);
  if (LOCALE_INFO[locale].dir !== 'rtl') return table;
  return Object.fromEntries(
    Object.entries(table).map(([region, roles]) => [
      region,
      Object.fromEntries(Object.entries(roles).map(([role, text]) => [role, isolateLtrRuns(text)])),
    ]),
  ) as Record<RegionOrNeutral, RoleTexts>;
}
