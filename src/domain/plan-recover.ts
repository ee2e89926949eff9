// What can be saved from a stored plan that does not load (loaded only when a record is damaged).
import * as v from 'valibot';
import {
  agreementSchema,
  checkInSchema,
  childSchema,
  emptyPlan,
  LIMITS,
  plannedTalkSchema,
  planSchema,
  trustedAdultSchema,
  type Plan,
} from './plan-schema';

/**
 * What can be saved from a plan that does not load: every item that is valid on its own (first of each id,
 * talks only for children kept, within the limits), the card's region and code word. Never throws.
 */
export function recoverPlan(value: unknown, now = new Date()): Plan {
  const plan = emptyPlan(now);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return plan;
  const raw = value as Record<string, unknown>;
  const items = <T extends { id: string }>(list: unknown, schema: v.GenericSchema<unknown, T>, max: number): T[] => {
    if (!Array.isArray(list)) return [];
    const seen = new Set<string>();
    const kept: T[] = [];
    for (const item of list) {
      const parsed = v.safeParse(schema, item);
      if (!parsed.success || seen.has(parsed.output.id) || kept.length >= max) continue;
      seen.add(parsed.output.id);
      kept.push(parsed.output);
    }
    return kept;
  };
  plan.children = items(raw['children'], childSchema, LIMITS.children);
  const childIds = new Set(plan.children.map((child) => child.id));
  plan.talks = items(raw['talks'], plannedTalkSchema, LIMITS.talks).filter((talk) => childIds.has(talk.childId));
  plan.agreements = items(raw['agreements'], agreementSchema, LIMITS.agreements);
  plan.trustedAdults = items(raw['trustedAdults'], trustedAdultSchema, LIMITS.trustedAdults);
  plan.checkIns = items(raw['checkIns'], checkInSchema, LIMITS.checkIns);
  const card = v.safeParse(planSchema.entries.ifItHappens, raw['ifItHappens']);
  if (card.success) plan.ifItHappens = card.output;
  return plan;
}
