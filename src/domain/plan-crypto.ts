// Passphrase encryption for the plan at rest and in exported files: WebCrypto AES-GCM with a key from
// PBKDF2-SHA-256. WebCrypto exists in every browser we serve and in Node, so this stays testable.
import * as v from 'valibot';

export const PBKDF2_ITERATIONS = 600_000;
/** Files claiming more than this are refused: a hostile file must not make the browser work for minutes. */
export const MAX_ITERATIONS = 2_000_000;

/** Base64 that really decodes (whole 4-character groups), so a hostile length can't throw later. */
const base64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/),
    v.minLength(min),
    v.maxLength(max),
    v.check((text) => text.length % 4 === 0),
  );

export const sealedSchema = v.object({
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
    /** At least 16 bytes of salt. */
    salt: base64(24, 100),
  }),
  cipher: v.object({ name: v.literal('AES-GCM'), iv: base64(16, 16) }),
  data: base64(24, 2_000_000),
});

export type Sealed = v.InferOutput<typeof sealedSchema>;

/** A key derived from a passphrase, with the salt and iterations needed to derive it again. */
export interface PassphraseKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this plan');
    this.name = 'WrongPassphraseError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function deriveKey(
  passphrase: string,
  salt: string = toBase64(crypto.getRandomValues(new Uint8Array(16))),
  iterations = PBKDF2_ITERATIONS,
): Promise<PassphraseKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

/** Encrypts a JSON value with a fresh random IV every time. */
export async function seal(value: unknown, passphraseKey: PassphraseKey): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, passphraseKey.key, plaintext));
  return {
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: passphraseKey.iterations, salt: passphraseKey.salt },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(ciphertext),
  };
}

/** Decrypts with a key; a wrong key (or tampered data) throws WrongPassphraseError. */
export async function unseal(sealed: Sealed, passphraseKey: PassphraseKey): Promise<unknown> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.cipher.iv) },
      passphraseKey.key,
      fromBase64(sealed.data),
    );
  } catch {
    throw new WrongPassphraseError();
  }
  try {
    return JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Derives the key from the sealed data's own salt and iterations, then decrypts. */
export async function unsealWithPassphrase(
  sealed: Sealed,
  passphrase: string,
): Promise<{ value: unknown; key: PassphraseKey }> {
  const key = await deriveKey(passphrase, sealed.kdf.salt, sealed.kdf.iterations);
  return { value: await unseal(sealed, key), key };
}
