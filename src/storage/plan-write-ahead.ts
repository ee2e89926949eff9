// The write-ahead copy of unsaved plan edits: written synchronously (localStorage) on every edit, so an edit
// typed a moment before the page goes away (reload, tab closed, link, quick exit) is found on the next visit
// and stored then. Each page keeps its own entry; every entry is read back on load and removed once stored.
//
// With a passphrase set, nothing readable is written: WebCrypto can't encrypt synchronously, so each page
// prepares (asynchronously, after unlocking) a random one-time pad and stores the pad sealed with the plan's
// key (AES-GCM). An edit is then XORed synchronously with the next unused stretch of the pad. Without the
// passphrase the pad, and so the edits, can't be read; no stretch of a pad is ever used twice.
import type * as PlanCrypto from '../domain/plan-crypto';
import type { PassphraseKey, Sealed } from '../domain/plan-crypto';
import type { PlanOp } from '../domain/plan-ops';
import { keysWith, WRITE_AHEAD_PREFIX as PREFIX } from './db';

const ENTRY = `${PREFIX}pending:`;
const PAD = `${PREFIX}pad:`;
const PAD_BYTES = 32 * 1024;

type Entry =
  { v: 1; kind: 'plain'; ops: PlanOp[] } | { v: 1; kind: 'sealed'; pad: string; offset: number; data: string };

interface Pad {
  id: string;
  bytes: Uint8Array;
  offset: number;
  /** The pad sealed with the key, as stored (written again if another page tidied it away). */
  sealed: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return bytes;
}

const xor = (data: Uint8Array, pad: Uint8Array, offset: number) =>
  data.map((byte, index) => byte ^ pad[offset + index]!);

export interface WriteAhead {
  /** Synchronously keeps these unsaved edits ([] removes the copy). Returns false if nothing could be kept. */
  write(ops: readonly PlanOp[]): boolean;
  /** From now on write sealed with this key (undefined: in the clear). Prepares a pad in the background. */
  useKey(key: PassphraseKey | undefined): Promise<void>;
  /** Forgets the key and the pad held in memory (the sealed copy on the device stays). */
  forgetKey(): void;
  /** Every page's copies this key (or none) can read: their edits, and a way to remove exactly those copies. */
  recover(key: PassphraseKey | undefined): Promise<{ ops: PlanOp[]; discard: () => void }>;
}

type Crypto = typeof PlanCrypto;
/** Loaded with the first key (or sealed copy): a plan without a passphrase never needs it. */
let sealing: Crypto | undefined;
const loadSealing = async () => (sealing ??= await import('../domain/plan-crypto'));

export function createWriteAhead(pageId: string = crypto.randomUUID()): WriteAhead {
  const own = `${ENTRY}${pageId}`;
  let key: PassphraseKey | undefined;
  let pad: Pad | undefined;
  let preparing: Promise<void> | undefined;

  async function preparePad(forKey: PassphraseKey): Promise<void> {
    const id = `${pageId}:${crypto.randomUUID()}`;
    const bytes = randomBytes(PAD_BYTES);
    const { seal, toBase64 } = await loadSealing();
    const sealed = await seal(toBase64(bytes), forKey);
    if (key !== forKey) return;
    const sealedText = JSON.stringify(sealed);
    storage()?.setItem(`${PAD}${id}`, sealedText);
    const old = pad;
    pad = { id, bytes, offset: 0, sealed: sealedText };
    // The old pad can go once no entry points at it (the next write uses the new one).
    if (old && !storage()?.getItem(own)?.includes(old.id)) storage()?.removeItem(`${PAD}${old.id}`);
  }

  function prepareNext(): void {
    if (!key || preparing) return;
    const forKey = key;
    preparing = preparePad(forKey)
      .catch(() => undefined)
      .finally(() => {
        preparing = undefined;
      });
  }

  function removeOwnPads(except?: string): void {
    const store = storage();
    if (!store) return;
    for (const name of keysWith(store, `${PAD}${pageId}:`)) if (name !== `${PAD}${except}`) store.removeItem(name);
  }

  return {
    write(ops) {
      const store = storage();
      if (!store) return false;
      try {
        if (ops.length === 0) {
          const previous = store.getItem(own);
          store.removeItem(own);
          if (previous && pad) removeOwnPads(pad.id);
          return true;
        }
        let entry: Entry;
        if (!key) {
          entry = { v: 1, kind: 'plain', ops: [...ops] };
        } else {
          const data = new TextEncoder().encode(JSON.stringify(ops));
          if (!pad || !sealing || pad.offset + data.length > pad.bytes.length) {
            prepareNext();
            // No unused pad yet: keep nothing rather than something readable (the save starts at once).
            store.removeItem(own);
            return false;
          }
          if (store.getItem(`${PAD}${pad.id}`) === null) store.setItem(`${PAD}${pad.id}`, pad.sealed);
          entry = {
            v: 1,
            kind: 'sealed',
            pad: pad.id,
            offset: pad.offset,
            data: sealing.toBase64(xor(data, pad.bytes, pad.offset)),
          };
          pad.offset += data.length;
          if (pad.offset > pad.bytes.length / 2) prepareNext();
        }
        store.setItem(own, JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
    async useKey(next) {
      key = next;
      pad = undefined;
      if (next) {
        prepareNext();
        await preparing;
      }
    },
    forgetKey() {
      key = undefined;
      pad = undefined;
    },
    async recover(withKey) {
      const store = storage();
      if (!store) return { ops: [], discard: () => undefined };
      const found: { name: string; text: string; pad?: string }[] = [];
      const ops: PlanOp[] = [];
      for (const name of keysWith(store, ENTRY)) {
        const text = store.getItem(name);
        if (!text) continue;
        try {
          const entry = JSON.parse(text) as Entry;
          if (entry.kind === 'plain' && Array.isArray(entry.ops)) {
            ops.push(...entry.ops);
            found.push({ name, text });
          } else if (entry.kind === 'sealed' && withKey) {
            const padText = store.getItem(`${PAD}${entry.pad}`);
            if (!padText) continue;
            const { fromBase64, unseal } = await loadSealing();
            const padBytes = fromBase64((await unseal(JSON.parse(padText) as Sealed, withKey)) as string);
            const plain = xor(fromBase64(entry.data), padBytes, entry.offset);
            const recovered = JSON.parse(new TextDecoder().decode(plain)) as PlanOp[];
            if (Array.isArray(recovered)) ops.push(...recovered);
            found.push({ name, text, pad: entry.pad });
          }
        } catch {
          // Another passphrase's copy, or damaged: left as it is.
        }
      }
      return {
        ops,
        discard() {
          for (const entry of found) {
            // Only if unchanged since it was read: a page still open may have written newer edits.
            if (store.getItem(entry.name) !== entry.text) continue;
            store.removeItem(entry.name);
            if (entry.pad && entry.pad !== pad?.id) store.removeItem(`${PAD}${entry.pad}`);
            // (A page still open writes its pad again with its next edit.)
          }
        },
      };
    },
  };
}
