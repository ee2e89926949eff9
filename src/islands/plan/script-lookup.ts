import type { BandId } from '../../domain/bands';
import type { PlanData } from './types';

/** The script a talk points at, from the page's data. */
export function scriptFor(data: PlanData, band: BandId, topic: string) {
  return data.scripts[band]?.find((script) => script.topic === topic);
}

export function scriptTitle(data: PlanData, band: string, topic: string): string {
  return scriptFor(data, band as BandId, topic)?.title ?? topic;
}
