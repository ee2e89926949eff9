import { z } from 'zod';
import { REGION_IDS } from './regions';

/**
 * How a translated content file was made: the English file it was translated from (the first 12 hex digits of the
 * sha256 of its bytes, so `npm run i18n:report` can say when the English has changed since: "behind") and whether
 * a native speaker has reviewed it. Only English files go without one.
 */
export const translationSchema = z.object({
  /** `sha256sum <english file> | cut -c1-12` at the time of translating. */
  from: z.string().regex(/^[0-9a-f]{12}$/, "The first 12 hex digits of the English file's sha256"),
  /** machine-assisted: nobody has reviewed it as a native speaker yet (the page says so); reviewed: somebody has. */
  method: z.enum(['machine-assisted', 'reviewed']),
  /** Who reviewed it, where method is reviewed. */
  reviewed_by: z.string().min(2).optional(),
});

export type Translation = z.infer<typeof translationSchema>;

/** The record every content schema accepts: absent in English, required in a translation (checked by the tests). */
export const translationField = { translation: translationSchema.optional() };

/** The words of one help route in another language; numbers, links and dates come from the English file. */
export const helpRouteWordsSchema = z.object({
  /** The id of the route in the English file of the same region. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(2),
  purpose: z.string().min(10),
  says: z.string().min(2).optional(),
  ages: z.string().min(3).optional(),
  /** Opening hours in the language, only where the English route has them. */
  hours: z.string().min(3).optional(),
});

/**
 * A help-route words file (src/content/help-routes/<locale>/<region>.yaml): only the words, keyed by route id.
 * The law notes (optional) follow the English list in order; `roleTexts` translates the roles filled by plain
 * words ("your local police"), in the English order, per role.
 */
export const helpRegionWordsSchema = z.object({
  region: z.enum(REGION_IDS),
  translation: translationSchema,
  name: z.string().min(2),
  shortName: z.string().min(2),
  routes: z.array(helpRouteWordsSchema).min(1),
  law: z
    .array(z.object({ place: z.string().min(2), illegal: z.string().min(20), trouble: z.string().min(20) }))
    .optional(),
  roleTexts: z.record(z.string(), z.array(z.string().min(3))).optional(),
});

export type HelpRegionWords = z.infer<typeof helpRegionWordsSchema>;
