import type { BandId } from '../../domain/bands';
import type { RegionId } from '../../domain/regions';
import type { enPlan } from '../../i18n/en-plan';
import type { FamilyPlan } from './create-family-plan';

export type PlanText = typeof enPlan;

export interface PlanData {
  bands: { id: BandId; label: string }[];
  /** Scripts per band, for choosing talks. */
  scripts: Partial<
    Record<
      BandId,
      {
        topic: string;
        title: string;
        href: string;
        /** The script's own follow-up idea, offered after the talk. */
        followUp?: string;
        /** The script's "In two minutes" version, where the script has one. */
        twoMinutes?: string;
      }[]
    >
  >;
  /** Help routes per region, for the "if it happens" card. */
  regions: { id: RegionId; name: string; routes: { name: string; phone?: string; dial?: string; url: string }[] }[];
}

export interface SectionProps {
  family: FamilyPlan;
  text: PlanText;
  data: PlanData;
}
