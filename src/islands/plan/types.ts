import type { BandId } from '../../domain/bands';
import type { RegionId } from '../../domain/regions';
import type { enPlan } from '../../i18n/en-plan';
import type { FamilyPlan } from './create-family-plan';

export type PlanText = typeof enPlan;

export interface PlanData {
  bands: { id: BandId; label: string }[];
  /** Scripts per band, for choosing talks. */
  scripts: Partial<Record<BandId, { topic: string; title: string; href: string }[]>>;
  /** Help routes per region, for the "if it happens" card. */
  regions: { id: RegionId; name: string; routes: { name: string; phone?: string; dial?: string; url: string }[] }[];
}

export interface SectionProps {
  family: FamilyPlan;
  text: PlanText;
  data: PlanData;
}

/** The script for a topic in a band, if there is one (the one lookup the plan views share). */
export function findScript(data: PlanData, band: string, topic: string) {
  return data.scripts[band as BandId]?.find((script) => script.topic === topic);
}
