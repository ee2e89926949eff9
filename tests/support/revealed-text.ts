/**
 * What a sealed record or file would reveal to someone reading it: its JSON with every
 * base64 value decoded to its bytes. Checking the raw text for a short name fails now and
 * then by chance (random ciphertext in base64 spelled "Bee" once in CI); its decoded bytes
 * hold three given letters about once in 10,000 runs, and a plain copy of the name always.
 */
export function revealedText(sealed: unknown): string {
  const value = typeof sealed === 'string' ? JSON.parse(sealed) : sealed;
  return JSON.stringify(value, (_key, field: unknown) =>
    typeof field === 'string' && isBase64(field) ? Buffer.from(field, 'base64').toString('latin1') : field,
  );
}

function isBase64(text: string): boolean {
  return text.length >= 16 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}
