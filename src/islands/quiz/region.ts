import { REGION_STORAGE_KEY } from '../../domain/region-choice';
import { fillRegionText, type RegionOrNeutral, type RoleTexts } from '../../domain/region-text';

/** Role texts per region; 'neutral' is always there and is used until a region has been chosen. */
export type RoleTextTable = Partial<Record<RegionOrNeutral, RoleTexts>> & { neutral: RoleTexts };

/**
 * Fills region tokens in quiz text for the region this reader chose on the help pages (remembered in
 * localStorage, as src/client/region-picker.ts keeps it). Kept in one small function so the region work can
 * swap in its own reader without touching the quiz.
 */
export function regionFiller(table: RoleTextTable): (text: string) => string {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(REGION_STORAGE_KEY);
  } catch {
    // Storage blocked: the neutral wording is used.
  }
  const region = remembered && remembered in table ? (remembered as RegionOrNeutral) : 'neutral';
  const roles = table[region] ?? table.neutral;
  return (text) => fillRegionText(text, region, roles);
}
