import type { PassphraseKey } from '../../domain/plan-crypto';
import type { DecodedRecord } from '../../domain/plan-record';
import type { FoundRecord } from '../../domain/plan-session';
import type { PlanStore } from '../../storage/plan-store';
import type { WriteAhead } from '../../storage/plan-write-ahead';

/** The stored record changed into something this page can't save over (sealed with another key, damaged). */
export class SaveBlockedError extends Error {}

export function found(decoded: DecodedRecord): FoundRecord {
  return decoded.status === 'locked' ? { status: 'locked' } : decoded;
}

export const isSealed = (raw: unknown) => (raw as { kind?: unknown } | undefined)?.kind === 'sealed';

/** What the passphrase effects (passphrase-effects.ts) need from the page's plan. */
export interface PassphraseContext {
  store: PlanStore;
  writeAhead: WriteAhead;
  now: () => Date;
  key(): PassphraseKey | undefined;
  setKey(key: PassphraseKey | undefined): void;
  setDiscard(discard: () => void): void;
}
