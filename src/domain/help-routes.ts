import { z } from 'zod';
import { translationField } from './translation';
import { isOfficialUrl } from './official-domains';

import { REGION_IDS } from './regions';
import { REGION_ROLES } from './region-text';

export { REGION_IDS, type RegionId } from './regions';

/** What a route is for; every country region must offer the first four. */
export const REQUIRED_ROUTE_KINDS = ['emergency', 'report', 'removal', 'young-people-support'] as const;
export const ROUTE_KINDS = [...REQUIRED_ROUTE_KINDS, 'adult-support', 'platform-complaints'] as const;

const officialHttpsUrl = z.url({ protocol: /^https$/ }).refine((url) => isOfficialUrl(url), {
  message: 'Help routes must link to https pages on the official-domain list',
});

/**
 * What a phone in the region dials, digits only: the national form ("08001111", "18008435678"), since
 * freephone numbers often cannot be reached in international form, or "+<country><number>" where the
 * service publishes it that way.
 */
const dialString = z.string().regex(/^\+?\d{3,15}$/, 'Dial string: digits only, optionally starting with +');

export const helpRouteSchema = z.object({
  /** Stable id, unique across all regions. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The service's own name. */
  name: z.string().min(2),
  /** What it is for, in one plain sentence. */
  purpose: z.string().min(10),
  /** Which kind of help this is. */
  kind: z.enum(ROUTE_KINDS),
  /** Who it serves. */
  serves: z.enum(['under-18', '18-plus', 'anyone']),
  /** Its own https page. */
  url: officialHttpsUrl,
  /** A phone number to call, where there is one. */
  phone: z.object({ display: z.string().min(3), dial: dialString }).optional(),
  /** A number to text, where there is one. */
  sms: z.object({ display: z.string().min(3), dial: dialString, keyword: z.string().optional() }).optional(),
  /** Ages it serves when the service states a range ("up to 19", "5 to 25"); shown instead of a forced "under 18". */
  ages: z.string().min(3).optional(),
  /** How it reads inside a sentence when content names its role ("Childline (0800 1111)", "999"); defaults to the name and number. */
  says: z.string().min(2).optional(),
  /** Opening hours, only where limited. */
  hours: z.string().optional(),
  /** The official page these details were checked against. */
  source: officialHttpsUrl,
  /** When they were checked (YYYY-MM-DD). */
  checked: z.iso.date(),
  /**
   * Where the official page itself could not be seen, what the details were checked against instead (news reports,
   * partner sites), so the entry never claims more than was checked.
   */
  seenOnlyIn: z.string().min(10).optional(),
});

/** A role filled by one of the region's routes (its id) or, where no route fits, by plain words ("your local police"). */
const roleFiller = z.union([z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.object({ text: z.string().min(3) })]);

/** What the law says in one jurisdiction, briefly and accurately, from an official page. */
export const lawNoteSchema = z.object({
  /** Where it applies ("England and Wales"). */
  place: z.string().min(2),
  /** "Is it illegal?" in a sentence or two. */
  illegal: z.string().min(20),
  /** "Won't I get in trouble?", answered honestly: never a flat "No". */
  trouble: z
    .string()
    .min(20)
    .refine((text) => !/^no\b/i.test(text.trim()), 'Never a flat "No": say what is true'),
  /** The official page it was checked against. */
  source: officialHttpsUrl,
  /** When (YYYY-MM-DD). */
  checked: z.iso.date(),
  /** Where the official page itself could not be seen, what the note was checked against instead. */
  seenOnlyIn: z.string().min(10).optional(),
});

export const helpRegionSchema = z.object({
  /** How a translation was made (absent in English): see src/domain/translation.ts. */
  ...translationField,
  /** Region id; also the file name. */
  region: z.enum(REGION_IDS),
  /** Name a user picks from, e.g. "United Kingdom". */
  name: z.string().min(2),
  /** Position in the picker. */
  order: z.number().int().min(1),
  /** Browser language tags that suggest this region (e.g. "en-GB"). */
  languageHints: z.array(z.string()).default([]),
  /** The short name used in labelled lists ("UK", "Ireland"). */
  shortName: z.string().min(2),
  /** The routes, most urgent first. */
  routes: z.array(helpRouteSchema).min(1),
  /** The law on nude images of under-18s and blackmail, per jurisdiction (the UK has three). */
  law: z.array(lawNoteSchema).default([]),
  /** Which routes fill each role content names ({emergency}, {child-helpline}…), in the order they are read. */
  roles: z.record(z.enum(REGION_ROLES), z.array(roleFiller).min(1)),
});

export type HelpRoute = z.infer<typeof helpRouteSchema>;
export type HelpRegion = z.infer<typeof helpRegionSchema>;
export type LawNote = z.infer<typeof lawNoteSchema>;
