// Unlocking and changing the passphrase: their own chunk, loaded the first time a family uses a passphrase.
import { deriveKey, type PassphraseKey } from '../../domain/plan-crypto';
import type { PlanOp } from '../../domain/plan-ops';
import { decodeRecord, encodeRecord } from '../../domain/plan-record';
import { emptyPlan } from '../../domain/plan-schema';
import { applySafely, type SessionEvent } from '../../domain/plan-session';
import { found, isSealed, SaveBlockedError, type PassphraseContext } from './plan-effects';

/** Derives the key from the passphrase and the stored record's own salt; recovers sealed unsaved edits. */
export async function unlockWith(context: PassphraseContext, passphrase: string): Promise<SessionEvent> {
  const raw = await context.store.read();
  let candidate: PassphraseKey | undefined;
  if (isSealed(raw)) {
    const first = await decodeRecord(raw, undefined);
    if (first.status !== 'locked')
      return { type: 'unlock-succeeded', record: found(first), hasPassphrase: true, recovered: [] };
    candidate = await deriveKey(passphrase, first.sealed.kdf.salt, first.sealed.kdf.iterations);
  }
  const decoded = await decodeRecord(raw, candidate);
  if (decoded.status === 'locked') return { type: 'unlock-failed', wrongPassphrase: true };
  context.setKey(candidate);
  await context.writeAhead.useKey(candidate);
  const recovered = await context.writeAhead.recover(candidate);
  context.setDiscard(recovered.discard);
  return { type: 'unlock-succeeded', record: found(decoded), hasPassphrase: isSealed(raw), recovered: recovered.ops };
}

/**
 * Re-stores the newest stored plan, this page's unsaved edits and any other page's unsaved edits this key
 * can read, under a new passphrase (or none), in one locked read-modify-write.
 */
export async function rekey(
  context: PassphraseContext,
  passphrase: string | undefined,
  ops: PlanOp[],
  upTo: number,
): Promise<SessionEvent> {
  const oldKey = context.key();
  const newKey = passphrase === undefined ? undefined : await deriveKey(passphrase);
  const others = await context.writeAhead.recover(oldKey);
  const record = await context.store.update(async (current) => {
    const decoded = await decodeRecord(current, oldKey);
    if (decoded.status !== 'ready' && decoded.status !== 'empty') throw new SaveBlockedError();
    const latest = decoded.status === 'ready' ? decoded.plan : emptyPlan(context.now());
    return encodeRecord(applySafely(latest, [...others.ops, ...ops], context.now()), newKey);
  });
  const saved = await decodeRecord(record, newKey);
  if (saved.status !== 'ready') throw new SaveBlockedError();
  others.discard();
  context.setKey(newKey);
  await context.writeAhead.useKey(newKey);
  return { type: 'rekey-succeeded', plan: saved.plan, upTo, hasPassphrase: newKey !== undefined };
}

/**
 * Stores the last edits with the key before the page forgets it (locking); the sealed write-ahead copy holds
 * them until they are stored, and goes then. Here, not in the page's first-load JS: a page only holds a key
 * once this chunk has unlocked the plan or set the passphrase, so it is loaded already.
 */
export async function storeBeforeLock(context: PassphraseContext, key: PassphraseKey, ops: PlanOp[]): Promise<void> {
  await context.store.update(async (current) => {
    const decoded = await decodeRecord(current, key);
    if (decoded.status !== 'ready' && decoded.status !== 'empty') throw new SaveBlockedError();
    const latest = decoded.status === 'ready' ? decoded.plan : emptyPlan(context.now());
    return encodeRecord(applySafely(latest, ops, context.now()), key);
  });
  context.writeAhead.write([]);
}
