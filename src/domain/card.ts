// The young person's pocket card (/card/): who they can go to, the family code word, the phone promise and
// the region whose numbers it shows. The five steps and the numbers themselves are the app's own content,
// so they never travel or get stored: only what the family wrote does. Valibot, because this runs in the browser.
import * as v from 'valibot';
import { seal, sealedSchema, unseal, WrongPassphraseError, type PassphraseKey, type Sealed } from './plan-crypto';
import { REGION_IDS, type RegionId } from './regions';

export const CARD_SCHEMA_VERSION = 1;
/** At most this many trusted adults on a card (it has to fit in a pocket, and in a QR code). */
export const MAX_CARD_ADULTS = 5;
/** The same limits as the plan's trusted adults, code word and phone promise, so a card from a plan always fits. */
export const CARD_LIMITS = { name: 80, contact: 120, codeWord: 60, promise: 200 } as const;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const cardAdultSchema = v.object({
  /** A name or a role ("Mum", "Auntie Sam", "Form tutor"). */
  name: v.pipe(shortText(CARD_LIMITS.name), v.minLength(1)),
  /** How to reach them: a phone number, or words ("next door", "in the staff room"). */
  contact: shortText(CARD_LIMITS.contact),
});

export const cardSchema = v.object({
  schemaVersion: v.literal(CARD_SCHEMA_VERSION),
  adults: v.pipe(v.array(cardAdultSchema), v.maxLength(MAX_CARD_ADULTS)),
  /** A word that means "I need help, no questions asked". */
  codeWord: shortText(CARD_LIMITS.codeWord),
  /** What the parent promised in advance ("I won't take your phone…"). */
  promise: shortText(CARD_LIMITS.promise),
  /** Whose numbers the card shows. */
  region: v.optional(v.picklist(REGION_IDS)),
});

export type Card = v.InferOutput<typeof cardSchema>;
export type CardAdult = v.InferOutput<typeof cardAdultSchema>;

export function emptyCard(): Card {
  return { schemaVersion: CARD_SCHEMA_VERSION, adults: [], codeWord: '', promise: '' };
}

/** A stored or received card, checked; anything else is undefined. Extra fields are dropped. */
export function parseCard(raw: unknown): Card | undefined {
  const result = v.safeParse(cardSchema, raw);
  return result.success ? result.output : undefined;
}

/** True when the card holds nothing the family wrote. */
export function isCardEmpty(card: Card): boolean {
  return card.adults.length === 0 && !card.codeWord.trim() && !card.promise.trim() && !card.region;
}

/**
 * The digits to dial or text when a contact looks like a phone number ("07700 900123", "+1 (555) 010-0199"),
 * else undefined: a contact like "next door" gets no call button.
 */
export function phoneDigits(contact: string): string | undefined {
  const trimmed = contact.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^\d+]/g, '');
  const count = digits.replace('+', '').length;
  return count >= 3 && count <= 15 ? digits : undefined;
}

/**
 * An `sms:` link that opens the phone's messages app with the text already written. The body goes after `?`
 * (`sms:+447700900123?body=…`); iOS and Android both accept this form. Without a number, the person
 * chooses who to send it to.
 */
export function smsHref(message: string, number?: string): string {
  return `sms:${number ?? ''}?body=${encodeURIComponent(message)}`;
}

/** The card as it sits in IndexedDB: in the clear, or locked with a passphrase (plan-crypto, like the plan). */
export type CardRecord = { kind: 'plain'; card: Card } | { kind: 'sealed'; sealed: Sealed };

export type DecodedCard =
  { status: 'empty' } | { status: 'ready'; card: Card } | { status: 'locked'; sealed: Sealed } | { status: 'damaged' };

export async function encodeCardRecord(card: Card, key: PassphraseKey | undefined): Promise<CardRecord> {
  return key ? { kind: 'sealed', sealed: await seal(card, key) } : { kind: 'plain', card };
}

/** Reads a stored card; a locked one needs the key (a missing or wrong key reports "locked"). */
export async function decodeCardRecord(raw: unknown, key: PassphraseKey | undefined): Promise<DecodedCard> {
  if (raw === undefined || raw === null) return { status: 'empty' };
  const record = raw as { kind?: unknown; card?: unknown; sealed?: unknown };
  if (record.kind === 'plain') {
    const card = parseCard(record.card);
    return card ? { status: 'ready', card } : { status: 'damaged' };
  }
  if (record.kind !== 'sealed') return { status: 'damaged' };
  const sealed = v.safeParse(sealedSchema, record.sealed);
  if (!sealed.success) return { status: 'damaged' };
  if (!key) return { status: 'locked', sealed: sealed.output };
  try {
    const card = parseCard(await unseal(sealed.output, key));
    return card ? { status: 'ready', card } : { status: 'damaged' };
  } catch (error) {
    if (error instanceof WrongPassphraseError) return { status: 'locked', sealed: sealed.output };
    throw error;
  }
}

/**
 * The card record to read: the copy of a save the page went away during (storage/pending-copy.ts) is newer than
 * the stored one, so it wins, unless it is damaged; `recovered` says it still has to be saved. Decoded without a
 * key (a locked card reads as "locked").
 */
export async function latestCardRecord(
  stored: unknown,
  pending: unknown,
): Promise<{ record: unknown; decoded: DecodedCard; recovered: boolean }> {
  if (pending !== undefined) {
    const decoded = await decodeCardRecord(pending, undefined);
    if (decoded.status !== 'damaged' && decoded.status !== 'empty')
      return { record: pending, decoded, recovered: true };
  }
  return { record: stored, decoded: await decodeCardRecord(stored, undefined), recovered: false };
}

/** One help route as the card shows it: numbers and web addresses written out. */
export interface CardRoute {
  name: string;
  kind: string;
  phone?: string;
  dial?: string;
  sms?: string;
  /** The address as a person types it (no https://). */
  address: string;
  url: string;
}

/** A region's help routes for the card. */
export interface CardRegion {
  id: RegionId;
  name: string;
  routes: CardRoute[];
}
