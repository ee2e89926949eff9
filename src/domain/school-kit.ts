import { z } from 'zod';
import { BAND_IDS } from './bands';
import { isSiteRoute, linksIn } from './linked-text';
import { isOfficialUrl } from './official-domains';
import { withBase } from './paths';

const OFFICIAL_OR_OWN = 'Links must be Open Door routes ("/talk/4-7/") or https pages on the official-domain list';

/** True when a link goes to an Open Door route or to an https page on the official-domain list. */
export function isAllowedLink(target: string): boolean {
  return isSiteRoute(target) || isOfficialUrl(target);
}

/**
 * Words that may carry links: routes written inline ("/help/", and "/" alone for the home page) and https
 * addresses in full. On the site they become links; pasted or printed, routes become full addresses.
 */
const linkedText = z
  .string()
  .min(2)
  .refine((text) => linksIn(text).every((link) => isAllowedLink(link.kind === 'url' ? link.url : link.route)), {
    message: OFFICIAL_OR_OWN,
  })
  .refine((text) => !/\bhttp:\/\//.test(text), { message: 'Addresses must be https' });

/** One ready-to-paste newsletter item. */
export const newsletterSchema = z.object({
  /** Stable id ("short", "long"): names the text block the copy button copies. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What the school sees above it ("Short version"). */
  label: z.string().min(3),
  /** When this version fits, in a sentence. */
  use: z.string().min(10),
  /** The item's own headline, as it appears in the newsletter. */
  headline: z.string().min(5),
  /** The paragraphs, in order. Square brackets mark what the school fills in ("[your contact]"). */
  paragraphs: z.array(linkedText).min(1),
});

/** The words on a printed poster or flyer (the QR code and the address are added by the page). */
export const printableSchema = z.object({
  /** Small line above the headline: who it is for. */
  kicker: z.string().min(3),
  /** The headline, a few words. */
  headline: z.string().min(5).max(80),
  /** One or two sentences under the headline. */
  intro: z.string().min(10).max(220),
  /** What the site gives a family, one short line each. */
  points: z.array(z.string().min(5).max(110)).min(2).max(4),
  /** Next to the QR code: how to open the site. */
  scan: z.string().min(5),
  /** Free, private, no sign-up: the reassurance line. */
  promise: z.string().min(10),
  /** What to do in an emergency, one line. */
  emergency: z.string().min(10),
  /** Label for a blank line the school fills in by hand (its contact for online safety). */
  contact: z.string().min(5),
});

/** A link in the parents' evening outline. */
export const kitLinkSchema = z.object({
  /** Link text that says where it goes. */
  text: z.string().min(3),
  /** An Open Door route ("/talk/4-7/") or an https page on the official-domain list. */
  href: z.string().refine(isAllowedLink, { message: OFFICIAL_OR_OWN }),
});

/** One part of a parents' evening. */
export const eveningStepSchema = z.object({
  /** What this part is about. */
  title: z.string().min(3),
  /** About how long it takes. */
  minutes: z.number().int().min(1).max(30),
  /** What to cover, in order, as notes for whoever leads it. */
  points: z.array(z.string().min(5)).min(1),
  /** Pages to show or hand out during this part. */
  links: z.array(kitLinkSchema).default([]),
});

/** Everything on /schools/ that is words rather than interface: src/content/schools/<locale>/kit.yaml. */
export const schoolKitSchema = z.object({
  /** A short and a longer newsletter item. */
  newsletters: z.array(newsletterSchema).min(2),
  /** A one-page poster. */
  poster: printableSchema,
  /** A half-page flyer (printed two to a sheet). */
  flyer: printableSchema,
  /** An outline for a parents' evening. */
  parentsEvening: z.object({
    /** What the evening is for and who can lead it. */
    intro: z.string().min(10),
    /** What to get ready beforehand. */
    before: z.array(z.string().min(5)).min(1),
    /** The parts of the evening, in order. */
    steps: z.array(eveningStepSchema).min(3),
    /** A word on looking after people in the room. */
    care: z.string().min(10),
  }),
});

export type SchoolKit = z.infer<typeof schoolKitSchema>;
export type Newsletter = z.infer<typeof newsletterSchema>;
export type Printable = z.infer<typeof printableSchema>;

/** A page worth linking directly, with its own QR code (/schools/qr/<id>.svg). */
export interface ShareTarget {
  /** File name of its QR code and its key in the interface strings. */
  id: string;
  /** The Open Door route it opens. */
  route: string;
}

/** The deep links /schools/ offers: the home page, each age band's talks, getting help, and practice. */
export const SHARE_TARGETS: readonly ShareTarget[] = [
  { id: 'home', route: '/' },
  ...BAND_IDS.map((band) => ({ id: `talk-${band}`, route: `/talk/${band}/` })),
  { id: 'help', route: '/help/' },
  { id: 'quiz', route: '/quiz/' },
];

/**
 * The full address of a route on the configured site (Astro `site` and `base`), as printed, pasted and put in
 * QR codes: a school hosting its own copy under /open-door/ gets https://school.example/open-door/talk/4-7/.
 */
export function absoluteUrl(site: string | URL, base: string, route: string): string {
  return new URL(withBase(base, route), site).href;
}

/**
 * The address with a country chosen: ?region=<id>, which every page reads (and remembers) to show that country's
 * numbers; a school in Ireland shares https://opendoor.example.org/talk/4-7/?region=ie.
 */
export function regionalUrl(url: string, region: string): string {
  const address = new URL(url);
  address.searchParams.set('region', region);
  return address.href;
}

/** Where a target's QR code lives: /schools/qr/<id>.svg without a country, /schools/qr/<region>/<id>.svg with one. */
export function qrPath(id: string, region?: string): string {
  return region ? `/schools/qr/${region}/${id}.svg` : `/schools/qr/${id}.svg`;
}
