// The plan as it sits in IndexedDB: in the clear, or sealed with the family's passphrase.
// The encryption code (plan-crypto) and the recovery of damaged plans (plan-recover) load only when needed,
// which keeps /plan/ inside its first-load budget for the many families without a passphrase.
import * as v from 'valibot';
import type { PassphraseKey, Sealed } from './plan-crypto';
import { migratePlan } from './plan-migrations';
import type { Plan } from './plan-schema';

export type PlanRecord = { kind: 'plain'; plan: Plan } | { kind: 'sealed'; sealed: Sealed };

export type DecodedRecord =
  | { status: 'empty' }
  | { status: 'ready'; plan: Plan }
  | { status: 'locked'; sealed: Sealed }
  | { status: 'damaged'; recovered: Plan }
  | { status: 'newer-version' };

const sealing = () => import('./plan-crypto');

export async function encodeRecord(plan: Plan, key: PassphraseKey | undefined): Promise<PlanRecord> {
  return key ? { kind: 'sealed', sealed: await (await sealing()).seal(plan, key) } : { kind: 'plain', plan };
}

/** Reads a stored record; a sealed one needs the key (without it, it reports "locked"). */
export async function decodeRecord(raw: unknown, key: PassphraseKey | undefined): Promise<DecodedRecord> {
  const damaged = async (value?: unknown): Promise<DecodedRecord> => ({
    status: 'damaged',
    recovered: (await import('./plan-recover')).recoverPlan(value),
  });
  if (raw === undefined || raw === null) return { status: 'empty' };
  if (typeof raw !== 'object') return damaged();
  const record = raw as { kind?: unknown; plan?: unknown; sealed?: unknown };
  let value: unknown;
  if (record.kind === 'plain') {
    value = record.plan;
  } else if (record.kind === 'sealed') {
    const { sealedSchema, unseal, WrongPassphraseError } = await sealing();
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
