// The family plan as stored and exported. zod/mini keeps the browser bundle small.
import * as z from 'zod/mini';
import { BAND_IDS } from './bands';
import { REGION_IDS } from './help-routes';

export const PLAN_SCHEMA_VERSION = 1;

/** Short free text a person types: trimmed, never huge. */
const shortText = (max: number) => z.string().check(z.maxLength(max));
const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const childSchema = z.object({
  id,
  /** A nickname or initial: no real name needed. */
  nickname: shortText(60),
  band: z.enum(BAND_IDS),
});

export const plannedTalkSchema = z.object({
  id,
  childId: id,
  /** Script topic id in the child's band (/talk/<band>/<topic>/). */
  topic: shortText(80),
  /** Planned day (YYYY-MM-DD), if chosen. */
  plannedFor: z.optional(isoDate),
  status: z.enum(['planned', 'done']),
  /** A private note: how it went, what to come back to. */
  note: shortText(2000),
});

export const agreementSchema = z.object({
  id,
  text: shortText(300),
  /** Picked from the suggestions, or written by the family. */
  origin: z.enum(['suggested', 'own']),
});

export const trustedAdultSchema = z.object({
  id,
  /** A name or a role ("Auntie Sam", "Form tutor"). */
  name: shortText(80),
  /** Optional way to reach them. */
  contact: shortText(120),
});

export const checkInSchema = z.object({
  id,
  /** What prompts it ("New phone", "Start of term"). */
  label: shortText(120),
  date: isoDate,
  repeat: z.enum(['none', 'monthly', 'termly', 'yearly']),
});

export const planSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  children: z.array(childSchema).check(z.maxLength(20)),
  talks: z.array(plannedTalkSchema).check(z.maxLength(500)),
  agreements: z.array(agreementSchema).check(z.maxLength(100)),
  trustedAdults: z.array(trustedAdultSchema).check(z.maxLength(30)),
  ifItHappens: z.object({
    /** Region whose help routes go on the card. */
    region: z.optional(z.enum(REGION_IDS)),
    /** A word that means "I need help, no questions asked". */
    codeWord: shortText(60),
  }),
  checkIns: z.array(checkInSchema).check(z.maxLength(100)),
  /** ISO time of the last change. */
  updatedAt: z.string().check(z.maxLength(40)),
});

export type Plan = z.infer<typeof planSchema>;
export type Child = z.infer<typeof childSchema>;
export type PlannedTalk = z.infer<typeof plannedTalkSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type TrustedAdult = z.infer<typeof trustedAdultSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;

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
