import { createSignal } from 'solid-js';
import {
  decodeCardRecord,
  emptyCard,
  encodeCardRecord,
  isCardEmpty,
  latestCardRecord,
  parseCard,
  type Card,
  type CardRecord,
} from '../../domain/card';
import { openSealedHandover, readHandover, type Handover } from '../../domain/card-handover';
import { deriveKey, WrongPassphraseError, type PassphraseKey, type Sealed } from '../../domain/plan-crypto';
import { createCardStore, type CardStore } from '../../storage/card-store';

export type CardStatus = 'loading' | 'ready' | 'locked' | 'unavailable' | 'deleted';

/** What arrived in the link, while it waits for a passphrase or a "replace my card?" answer. */
export type Arrival =
  | { kind: 'none' }
  | { kind: 'saved' }
  | { kind: 'sealed'; sealed: Sealed; wrong: boolean }
  | { kind: 'confirm'; card: Card }
  | { kind: 'damaged' }
  | { kind: 'unlock-first'; card: Card };

/**
 * Takes a card handover out of the address bar at once: the fragment is read, then the history entry is
 * replaced by the bare address, so the card is in neither the address bar nor the history.
 */
export function takeHandoverFromAddress(): Handover {
  const handover = readHandover(window.location.hash);
  if (handover.kind !== 'none') {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return handover;
}

/** The young person's card on this device: the one primitive the /card/ island views. */
export function createCard(options: { store?: CardStore; handover?: Handover } = {}) {
  const store = options.store ?? createCardStore();
  const [status, setStatus] = createSignal<CardStatus>('loading');
  const [card, setCard] = createSignal<Card>(emptyCard());
  const [locked, setLocked] = createSignal(false);
  const [damaged, setDamaged] = createSignal(false);
  const [arrival, setArrival] = createSignal<Arrival>({ kind: 'none' });
  const [saveError, setSaveError] = createSignal(false);
  let key: PassphraseKey | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function write(next: Card): Promise<void> {
    setCard(next);
    const record = await encodeCardRecord(next, key);
    // Started at once, so its copy is kept at once (card-store.ts); IndexedDB runs the saves in this order.
    const saving = store.write(record);
    writing = writing.then(() =>
      saving.then(
        () => void setSaveError(false),
        () => void setSaveError(true),
      ),
    );
    await writing;
  }

  /** The newest record on this device: a save cut short by leaving the page wins (see latestCardRecord). */
  async function readLatest() {
    return latestCardRecord(await store.read(), store.pending());
  }

  /** A card that arrived whole (in the clear, or opened with its passphrase). */
  async function receive(incoming: Card): Promise<void> {
    if (status() === 'locked') {
      setArrival({ kind: 'unlock-first', card: incoming });
      return;
    }
    if (isCardEmpty(card())) {
      await write(incoming);
      setArrival({ kind: 'saved' });
    } else {
      setArrival({ kind: 'confirm', card: incoming });
    }
  }

  async function load(): Promise<void> {
    try {
      const { record, decoded, recovered } = await readLatest();
      if (recovered) await store.write(record as CardRecord).catch(() => setSaveError(true));
      if (decoded.status === 'ready') setCard(decoded.card);
      if (decoded.status === 'damaged') setDamaged(true);
      setLocked(decoded.status === 'locked');
      setStatus(decoded.status === 'locked' ? 'locked' : 'ready');
    } catch {
      setStatus('unavailable');
    }
    const handover = options.handover ?? { kind: 'none' };
    if (handover.kind === 'card') await receive(handover.card);
    else if (handover.kind === 'sealed') setArrival({ kind: 'sealed', sealed: handover.sealed, wrong: false });
    else if (handover.kind === 'damaged') setArrival({ kind: 'damaged' });
  }
  const ready = load();

  return {
    ready,
    status,
    card,
    locked,
    damaged,
    arrival,
    saveError,
    change(changes: Partial<Omit<Card, 'schemaVersion'>>): Promise<void> {
      const next = parseCard({ ...card(), ...changes });
      return next ? write(next) : Promise.resolve();
    },
    async openSealed(passphrase: string): Promise<void> {
      const waiting = arrival();
      if (waiting.kind !== 'sealed') return;
      try {
        const incoming = await openSealedHandover(waiting.sealed, passphrase);
        if (incoming) await receive(incoming);
        else setArrival({ kind: 'damaged' });
      } catch (error) {
        if (error instanceof WrongPassphraseError) setArrival({ ...waiting, wrong: true });
        else setArrival({ kind: 'damaged' });
      }
    },
    async answerReplace(replace: boolean): Promise<void> {
      const waiting = arrival();
      if (waiting.kind !== 'confirm') return;
      if (replace) await write(waiting.card);
      setArrival(replace ? { kind: 'saved' } : { kind: 'none' });
    },
    dismissArrival: () => setArrival({ kind: 'none' }),
    async unlock(passphrase: string): Promise<boolean> {
      const raw = (await readLatest()).record;
      const sealed = (raw as { sealed?: Sealed } | undefined)?.sealed;
      if (!sealed) return false;
      const candidate = await deriveKey(passphrase, sealed.kdf.salt, sealed.kdf.iterations);
      const decoded = await decodeCardRecord(raw, candidate);
      if (decoded.status !== 'ready') return false;
      key = candidate;
      setCard(decoded.card);
      setStatus('ready');
      const waiting = arrival();
      if (waiting.kind === 'unlock-first') await receive(waiting.card);
      return true;
    },
    async setPassphrase(passphrase: string): Promise<void> {
      key = await deriveKey(passphrase);
      setLocked(true);
      await write(card());
    },
    async removePassphrase(): Promise<void> {
      key = undefined;
      setLocked(false);
      await write(card());
    },
    lockNow(): void {
      if (!key) return;
      key = undefined;
      setCard(emptyCard());
      setStatus('locked');
    },
    async deleteCard(): Promise<void> {
      await store.clear();
      key = undefined;
      setLocked(false);
      setCard(emptyCard());
      setStatus('deleted');
    },
  };
}

export type CardModel = ReturnType<typeof createCard>;
