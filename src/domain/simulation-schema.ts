import { z } from 'zod';
import { translationField } from './translation';
import { BAND_IDS } from './bands';
import { sourceSchema } from './sources';

/**
 * "See it through their eyes": a short, non-graphic chat that shows how a financially motivated sextortion
 * attempt usually unfolds, with a pause after each step naming the tactic and the moment a young person could
 * still leave. Content lives in src/content/simulations/<locale>/<id>.yaml.
 */
export const simulationMessageSchema = z.object({
  /** Who sends it: the account ("them") or the young person ("you"). */
  from: z.enum(['them', 'you']),
  /** The message: plain, short, nothing sexual. */
  text: z.string().min(1).max(200),
});

export const simulationStepSchema = z.object({
  /** Stable id, used as the step's anchor on the page. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** When it happens, counted from the first message ("0 min", "About 25 min"). */
  time: z.string().min(2).max(30),
  /** A short heading for the step ("A friendly profile"). */
  heading: z.string().min(3).max(60),
  /** A line setting the scene, if the chat alone doesn't ("An image arrives. It is not shown here."). */
  scene: z.string().min(5).optional(),
  messages: z.array(simulationMessageSchema).min(1).max(6),
  /** The pause after the step. */
  pause: z.object({
    /** The name of the tactic ("Flattery"). */
    tactic: z.string().min(3).max(60),
    /** What it is doing, for a parent. */
    explain: z.string().min(20),
    /** The moment a young person could still leave, and how. */
    couldLeave: z.string().min(20),
  }),
});

export const simulationSchema = z.object({
  /** How a translation was made (absent in English): see src/domain/translation.ts. */
  ...translationField,
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(5),
  /** One line for search and sharing. */
  description: z.string().min(20).max(200),
  /** Before the chat starts: who it is for and what it will and won't show. */
  intro: z.array(z.string().min(10)).min(1).max(4),
  /** Name shown for the account in the chat ("mia.x"): invented. */
  accountName: z.string().min(2).max(30),
  steps: z.array(simulationStepSchema).min(6).max(12),
  ending: z.object({
    heading: z.string().min(3),
    /** What helps: a calm adult and the steps. */
    points: z.array(z.string().min(10)).min(3).max(8),
  }),
  /** Scripts that go with it, by band and topic (/talk/<band>/<topic>/). */
  relatedScripts: z
    .array(z.object({ band: z.enum(BAND_IDS), topic: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) }))
    .min(1),
  sources: z.array(sourceSchema).min(2),
});

export type Simulation = z.infer<typeof simulationSchema>;
export type SimulationStep = z.infer<typeof simulationStepSchema>;
