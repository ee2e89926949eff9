import * as v from 'valibot';
import { climbLadder, type MigrationStep } from './migrations';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './plan-schema';

/**
 * Brings a stored or imported plan of any past version up to the current one. Steps are only ever added:
 * a step for version N takes a version-N object and returns a version-(N+1) object. Every past version has
 * a fixture in tests/fixtures/ and a test that it migrates with nothing lost.
 */
export const PLAN_STEPS: Readonly<Record<number, MigrationStep>> = {
  // No past versions yet: version 1 is the first. The next change adds `1: (plan) => ({ ...plan, schemaVersion: 2, … })`.
};

export type MigrationResult =
  { ok: true; plan: Plan } | { ok: false; reason: 'not-a-plan' | 'newer-version' | 'invalid' };

export function migratePlan(raw: unknown): MigrationResult {
  const climbed = climbLadder(raw, PLAN_SCHEMA_VERSION, PLAN_STEPS);
  if (!climbed.ok) return { ok: false, reason: climbed.reason === 'not-versioned' ? 'not-a-plan' : climbed.reason };
  const parsed = v.safeParse(planSchema, climbed.value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return referencesHold(parsed.output) ? { ok: true, plan: parsed.output } : { ok: false, reason: 'invalid' };
}

/** Every talk belongs to a child in the plan, and ids are unique. */
function referencesHold(plan: Plan): boolean {
  const childIds = new Set(plan.children.map((child) => child.id));
  if (childIds.size !== plan.children.length) return false;
  if (!plan.talks.every((talk) => childIds.has(talk.childId))) return false;
  for (const list of [plan.talks, plan.agreements, plan.trustedAdults, plan.checkIns]) {
    if (new Set(list.map((item) => item.id)).size !== list.length) return false;
  }
  return true;
}
