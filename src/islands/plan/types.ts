import type { BandId } from '../../domain/bands';
import type { PlanPageData } from '../../domain/plan-page-data';
import type { enPlan } from '../../i18n/en-plan';
import type { FamilyPlan } from './create-family-plan';

export type PlanText = typeof enPlan;

export type PlanData = PlanPageData;

export interface SectionProps {
  family: FamilyPlan;
  text: PlanText;
  data: PlanData;
}

/** The script for a topic in a band, if there is one (the one lookup the plan views share). */
export function findScript(data: PlanData, band: string, topic: string) {
  return data.scripts[band as BandId]?.find((script) => script.topic === topic);
}
