// The plan as it sits in IndexedDB: in the clear, or sealed with the family's passphrase.
import * as v from 'valibot';
import { migratePlan } from './plan-migrations';
import { seal, sealedSchema, unseal, WrongPassphraseError, type PassphraseKey, type Sealed } from './plan-crypto';
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

export type PlanRecord = { kind: 'plain'; plan: Plan } | { kind: 'sealed'; sealed: Sealed };

export type DecodedRecord =
  | { status: 'empty' }
  | { status: 'ready'; plan: Plan }
  | { status: 'locked'; sealed: Sealed }
  | { status: 'damaged'; recovered: Plan }
  | { status: 'newer-version' };

export async function encodeRecord(plan: Plan, key: PassphraseKey | undefined): Promise<PlanRecord> {
  return key ? { kind: 'sealed', sealed: await seal(plan, key) } : { kind: 'plain', plan };
}

/** Reads a stored record; a sealed one needs the key (without it, it reports "locked"). */
export async function decodeRecord(raw: unknown, key: PassphraseKey | undefined): Promise<DecodedRecord> {
  const damaged = (value?: unknown): DecodedRecord => ({ status: 'damaged', recovered: recoverPlan(value) });
  if (raw === undefined || raw === null) return { status: 'empty' };
  if (typeof raw !== 'object') return damaged();
  const record = raw as { kind?: unknown; plan?: unknown; sealed?: unknown };
  let value: unknown;
  if (record.kind === 'plain') {
    value = record.plan;
  } else if (record.kind === 'sealed') {
    const sealed = v.safeParse(sealedSchema, record.sealed);
    if (!sealed.success) return damaged();
    if (!key) return { status: 'locked', sealed: sealed.output };
    try {
      value = await unseal(sealed.output, key);
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { status: 'locked', sealed: sealed.output };
      return damaged();
    }
  } else {
    return damaged();
  }
  const migrated = migratePlan(value);
  if (migrated.ok) return { status: 'ready', plan: migrated.plan };
  return migrated.reason === 'newer-version' ? { status: 'newer-version' } : damaged(value);
}

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
