import { z } from 'zod';
import { translationField } from './translation';
import { BAND_IDS } from './bands';
import { sourceSchema } from './sources';

/**
 * Situations the scenarios must cover between them (the content tests check each appears at least once).
 * The first three are for 4-7 only; the rest are for 8-17.
 */
export const SCENARIO_THEMES = [
  'personal-information',
  'secret-that-feels-bad',
  'photo-of-you',
  'friend-request-from-stranger',
  'sent-image-asks-for-one',
  'camera-broken',
  'pushed-to-another-app',
  'threat-with-money-demand',
  'already-paid',
  'friends-image-passed-round',
  'fake-or-ai-image',
  'pressure-from-someone-known',
  'screenshots-used-as-threat',
  'fake-news-story',
  'reporting-and-removal',
  'telling-an-adult',
  'gaming-currency-or-gift-cards',
  'asked-to-move-money',
  'ai-nudify-app',
] as const;

export const scenarioOptionSchema = z.object({
  /** What the young person could do, in their words ("Block them and tell Mum"). */
  text: z.string().min(3),
  /** Why this is, or isn't, a good idea, short (about 40 words at most): calm, never blaming. */
  feedback: z.string().min(10),
  /** More of the why, shown only when asked for ("Why?"). */
  why: z.string().min(10).optional(),
  /** True for the option(s) that are the best thing to do. */
  best: z.boolean(),
});

export const scenarioSchema = z
  .object({
    /** How a translation was made (absent in English): see src/domain/translation.ts. */
    ...translationField,
    /** Stable id; stored in quiz progress, so never reuse one for a different scenario. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Age band the scenario is written for. */
    band: z.enum(BAND_IDS),
    /** Position in the band's quiz, smallest first. */
    order: z.number().int().min(1),
    /** Short title for the summary ("The game friend who asks where you live"). */
    title: z.string().min(3),
    /** The situation, 2 to 4 sentences, nothing graphic. */
    situation: z.string().min(40),
    /** The question put to the family ("What would you do?"). */
    question: z.string().min(5),
    /** 3 or 4 choices, each with feedback. */
    options: z.array(scenarioOptionSchema).min(3).max(4),
    /** A question for the family to talk about after answering. */
    talkingPoint: z.string().min(10),
    /** Together mode: a one-line prompt for each person after answering. */
    together: z.object({ grownUp: z.string().min(10), youngPerson: z.string().min(10) }),
    /** One thing the family could agree after this situation, for the end summary and the plan. */
    agree: z.string().min(10),
    /** Topic id of the related conversation script in the same band (/talk/<band>/<topic>/). */
    relatedScript: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Which situations from SCENARIO_THEMES this scenario covers. */
    themes: z.array(z.enum(SCENARIO_THEMES)).min(1),
    /** Official pages that back the advice. */
    sources: z.array(sourceSchema).min(1),
  })
  .refine((scenario) => scenario.options.some((option) => option.best), {
    message: 'At least one option must be marked best',
    path: ['options'],
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioOption = z.infer<typeof scenarioOptionSchema>;
