import * as v from 'valibot';
import { climbLadder, type MigrationStep } from './migrations';
import { LIMITS, PLAN_SCHEMA_VERSION, planSchema, type Plan } from './plan-schema';

/**
 * Brings a stored or imported plan of any past version up to the current one. Steps are only ever added:
 * a step for version N takes a version-N object and returns a version-(N+1) object. Every past version has
 * a fixture in tests/fixtures/ and a test that it migrates with nothing lost.
 */
export const PLAN_STEPS: Readonly<Record<number, MigrationStep>> = {
  // Version 2 adds optional fields (birth month, pace, band notice, after-talk answers, path and follow-up
  // links, the 'skipped' status) and allows one open talk per child and topic: repeats are folded together.
  1: (plan) => ({ ...plan, schemaVersion: 2, talks: foldRepeatedTalks(plan['talks']) }),
};

/**
 * Version 1 let the same talk be planned twice for one child. Folds each repeat that is not done into the
 * first open talk for that child and topic: notes joined, the earlier date kept. Nothing typed is lost.
 */
function foldRepeatedTalks(talks: unknown): unknown {
  if (!Array.isArray(talks)) return talks;
  const open = new Map<string, Record<string, unknown>>();
  return talks.flatMap((talk: Record<string, unknown>) => {
    if (talk?.['status'] === 'done') return [talk];
    const key = `${String(talk?.['childId'])}/${String(talk?.['topic'])}`;
    const first = open.get(key);
    if (!first) {
      open.set(key, (talk = { ...talk }));
      return [talk];
    }
    first['note'] = [first['note'], talk['note']].filter(Boolean).join('\n\n').slice(0, LIMITS.note);
    const [earlier] = [first['plannedFor'], talk['plannedFor']].filter(Boolean).sort();
    if (earlier) first['plannedFor'] = earlier;
    return [];
  });
}

export type MigrationResult =
  { ok: true; plan: Plan } | { ok: false; reason: 'not-a-plan' | 'newer-version' | 'invalid' };

export function migratePlan(raw: unknown): MigrationResult {
  const climbed = climbLadder(raw, PLAN_SCHEMA_VERSION, PLAN_STEPS);
  if (!climbed.ok) return { ok: false, reason: climbed.reason === 'not-versioned' ? 'not-a-plan' : climbed.reason };
  const parsed = v.safeParse(planSchema, climbed.value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return referencesHold(parsed.output) ? { ok: true, plan: parsed.output } : { ok: false, reason: 'invalid' };
}

/** Every talk belongs to a child in the plan, ids are unique, and a child has one open talk per topic. */
function referencesHold(plan: Plan): boolean {
  const childIds = new Set(plan.children.map((child) => child.id));
  if (childIds.size !== plan.children.length) return false;
  if (!plan.talks.every((talk) => childIds.has(talk.childId))) return false;
  const openTalks = plan.talks.filter((talk) => talk.status !== 'done');
  if (new Set(openTalks.map((talk) => `${talk.childId}/${talk.topic}`)).size !== openTalks.length) return false;
  for (const list of [plan.talks, plan.agreements, plan.trustedAdults, plan.checkIns]) {
    if (new Set(list.map((item) => item.id)).size !== list.length) return false;
  }
  return true;
}
