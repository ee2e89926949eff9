import { regionFromRoot, type RoleTextTable } from '../../domain/region-fill';
import { fillRegionText } from '../../domain/region-text';

export type { RoleTextTable } from '../../domain/region-fill';

/**
 * Fills region tokens in quiz text for the reader's region: the one the head script put on <html data-region>
 * (from ?region= or the remembered choice), else the labelled neutral wording. The quiz is client:only, so
 * the attribute is already set when this runs.
 */
export function regionFiller(table: RoleTextTable): (text: string) => string {
  const root = document.documentElement;
  const region = regionFromRoot(root.dataset['region']);
  // Money is written the way the page's language writes it (<html lang>).
  return (text) => fillRegionText(text, region, table[region], root.lang);
}
