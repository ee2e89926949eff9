import { z } from 'zod';
import { translationField } from './translation';
import { BAND_IDS } from './bands';
import { sourceSchema } from './sources';

/** The kinds of reply every script must prepare a parent for (plus any others that help). */
export const REQUIRED_REPLY_KINDS = ['silence', 'already-know', 'friend', 'disclosure'] as const;
export const REPLY_KINDS = [...REQUIRED_REPLY_KINDS, 'other'] as const;

export const replySchema = z.object({
  /** Which prepared situation this is; the four required kinds must each appear once. */
  kind: z.enum(REPLY_KINDS),
  /** What the child might say (or do, for silence), in the child's words. */
  childSays: z.string().min(2),
  /** What the parent can say back: sentences they can actually say aloud. */
  response: z.string().min(10),
  /** Why that response helps, in a sentence or two. */
  why: z.string().min(10),
});

export const avoidSchema = z.object({
  /** A well-meant line that tends to shut a child down. */
  say: z.string().min(3),
  /** What to say instead. */
  instead: z.string().min(3),
  /** Why the alternative works better. */
  why: z.string().min(10),
});

/** The most words the "In two minutes" lines may have between them, and the thing to avoid. */
export const TWO_MINUTE_MAX_WORDS = 75;
export const TWO_MINUTE_AVOID_MAX_WORDS = 30;

/** The short version at the top of a script: what a parent could say today, and the one thing to avoid. */
export const twoMinuteSchema = z.object({
  /** Three or four sentences a parent could say today, aloud. */
  say: z.array(z.string().min(10)).min(3).max(4),
  /** The one thing to avoid, with the reason in a few words. */
  avoid: z.string().min(10),
});

export const scriptSchema = z
  .object({
    /** How a translation was made (absent in English): see src/domain/translation.ts. */
    ...translationField,
    /** Heading of the script page. */
    title: z.string().min(3),
    /** Age band the script is written for. */
    band: z.enum(BAND_IDS),
    /** Topic id; also the URL segment /talk/<band>/<topic>/. */
    topic: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Position in the band's list, smallest first. */
    order: z.number().int().min(1),
    /** One line on what this talk is for. */
    purpose: z.string().min(10).max(200),
    /** About how long the talk takes, in minutes. */
    minutes: z.number().int().min(2).max(30),
    /** "In two minutes": the short version shown first. */
    inTwoMinutes: twoMinuteSchema,
    /** Natural moments to bring it up (in the car, on a walk…). */
    goodMoments: z.array(z.string().min(3)).min(2),
    /** Ways to start, in words a parent can say. */
    openers: z.array(z.string().min(5)).min(3),
    /** 3 to 5 things the child should take away, in the child's own words. */
    keyMessages: z.array(z.string().min(3)).min(3).max(5),
    /** What the child might say, with a suggested response and why it helps. */
    replies: z.array(replySchema).min(4),
    /** Lines to avoid, each with a better alternative. */
    avoid: z.array(avoidSchema).min(3),
    /** A follow-up or check-in idea for the days after. */
    followUp: z.string().min(10),
    /** Official pages that back the script. */
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((script, context) => {
    for (const kind of REQUIRED_REPLY_KINDS) {
      if (!script.replies.some((reply) => reply.kind === kind)) {
        context.addIssue({ code: 'custom', path: ['replies'], message: `Missing a "${kind}" reply` });
      }
    }
  });

export type Script = z.infer<typeof scriptSchema>;
export type Reply = z.infer<typeof replySchema>;
export type TwoMinuteVersion = z.infer<typeof twoMinuteSchema>;
