import { helpRegionSchema } from '../../src/domain/help-routes';
import { buildRoleTable, roleTextTable, type RoleTable } from '../../src/domain/region-roles';
import type { RoleTextTable } from '../../src/domain/region-fill';
import { en } from '../../src/i18n/en';
import { contentFiles, readYaml } from './load-content';

/** The help-route data as the build reads it. */
export const helpRegions = contentFiles('help-routes', '.yaml').map((path) => helpRegionSchema.parse(readYaml(path)));

/** The role table the build makes from the help-route data (src/build/region-roles.ts does the same via Astro). */
export const roleTable: RoleTable = buildRoleTable(helpRegions, {
  roles: en.regionText.neutral,
  or: en.regionText.or,
  and: en.regionText.and,
  seeByCountry: en.regionText.seeByCountry,
});
export const roleTexts: RoleTextTable = roleTextTable(roleTable, en.regionText.or);
