// The plan as it sits in IndexedDB: in the clear, or sealed with the family's passphrase.
import * as v from 'valibot';
import { migratePlan } from './plan-migrations';
import { seal, sealedSchema, unseal, WrongPassphraseError, type PassphraseKey, type Sealed } from './plan-crypto';
import type { Plan } from './plan-schema';

export type PlanRecord = { kind: 'plain'; plan: Plan } | { kind: 'sealed'; sealed: Sealed };

export type DecodedRecord =
  | { status: 'empty' }
  | { status: 'ready'; plan: Plan }
  | { status: 'locked'; sealed: Sealed }
  | { status: 'damaged' }
  | { status: 'newer-version' };

export async function encodeRecord(plan: Plan, key: PassphraseKey | undefined): Promise<PlanRecord> {
  return key ? { kind: 'sealed', sealed: await seal(plan, key) } : { kind: 'plain', plan };
}

/** Reads a stored record; a sealed one needs the key (without it, it reports "locked"). */
export async function decodeRecord(raw: unknown, key: PassphraseKey | undefined): Promise<DecodedRecord> {
  if (raw === undefined || raw === null) return { status: 'empty' };
  if (typeof raw !== 'object') return { status: 'damaged' };
  const record = raw as { kind?: unknown; plan?: unknown; sealed?: unknown };
  let value: unknown;
  if (record.kind === 'plain') {
    value = record.plan;
  } else if (record.kind === 'sealed') {
    const sealed = v.safeParse(sealedSchema, record.sealed);
    if (!sealed.success) return { status: 'damaged' };
    if (!key) return { status: 'locked', sealed: sealed.output };
    try {
      value = await unseal(sealed.output, key);
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { status: 'locked', sealed: sealed.output };
      throw error;
    }
  } else {
    return { status: 'damaged' };
  }
  const migrated = migratePlan(value);
  if (migrated.ok) return { status: 'ready', plan: migrated.plan };
  return { status: migrated.reason === 'newer-version' ? 'newer-version' : 'damaged' };
}
