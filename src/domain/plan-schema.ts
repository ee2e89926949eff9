// The family plan as stored and exported. Valibot (not zod) because this runs in the browser and
// valibot's schemas tree-shake to a couple of kilobytes, which keeps /plan/ inside its JS budget.
import * as v from 'valibot';
import { BAND_IDS } from './bands';
import { REGION_IDS } from './regions';

export const PLAN_SCHEMA_VERSION = 1;

/**
 * The one source of every limit: the schema below, the forms (maxLength, counts, date range) and the
 * operations (domain/plan-ops.ts) all read these, so the page can never store a plan the loader refuses.
 */
export const LIMITS = {
  children: 20,
  talks: 500,
  agreements: 100,
  trustedAdults: 30,
  checkIns: 100,
  nickname: 60,
  topic: 80,
  note: 2000,
  agreement: 300,
  adultName: 80,
  contact: 120,
  checkInLabel: 120,
  codeWord: 60,
  phonePromise: 200,
} as const;

/** Dates the forms accept (talks, check-ins): a sensible range inside what the loader reads (YYYY-MM-DD). */
export const DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/** The shortest passphrase the page accepts for the plan or an exported file. */
export const PASSPHRASE_MIN_LENGTH = 8;

/** A real calendar day written YYYY-MM-DD within DATE_RANGE (what a date input may hand us is checked here). */
export function isPlanDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < DATE_RANGE.min || value > DATE_RANGE.max) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Short free text a person types: never huge. */
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const childSchema = v.object({
  id,
  /** A nickname or initial: no real name needed. */
  nickname: shortText(LIMITS.nickname),
  band: v.picklist(BAND_IDS),
});

export const plannedTalkSchema = v.object({
  id,
  childId: id,
  /** Script topic id in the child's band (/talk/<band>/<topic>/). */
  topic: shortText(LIMITS.topic),
  /** Planned day (YYYY-MM-DD), if chosen. */
  plannedFor: v.optional(isoDate),
  status: v.picklist(['planned', 'done']),
  /** A private note: how it went, what to come back to. */
  note: shortText(LIMITS.note),
});

export const agreementSchema = v.object({
  id,
  text: shortText(LIMITS.agreement),
  /** Picked from the suggestions, or written by the family. */
  origin: v.picklist(['suggested', 'own']),
});

export const trustedAdultSchema = v.object({
  id,
  /** A name or a role ("Auntie Sam", "Form tutor"). */
  name: shortText(LIMITS.adultName),
  /** Optional way to reach them. */
  contact: shortText(LIMITS.contact),
});

export const checkInSchema = v.object({
  id,
  /** What prompts it ("New phone", "Start of term"). */
  label: shortText(LIMITS.checkInLabel),
  date: isoDate,
  repeat: v.picklist(['none', 'monthly', 'termly', 'yearly']),
});

export const planSchema = v.object({
  schemaVersion: v.literal(PLAN_SCHEMA_VERSION),
  children: v.pipe(v.array(childSchema), v.maxLength(LIMITS.children)),
  talks: v.pipe(v.array(plannedTalkSchema), v.maxLength(LIMITS.talks)),
  agreements: v.pipe(v.array(agreementSchema), v.maxLength(LIMITS.agreements)),
  trustedAdults: v.pipe(v.array(trustedAdultSchema), v.maxLength(LIMITS.trustedAdults)),
  ifItHappens: v.object({
    /** Region whose help routes go on the card. */
    region: v.optional(v.picklist(REGION_IDS)),
    /** A word that means "I need help, no questions asked". */
    codeWord: shortText(LIMITS.codeWord),
    /** The phone promise made in advance ("I won't take your phone…"); it goes on the young person's card. */
    phonePromise: v.optional(shortText(LIMITS.phonePromise)),
  }),
  checkIns: v.pipe(v.array(checkInSchema), v.maxLength(LIMITS.checkIns)),
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
