// The family plan as stored and exported. Valibot (not zod) because this runs in the browser and
// valibot's schemas tree-shake to a couple of kilobytes, which keeps /plan/ inside its JS budget.
import * as v from 'valibot';
import { BAND_IDS } from './bands';
import { REGION_IDS } from './regions';

export const PLAN_SCHEMA_VERSION = 1;

/** Short free text a person types: never huge. */
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const childSchema = v.object({
  id,
  /** A nickname or initial: no real name needed. */
  nickname: shortText(60),
  band: v.picklist(BAND_IDS),
});

export const plannedTalkSchema = v.object({
  id,
  childId: id,
  /** Script topic id in the child's band (/talk/<band>/<topic>/). */
  topic: shortText(80),
  /** Planned day (YYYY-MM-DD), if chosen. */
  plannedFor: v.optional(isoDate),
  status: v.picklist(['planned', 'done']),
  /** A private note: how it went, what to come back to. */
  note: shortText(2000),
});

export const agreementSchema = v.object({
  id,
  text: shortText(300),
  /** Picked from the suggestions, or written by the family. */
  origin: v.picklist(['suggested', 'own']),
});

export const trustedAdultSchema = v.object({
  id,
  /** A name or a role ("Auntie Sam", "Form tutor"). */
  name: shortText(80),
  /** Optional way to reach them. */
  contact: shortText(120),
});

export const checkInSchema = v.object({
  id,
  /** What prompts it ("New phone", "Start of term"). */
  label: shortText(120),
  date: isoDate,
  repeat: v.picklist(['none', 'monthly', 'termly', 'yearly']),
});

export const planSchema = v.object({
  schemaVersion: v.literal(PLAN_SCHEMA_VERSION),
  children: v.pipe(v.array(childSchema), v.maxLength(20)),
  talks: v.pipe(v.array(plannedTalkSchema), v.maxLength(500)),
  agreements: v.pipe(v.array(agreementSchema), v.maxLength(100)),
  trustedAdults: v.pipe(v.array(trustedAdultSchema), v.maxLength(30)),
  ifItHappens: v.object({
    /** Region whose help routes go on the card. */
    region: v.optional(v.picklist(REGION_IDS)),
    /** A word that means "I need help, no questions asked". */
    codeWord: shortText(60),
    /** The phone promise made in advance ("I won't take your phone…"); it goes on the young person's card. */
    phonePromise: v.optional(shortText(200)),
  }),
  checkIns: v.pipe(v.array(checkInSchema), v.maxLength(100)),
  /** ISO time of the last change. */
  updatedAt: shortText(40),
});

export type Plan = v.InferOutput<typeof planSchema>;
export type Child = v.InferOutput<typeof childSchema>;
export type PlannedTalk = v.InferOutput<typeof plannedTalkSchema>;
export type Agreement = v.InferOutput<typeof agreementSchema>;
export type TrustedAdult = v.InferOutput<typeof trustedAdultSchema>;
export type CheckIn = v.InferOutput<typeof checkInSchema>;

export function emptyPlan(now: Date): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    children: [],
    talks: [],
    agreements: [],
    trustedAdults: [],
    ifItHappens: { codeWord: '' },
    checkIns: [],
    updatedAt: now.toISOString(),
  };
}
