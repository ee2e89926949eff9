import type { PassphraseKey } from '../domain/plan-crypto';
import { encodeRecord } from '../domain/plan-record';
import type { Plan } from '../domain/plan-schema';
import type { PlanStore } from './plan-store';

/**
 * Writes an imported plan (already read and validated by domain/plan-file, and confirmed by the person)
 * in one transaction, sealed with the current passphrase if the plan is locked. All or nothing.
 */
export async function commitImport(store: PlanStore, plan: Plan, key: PassphraseKey | undefined): Promise<void> {
  await store.replace(await encodeRecord(plan, key));
}
