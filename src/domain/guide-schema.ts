import { z } from 'zod';
import { translationField } from './translation';
import { sourceSchema } from './sources';

/** Who a "get help now" guide speaks to. */
export const GUIDE_AUDIENCES = ['young-person', 'parent', 'friend'] as const;

/** Frontmatter of a guide in src/content/guides/<locale>/ (the Markdown body is the guide itself). */
export const guideSchema = z.object({
  /** How a translation was made (absent in English): see src/domain/translation.ts. */
  ...translationField,
  /** The page heading, written to the reader ("It's happening to me"). */
  title: z.string().min(3),
  /** Short label for links and the door on /help/ (e.g. "I already paid"). */
  linkText: z.string().min(3),
  /** Meta description: one sentence that says what the page gives the reader. */
  description: z.string().min(20).max(170),
  /** Who the guide speaks to. */
  audience: z.enum(GUIDE_AUDIENCES),
  /** Position among guides of the same audience (the main guide is 1, its branches follow). */
  order: z.number().int().min(1),
  /** Official pages the guide's steps rest on. */
  sources: z.array(sourceSchema).min(1),
});

export type Guide = z.infer<typeof guideSchema>;
