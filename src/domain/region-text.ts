import type { RegionId } from './regions';

/**
 * Content text never names a country's number, service or currency directly. It names a role in braces,
 * and the reader's region fills it in: "call {emergency} or talk to {child-helpline}", "they asked for
 * {money:300}". Kept free of zod and astro so islands can import it.
 */
export const REGION_ROLES = [
  /** The number to call when someone is in danger now (999, 112 or 999, 911, 000, 111). */
  'emergency',
  /** A free, confidential helpline for children and young people (Childline, Kids Help Phone…). */
  'child-helpline',
  /** A crisis or suicide line for someone thinking about hurting themselves (988, 1737, Lifeline…). */
  'crisis-line',
  /** Where to report a crime to the police when no one is in danger right now (101, Garda, 105…). */
  'police',
  /** The child-protection reporting route for online sexual abuse (CEOP, CyberTipline, Cybertip.ca, ACCCE…). */
  'child-report',
  /** Getting a nude image of an under-18 removed (Report Remove, Take It Down, NeedHelpNow…). */
  'removal-under-18',
  /** Getting an intimate image of an adult removed (StopNCII, eSafety…). */
  'removal-adult',
  /** A helpline for parents and other adults worried about a child (NSPCC helpline…). */
  'adult-helpline',
] as const;
export type RegionRole = (typeof REGION_ROLES)[number];

/** A region, or the labelled neutral text shown before any region is chosen and without JavaScript. */
export type RegionOrNeutral = RegionId | 'neutral';

/** What each role reads as in one region ("Childline (0800 1111)"), written by the help-route data. */
export type RoleTexts = Record<RegionRole, string>;

export type RegionTextPart =
  { kind: 'text'; text: string } | { kind: 'role'; role: RegionRole } | { kind: 'money'; amount: number };

const TOKEN = /\{([a-z0-9-]+)(?::(\d+(?:\.\d{1,2})?))?\}/g;

function isRole(name: string): name is RegionRole {
  return (REGION_ROLES as readonly string[]).includes(name);
}

/** Splits content text into plain pieces, roles and money amounts, in order. Unknown tokens throw: a typo must fail the build. */
export function splitRegionText(text: string): RegionTextPart[] {
  const parts: RegionTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, name, amount] = match;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    if (name === 'money' && amount !== undefined) parts.push({ kind: 'money', amount: Number(amount) });
    else if (isRole(name!) && amount === undefined) parts.push({ kind: 'role', role: name });
    else throw new Error(`Unknown region token ${whole} in: ${text}`);
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** True when the text holds at least one region token (and so reads differently per region). */
export function hasRegionTokens(text: string): boolean {
  return splitRegionText(text).some((part) => part.kind !== 'text');
}

const CURRENCY: Record<RegionId, string> = {
  uk: '£',
  ie: '€',
  us: '$',
  ca: '$',
  au: '$',
  nz: '$',
  anywhere: '',
};

/**
 * A money amount as the region writes it, in the page's language ("£300", "€300", "$300"). Before a choice, and for
 * "anywhere else", it shows the three currencies the site's regions use ("£300/€300/$300"), so no one currency is
 * presented as everyone's. Spanish writes pounds and euros after the figure, with a space and a decimal comma, as
 * in Spain, and dollars before it, as in the Americas ("300 £", "80 €", "$300"). Arabic keeps the amount exactly
 * as English writes it, isolated left-to-right (LRI … PDI), so the sign stays before the digits in Arabic text.
 */
export function formatMoney(amount: number, region: RegionOrNeutral, locale = 'en'): string {
  const language = locale.slice(0, 2);
  const figure = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  const one = (symbol: string) => {
    if (language !== 'es' || symbol === '$') return `${symbol}${figure}`;
    return `${figure.replace('.', ',')}\u00a0${symbol}`;
  };
  const symbol = region === 'neutral' ? '' : CURRENCY[region];
  const text = symbol ? one(symbol) : `${one('£')}/${one('€')}/${one('$')}`;
  return language === 'ar' ? `\u2066${text}\u2069` : text;
}

/**
 * The text with every token filled in for one region (for plain-text uses: islands, print, copy); money is written
 * the way the page's language writes it (formatMoney).
 */
export function fillRegionText(text: string, region: RegionOrNeutral, roles: RoleTexts, locale?: string): string {
  return splitRegionText(text)
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : part.kind === 'role'
          ? roles[part.role]
          : formatMoney(part.amount, region, locale),
    )
    .join('');
}
