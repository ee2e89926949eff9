import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  decodeCardRecord,
  emptyCard,
  encodeCardRecord,
  isCardEmpty,
  latestCardRecord,
  parseCard,
  phoneDigits,
  smsHref,
  type Card,
} from '../../src/domain/card';
import {
  handoverLink,
  MAX_FRAGMENT_LENGTH,
  openSealedHandover,
  plainFragment,
  readHandover,
  sealedFragment,
} from '../../src/domain/card-handover';
import { deriveKey, WrongPassphraseError } from '../../src/domain/plan-crypto';

const card: Card = {
  schemaVersion: 1,
  adults: [
    { name: 'Mum', contact: '07700 900123' },
    { name: 'Auntie Sam (she/her) — Zoë', contact: 'next door, blue gate' },
  ],
  codeWord: 'pineapple',
  promise: "I won't take your phone. You won't be in trouble. Wake me any time.",
  region: 'uk',
};

const fullCard: Card = {
  schemaVersion: 1,
  adults: Array.from({ length: 5 }, (_, index) => ({ name: `${'N'.repeat(79)}${index}`, contact: 'é'.repeat(120) })),
  codeWord: 'w'.repeat(60),
  promise: 'p'.repeat(200),
  region: 'anywhere',
};

describe('the card', () => {
  it('checks what it reads and drops anything else', () => {
    expect(parseCard({ ...card, children: ['Ash'], note: 'secret' })).toEqual(card);
    expect(parseCard({ ...card, adults: [{ name: '', contact: 'x' }] })).toBeUndefined();
    expect(parseCard({ ...card, region: 'mars' })).toBeUndefined();
    expect(parseCard({ ...card, schemaVersion: 2 })).toBeUndefined();
    expect(parseCard('card')).toBeUndefined();
    expect(isCardEmpty(emptyCard())).toBe(true);
    expect(isCardEmpty(card)).toBe(false);
  });

  it('gives call and text buttons only to contacts that are phone numbers', () => {
    expect(phoneDigits('07700 900123')).toBe('07700900123');
    expect(phoneDigits('+1 (555) 010-0199')).toBe('+15550100199');
    expect(phoneDigits('next door')).toBeUndefined();
    expect(phoneDigits('12')).toBeUndefined();
    expect(phoneDigits('')).toBeUndefined();
  });

  it('writes sms: links with the message as the body', () => {
    expect(smsHref('Can we talk? I need you.', '07700900123')).toBe(
      'sms:07700900123?body=Can%20we%20talk%3F%20I%20need%20you.',
    );
    expect(smsHref('pineapple')).toBe('sms:?body=pineapple');
    expect(decodeURIComponent(smsHref("Something's happened & I'm not in trouble").split('body=')[1]!)).toBe(
      "Something's happened & I'm not in trouble",
    );
  });

  it('is stored in the clear or locked with a passphrase', async () => {
    expect(await decodeCardRecord(undefined, undefined)).toEqual({ status: 'empty' });
    expect(await decodeCardRecord(await encodeCardRecord(card, undefined), undefined)).toEqual({
      status: 'ready',
      card,
    });
    const key = await deriveKey('correct horse');
    const locked = await encodeCardRecord(card, key);
    expect(JSON.stringify(locked)).not.toContain('pineapple');
    expect((await decodeCardRecord(locked, undefined)).status).toBe('locked');
    expect((await decodeCardRecord(locked, await deriveKey('wrong', key.salt))).status).toBe('locked');
    expect(await decodeCardRecord(locked, key)).toEqual({ status: 'ready', card });
    expect(await decodeCardRecord({ kind: 'plain', card: { adults: 3 } }, undefined)).toEqual({ status: 'damaged' });
    expect(await decodeCardRecord({ kind: 'other' }, undefined)).toEqual({ status: 'damaged' });
  });

  it('reads the copy of a save cut short before the stored card, unless the copy is damaged', async () => {
    const stored = await encodeCardRecord(card, undefined);
    const newer = await encodeCardRecord({ ...card, codeWord: 'mango' }, undefined);
    expect(await latestCardRecord(stored, newer)).toEqual({
      record: newer,
      decoded: { status: 'ready', card: { ...card, codeWord: 'mango' } },
      recovered: true,
    });
    expect((await latestCardRecord(stored, undefined)).recovered).toBe(false);
    expect(await latestCardRecord(stored, { kind: 'plain', card: { adults: 3 } })).toEqual({
      record: stored,
      decoded: { status: 'ready', card },
      recovered: false,
    });
    const locked = await encodeCardRecord(card, await deriveKey('correct horse'));
    const fromLocked = await latestCardRecord(stored, JSON.parse(JSON.stringify(locked)));
    expect([fromLocked.decoded.status, fromLocked.recovered]).toEqual(['locked', true]);
  });
});

describe('handing the card over in a link', () => {
  it('carries exactly the card, in the fragment, and reads it back complete', () => {
    const fragment = plainFragment({ ...card, extra: 'plan notes' } as Card);
    const link = handoverLink('https://example.org/card/', fragment);
    expect(link.startsWith('https://example.org/card/#card=1.')).toBe(true);
    expect(new URL(link).search).toBe('');
    expect(readHandover(new URL(link).hash)).toEqual({ kind: 'card', card });
    const json = JSON.parse(
      new TextDecoder().decode(
        Uint8Array.from(atob(fragment.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
      ),
    );
    expect(Object.keys(json)).toEqual(['schemaVersion', 'adults', 'codeWord', 'promise', 'region']);
  });

  it('keeps the fullest card (with accents) small enough for a QR code and intact', async () => {
    const fragment = plainFragment(fullCard);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(readHandover(`#${fragment}`)).toEqual({ kind: 'card', card: fullCard });
    const sealed = await sealedFragment(fullCard, 'a long passphrase');
    expect(sealed.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(readHandover(sealed).kind).toBe('sealed');
    // The plan's QR code uses the lowest error correction, which holds the most: even the fullest card fits.
    for (const fragment of [plainFragment(fullCard), sealed]) {
      const link = handoverLink('https://opendoor.example.org/card/', fragment);
      expect(() => QRCode.create(link, { errorCorrectionLevel: 'L' })).not.toThrow();
    }
  });

  it('needs the passphrase to open an encrypted handover, and it reveals nothing without it', async () => {
    const fragment = await sealedFragment(card, 'orange bicycle');
    expect(fragment).not.toContain('pineapple');
    expect(fragment.startsWith('card=1e.')).toBe(true);
    const read = readHandover(fragment);
    expect(read.kind).toBe('sealed');
    if (read.kind !== 'sealed') return;
    await expect(openSealedHandover(read.sealed, 'wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await openSealedHandover(read.sealed, 'orange bicycle')).toEqual(card);
    expect(await sealedFragment(card, 'orange bicycle')).not.toBe(fragment);
  });

  it('ignores other fragments and reports damaged ones without throwing', () => {
    expect(readHandover('')).toEqual({ kind: 'none' });
    expect(readHandover('#main')).toEqual({ kind: 'none' });
    for (const bad of [
      '#card=',
      '#card=1.',
      '#card=1.%%%',
      '#card=1.bm90IGpzb24',
      `#card=1.${btoa(JSON.stringify({ adults: 'x' }))}`,
      '#card=2.abc',
      '#card=1e.abc.def',
      '#card=1e.AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      `#card=1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`,
    ]) {
      expect(readHandover(bad), bad).toEqual({ kind: 'damaged' });
    }
  });
});
