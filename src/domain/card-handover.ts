// Handing the card from a parent's plan to a young person's phone, by a link or a QR code of that link.
//
// What travels, exactly: the URL fragment (the part after "#", which browsers never send to any server)
// holds the card as the family wrote it and nothing else:
//   { schemaVersion, adults: [{ name, contact }], codeWord, promise, region }
// No children's nicknames, talks, notes, agreements or check-ins from the plan. The five steps and the
// region's numbers are not in it: the receiving app has its own, checked copy.
//
//   /card/#card=1.<base64url of that JSON, UTF-8>              readable by anyone who sees the link
//   /card/#card=1e.<salt>.<iv>.<ciphertext> (base64url each)   AES-GCM, key from the passphrase with
//                                                              PBKDF2-SHA-256, 600,000 iterations
import { deriveKey, fromBase64, PBKDF2_ITERATIONS, seal, toBase64, unseal, type Sealed } from './plan-crypto';
import { parseCard, type Card } from './card';

/** The name before "=" in the fragment. */
export const HANDOVER_KEY = 'card';
const PLAIN = '1';
const SEALED = '1e';
/** A fragment longer than this is not one of ours (and must not make the page work hard). */
export const MAX_FRAGMENT_LENGTH = 4000;

export type Handover =
  { kind: 'none' } | { kind: 'card'; card: Card } | { kind: 'sealed'; sealed: Sealed } | { kind: 'damaged' };

const toUrlSafe = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
function fromUrlSafe(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return base64 + '='.repeat((4 - (base64.length % 4)) % 4);
}

/** Only the card's own fields, in a fixed order, so nothing else can ride along. */
function cardPayload(card: Card): Card {
  return {
    schemaVersion: card.schemaVersion,
    adults: card.adults.map((adult) => ({ name: adult.name, contact: adult.contact })),
    codeWord: card.codeWord,
    promise: card.promise,
    ...(card.region ? { region: card.region } : {}),
  };
}

/** The fragment (without "#") that carries the card in the clear. */
export function plainFragment(card: Card): string {
  const json = JSON.stringify(cardPayload(card));
  return `${HANDOVER_KEY}=${PLAIN}.${toUrlSafe(toBase64(new TextEncoder().encode(json)))}`;
}

/** The fragment (without "#") that carries the card encrypted with a passphrase (fresh salt and IV each time). */
export async function sealedFragment(card: Card, passphrase: string): Promise<string> {
  const sealed = await seal(cardPayload(card), await deriveKey(passphrase));
  return `${HANDOVER_KEY}=${SEALED}.${[sealed.kdf.salt, sealed.cipher.iv, sealed.data].map(toUrlSafe).join('.')}`;
}

/** The full link to /card/ with the card in its fragment. */
export function handoverLink(cardPageUrl: string, fragment: string): string {
  return `${cardPageUrl.split('#')[0]}#${fragment}`;
}

/** Reads location.hash (with or without "#"). Anything that is not a card handover reads as "none". */
export function readHandover(hash: string): Handover {
  const fragment = hash.replace(/^#/, '');
  const prefix = `${HANDOVER_KEY}=`;
  if (!fragment.startsWith(prefix)) return { kind: 'none' };
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { kind: 'damaged' };
  const [format, ...parts] = fragment.slice(prefix.length).split('.');
  try {
    if (format === PLAIN && parts.length === 1) {
      const json = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(fromUrlSafe(parts[0]!)));
      const card = parseCard(JSON.parse(json));
      return card ? { kind: 'card', card } : { kind: 'damaged' };
    }
    if (format === SEALED && parts.length === 3) {
      const [salt, iv, data] = parts.map((part) => fromUrlSafe(part)) as [string, string, string];
      if (fromBase64(iv).length !== 12 || fromBase64(salt).length < 16 || data.length < 24) return { kind: 'damaged' };
      return {
        kind: 'sealed',
        sealed: {
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt },
          cipher: { name: 'AES-GCM', iv },
          data,
        },
      };
    }
  } catch {
    return { kind: 'damaged' };
  }
  return { kind: 'damaged' };
}

/**
 * Opens an encrypted handover. A wrong passphrase throws WrongPassphraseError (from plan-crypto);
 * a right passphrase over something that is not a card gives undefined.
 */
export async function openSealedHandover(sealed: Sealed, passphrase: string): Promise<Card | undefined> {
  const key = await deriveKey(passphrase, sealed.kdf.salt, sealed.kdf.iterations);
  return parseCard(await unseal(sealed, key));
}
